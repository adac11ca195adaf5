#include "Translations.h"
#include "api/IamAuthenticator.h"
#include "dataset/DatasetPage.h"
#include "dataset/StartTaskDialog.h"
#include "dataset/TaskProgressView.h"
#include "review/ReviewJournal.h"
#include "review/ReviewPage.h"
#include "review/ReviewSession.h"
#include "review/ThumbnailLoader.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "support/AutoLabeledSeed.h"
#include "support/ScreenshotEnvironment.h"
#include "support/TestServer.h"
#include "tables/DatasetTableModel.h"
#include "tables/EventTreeModel.h"
#include "types/ServiceCodes.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"
#include "window/LoginDialog.h"
#include "window/MainWindow.h"
#include "json/JsonCodec.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

// The desktop app offscreen against modelarts-local over real HTTP: log in, pick a dataset, read its
// checklist, start a task and watch it to its end. With AUTOLABEL_SCREENSHOTS=DIR it also saves what it
// shows there (scripts/screenshots).
class tst_MainWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_shapes;
    QString m_rgba;
    qint64 m_serverClockOffset = 0;

    void logIn()
    {
        fillLogin(QStringLiteral("password-123"));
        QTest::mouseClick(m_window->loginDialog()->findChild<QPushButton *>(QStringLiteral("login")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isLoggedIn(), 20000);
    }

    void shot(QWidget *w, const QString &name) { screenshots::save(w, name); }

    void fillLogin(const QString &password)
    {
        LoginDialog *login = m_window->loginDialog();
        QTRY_VERIFY(login->isVisible());
        auto *region = login->findChild<QComboBox *>(QStringLiteral("region"));
        region->setCurrentIndex(region->count() - 1); // custom endpoints
        for (const auto &[name, text] :
             { std::pair{ QStringLiteral("iamEndpoint"), m_server->base().toString() },
               std::pair{ QStringLiteral("modelArtsEndpoint"), m_server->base().toString() },
               std::pair{ QStringLiteral("domain"), QStringLiteral("acme") }, std::pair{ QStringLiteral("user"), QStringLiteral("alice") },
               std::pair{ QStringLiteral("project"), QStringLiteral("local") }, std::pair{ QStringLiteral("password"), password } }) {
            auto *edit = login->findChild<QLineEdit *>(name);
            QVERIFY2(edit, qPrintable(name));
            edit->clear();
            QTest::keyClicks(edit, text);
        }
    }

    // The steps of fromLoginToAFinishedTask, in order, each failing the test where it fails.
    void loginAndChecklist()
    {
        fillLogin(QStringLiteral("password-123"));
        shot(m_window->loginDialog(), QStringLiteral("login"));
        QTest::mouseClick(m_window->loginDialog()->findChild<QPushButton *>(QStringLiteral("login")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->loginDialog()->isVisible(), 20000);
        QVERIFY(m_window->session()->isLoggedIn());

        // Datasets, and the checklist of the one that is not ready.
        DatasetPage *page = m_window->datasetPage();
        QTRY_COMPARE(page->model()->rowCount(), 2);
        page->selectDataset(m_rgba);
        auto *checks = page->findChild<QListWidget *>(QStringLiteral("checks"));
        QTRY_COMPARE(checks->count(), 5);
        QTRY_COMPARE(checks->item(1)->data(Qt::UserRole).toBool(), false);
        QVERIFY(checks->item(1)->text().contains(QStringLiteral("circle")));
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("startTask"))->isEnabled());
        // Its 4-channel images are named, and deleted from the page (asked first): the check then passes.
        QVERIFY2(!checks->item(3)->data(Qt::UserRole).toBool() && checks->item(3)->text().contains(QStringLiteral("alpha_0.png")),
                 qPrintable(checks->item(3)->text()));
        auto *removeRgba = page->findChild<QPushButton *>(QStringLiteral("deleteFourChannel"));
        QTRY_VERIFY(removeRgba->isVisible());
        prompts::setNextChoice(0);
        removeRgba->click();
        QTRY_VERIFY_WITH_TIMEOUT(checks->count() == 5 && checks->item(3)->data(Qt::UserRole).toBool(), 20000);
        QVERIFY(!removeRgba->isVisible());

        page->selectDataset(m_shapes);
        QTRY_VERIFY(checks->count() == 5 && checks->item(1)->data(Qt::UserRole).toBool());
        for (int i = 0; i < 5; ++i)
            QVERIFY2(checks->item(i)->data(Qt::UserRole).toBool(), qPrintable(checks->item(i)->text()));
        auto *start = page->findChild<QPushButton *>(QStringLiteral("startTask"));
        QTRY_VERIFY(start->isEnabled());
        shot(m_window.get(), QStringLiteral("datasets"));
    }

    void startAndWatchTheTask()
    {
        // Start: the dialog, then the task view follows the tree through to success.
        auto *start = m_window->datasetPage()->findChild<QPushButton *>(QStringLiteral("startTask"));
        QTest::mouseClick(start, Qt::LeftButton);
        StartTaskDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<StartTaskDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("collectHard"))->isChecked());
        shot(dialog, QStringLiteral("start-task"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);

        TaskProgressView *view = m_window->taskView();
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), 10000);
        auto *tree = view->findChild<QTreeView *>(QStringLiteral("events"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 10000);
        // Running: take a look, and keep a selection that must survive the updates.
        QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QProgressBar *>(QStringLiteral("progress"))->value() >= 30, 20000);
        const QModelIndex labeling = view->model()->index(2, 0);
        tree->setCurrentIndex(view->model()->index(2, 0, labeling));
        QVERIFY(tree->isExpanded(labeling));
        shot(m_window.get(), QStringLiteral("task-running"));
        QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 100, 60000);
        QTRY_VERIFY(view->findChild<QPushButton *>(QStringLiteral("review"))->isVisible());
        QVERIFY(tree->isExpanded(labeling));
        QCOMPARE(tree->currentIndex(), view->model()->index(2, 0, labeling));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(view->model()->index(i, 0).data(EventTreeModel::StatusRole).toString(), QStringLiteral("success"));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("status"))->text().contains(TaskProgressView::statusText(TaskStatus::Succeeded)));
        // The code in the client's words; the service's English in the tooltip.
        const auto *serviceMessage = view->findChild<QLabel *>(QStringLiteral("serviceMessage"));
        QCOMPARE(serviceMessage->text(), ServiceCodes::text(QStringLiteral("ModelArts.4996")) + QStringLiteral(" (ModelArts.4996)"));
        QVERIFY(!ServiceCodes::text(QStringLiteral("ModelArts.4996")).isEmpty());
        QVERIFY2(serviceMessage->toolTip().contains(QStringLiteral("task executed successfully")), qPrintable(serviceMessage->toolTip()));
        shot(m_window.get(), QStringLiteral("task-done"));
    }

    void reviewTheTask()
    {
        TaskProgressView *view = m_window->taskView();
        // One click to review: the task's results, hard and doubtful first.
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("review")), Qt::LeftButton);
        ReviewPage *review = m_window->reviewPage();
        QTRY_VERIFY(review->isVisible());
        QVERIFY(m_window->reviewSession());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reviewSession()->isLoaded(), 20000);
        // 12 per class, 6 labeled: the other 30 were auto-labeled.
        QCOMPARE(m_window->reviewSession()->model()->rowCount(), 30);
        QCOMPARE(review->filterModel()->rowCount(), 30);
        QVERIFY(QFileInfo(m_window->reviewSession()->journalPath())
                        .absolutePath()
                        .startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(m_window->menuBar()->actions().size() >= 3);
        QTRY_VERIFY_WITH_TIMEOUT(review->loader()->inFlight() == 0 && review->loader()->queued() == 0, 20000);
        QApplication::processEvents();
        shot(m_window.get(), QStringLiteral("review-window"));
    }

    void reopenFromTheDatasets()
    {
        ReviewPage *review = m_window->reviewPage();
        TaskProgressView *view = m_window->taskView();
        DatasetPage *page = m_window->datasetPage();
        // Back at the datasets, the finished task with samples to confirm opens straight into its review
        // (Enter on the dataset).
        QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("back")), Qt::LeftButton);
        QTRY_VERIFY(view->isVisible());
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("datasets")), Qt::LeftButton);
        QTRY_VERIFY(page->isVisible());
        auto *table = page->findChild<QTableView *>(QStringLiteral("datasets"));
        QTRY_VERIFY(page->findChild<QPushButton *>(QStringLiteral("openTask"))->isVisible());
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(review->isVisible());
        QCOMPARE(m_window->reviewSession()->datasetId(), m_shapes);
    }

    void decisionOutlivesAKill()
    {
        ReviewPage *review = m_window->reviewPage();
        // A decision, then the app goes away without a word (as when it is killed): the next start opens
        // the same review after the login, with the decision in place, and says so.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reviewSession()->isLoaded(), 20000);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        review->view()->setFocus();
        QTRY_VERIFY(review->view()->currentIndex().isValid());
        const QString decidedId = review->view()->currentIndex().data(SampleListModel::IdRole).toString();
        QTest::keyClick(review->view(), Qt::Key_R);
        QCOMPARE(m_window->reviewSession()->model()->decision(m_window->reviewSession()->model()->rowOf(decidedId)), Decision::reject());
        m_window.reset();
        m_window = std::make_unique<MainWindow>(std::make_unique<Settings>(
                std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)));
        m_window->show();
        m_window->showLogin();
        logIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reviewPage()->isVisible(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reviewSession()->isLoaded(), 20000);
        const SampleListModel *model = m_window->reviewSession()->model();
        QCOMPARE(model->decision(model->rowOf(decidedId)), Decision::reject());
        QTRY_COMPARE(m_window->reviewPage()->messages()->key(), QStringLiteral("restored"));
        // In whatever language the app speaks (scripts/screenshots runs this in Chinese too).
        QCOMPARE(m_window->reviewPage()->messages()->text(),
                 QCoreApplication::translate("ReviewNotices",
                                             "%n decision(s) from your last session on this task were restored. Nothing was lost.", nullptr,
                                             1));
    }

    void newTaskAsksFirst()
    {
        // Results of the task still wait for confirmation: a new task is asked about first, with the counts.
        QTest::mouseClick(m_window->reviewPage()->findChild<QPushButton *>(QStringLiteral("back")), Qt::LeftButton);
        DatasetPage *page = m_window->datasetPage();
        QTRY_VERIFY(page->isVisible());
        page->selectDataset(m_shapes);
        auto *startAgain = page->findChild<QPushButton *>(QStringLiteral("startTask"));
        QTRY_VERIFY(page->overview() && page->overview()->dataset.id == m_shapes && startAgain->isEnabled());
        prompts::setNextChoice(2); // cancel
        QTest::mouseClick(startAgain, Qt::LeftButton);
        QCOMPARE(prompts::lastText(),
                 QCoreApplication::translate("MainWindow", "%n auto-labeled result(s) of the last task on “%1” await confirmation.",
                                             nullptr, 30)
                                 .arg(QStringLiteral("shapes"))
                         + QLatin1Char(' ')
                         + QCoreApplication::translate("MainWindow", "You have decided %n of them and not yet confirmed them.", nullptr, 1)
                         + QLatin1Char(' ')
                         + QCoreApplication::translate("MainWindow", "A new task labels the dataset again. Review them first?"));
        QVERIFY(!m_window->findChild<StartTaskDialog *>());
        prompts::setNextChoice(0); // review them first
        QTest::mouseClick(startAgain, Qt::LeftButton);
        QTRY_VERIFY(m_window->reviewPage()->isVisible());
        QVERIFY(!m_window->findChild<StartTaskDialog *>());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // review journals go to a test location, not the user's
        // scripts/screenshots sets the language and palette; the assertions below read English.
        screenshots::applyEnvironment();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        TaskOptions options;
        options.minStageMs = 150;
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")), options);
        m_serverClockOffset = 0;
        ServiceConfig config;
        config.nowMs = [this] { return QDateTime::currentMSecsSinceEpoch() + m_serverClockOffset; };
        QVERIFY(m_server->start(config));
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_shapes = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 12, 6);
        m_rgba = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("few-labels"), 6, 3,
                                           QStringLiteral("local"), 2);
        auto settings = std::make_unique<Settings>(
                std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        settings->setPollIntervalSeconds(1);
        m_window = std::make_unique<MainWindow>(std::move(settings));
        m_window->show();
        m_window->showLogin();
    }
    void cleanup()
    {
        m_window.reset();
        m_server.reset();
        m_dir.reset();
    }

    void wrongPasswordIsSaidAndTheFormKept()
    {
        fillLogin(QStringLiteral("not-the-password"));
        QTest::mouseClick(m_window->loginDialog()->findChild<QPushButton *>(QStringLiteral("login")), Qt::LeftButton);
        auto *error = m_window->loginDialog()->findChild<QLabel *>(QStringLiteral("error"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("IAM.401")), qPrintable(error->text()));
        QCOMPARE(error->text(),
                 Session::describe(jsoncodec::decodeError(
                         401, R"({"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}})", {})));
        QCOMPARE(m_window->loginDialog()->findChild<QLineEdit *>(QStringLiteral("user"))->text(), QStringLiteral("alice"));
        QVERIFY(m_window->loginDialog()->isVisible());
        shot(m_window->loginDialog(), QStringLiteral("login-error"));
    }

    void fromLoginToAFinishedTask()
    {
        for (auto step :
             { &tst_MainWindow::loginAndChecklist, &tst_MainWindow::startAndWatchTheTask, &tst_MainWindow::reviewTheTask,
               &tst_MainWindow::reopenFromTheDatasets, &tst_MainWindow::decisionOutlivesAKill, &tst_MainWindow::newTaskAsksFirst }) {
            (this->*step)();
            if (QTest::currentTestFailed())
                return;
        }
    }

    void unsentSamplesAreOfferedAtLogin()
    {
        // A review that was sending when the app ended: its journal holds them as being sent.
        const QStringList labels{ QStringLiteral("cat"), QStringLiteral("dog") };
        const QString dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("pets"), 40, labels);
        HttpClient http;
        const auto login = http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString taskId = QStringLiteral("seedtask0000000001");
        const QString path = ReviewJournal::pathFor(dataDir, m_server->base(), login.second, dataset, taskId);
        QFile::remove(path);
        {
            ReviewJournal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.setInfo({ m_server->base().toString(), login.second, dataset, QStringLiteral("pets"), taskId }));
            QList<QPair<QString, Decision>> decisions;
            QList<QPair<QString, QString>> sending;
            SampleQuery all;
            all.limit = 1000;
            for (const SampleRecord &s : m_server->storage().samples().list(dataset, all)) {
                if (!s.autoAnnotation)
                    continue;
                decisions.append({ s.id, Decision::accept() });
                sending.append({ s.id, s.autoAnnotation->labelName });
            }
            QCOMPARE(decisions.size(), 40);
            QVERIFY(journal.record(decisions));
            QVERIFY(journal.markSending(sending));
        }
        prompts::setNextChoice(0); // finish sending
        logIn();
        QTRY_VERIFY(prompts::lastText().contains(QStringLiteral("pets")));
        QVERIFY(prompts::lastText().contains(QStringLiteral("40")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reviewPage()->isVisible(), 20000);
        QCOMPARE(m_window->reviewSession()->datasetId(), dataset);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->reviewSession()->model()->counts().confirmed, 40, 30000);
        QVERIFY(ReviewJournal::unsentWork(dataDir, m_server->base(), login.second).isEmpty());
    }

    void tokenExpiryDuringPollingIsRenewedAndAFailedRenewalAsksAgain()
    {
        logIn();
        DatasetPage *page = m_window->datasetPage();
        QTRY_COMPARE(page->model()->rowCount(), 2);
        page->selectDataset(m_shapes);
        auto *start = page->findChild<QPushButton *>(QStringLiteral("startTask"));
        QTRY_VERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        StartTaskDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<StartTaskDialog *>()) && dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
        TaskProgressView *view = m_window->taskView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 5, 10000);
        // A day passes on the service: the token dies while the task is being watched.
        QSignalSpy renewed(m_window->session()->authenticator(), &IamAuthenticator::tokenRenewed);
        m_serverClockOffset = 25 * 3600 * 1000LL;
        QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 100, 60000);
        QVERIFY(renewed.size() >= 1);
        QVERIFY(m_window->session()->isLoggedIn());
        QVERIFY(!m_window->loginDialog()->isVisible());

        // Then the password changes elsewhere and the token dies again: the app asks for the password,
        // with the view still open behind the dialog.
        QVERIFY(m_server->storage().identity().upsertUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("local"),
                                                          passwordhash::hash(QStringLiteral("changed-password"), 1000)));
        m_serverClockOffset = 50 * 3600 * 1000LL;
        QTest::mouseClick(view->findChildren<QPushButton *>().first(), Qt::LeftButton); // back to the datasets: a refresh
        m_window->datasetPage()->findChild<QPushButton *>(QStringLiteral("refresh"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->loginDialog()->isVisible(), 20000);
        QVERIFY(!m_window->loginDialog()->findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
        QCOMPARE(page->model()->rowCount(), 2); // what was shown stays
    }

    void keyboardOnlyFromLoginToTheTask()
    {
        // No mouse: type the login, Enter; arrows in the datasets; Alt+S starts; Enter in the dialog.
        fillLogin(QStringLiteral("password-123"));
        QTest::keyClick(m_window->loginDialog()->findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isLoggedIn(), 20000);
        QTRY_VERIFY(!m_window->loginDialog()->isVisible());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        DatasetPage *page = m_window->datasetPage();
        QTRY_COMPARE(page->model()->rowCount(), 2);
        auto *table = page->findChild<QTableView *>(QStringLiteral("datasets"));
        table->setFocus();
        // To the shapes dataset with the arrow keys.
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); // the first dataset
        for (int i = 0; i < 2 && page->selectedDatasetId() != m_shapes; ++i)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(page->selectedDatasetId(), m_shapes);
        auto *start = page->findChild<QPushButton *>(QStringLiteral("startTask"));
        QTRY_VERIFY(start->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier);
        StartTaskDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<StartTaskDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->taskView()->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->taskView()->findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 100, 60000);
        // Alt+R: review the results.
        auto *reviewButton = m_window->taskView()->findChild<QPushButton *>(QStringLiteral("review"));
        QTRY_VERIFY(reviewButton->isVisible());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(m_window->reviewPage()->isVisible());
    }

    void statusIconsComeFromSvg()
    {
        // The event tree's icons are SVG resources, drawn by the Qt SVG icon engine (installed by
        // scripts/install-deps) at whatever size the screen needs.
        for (const char *name : { "waiting", "running", "success", "failed" }) {
            const QIcon icon(QStringLiteral(":/icons/status-%1.svg").arg(QLatin1String(name)));
            QVERIFY2(!icon.isNull(), name);
            for (const int side : { 16, 64 }) {
                const QImage image = icon.pixmap(side).toImage();
                QCOMPARE(image.size(), QSize(side, side));
                QVERIFY2(image.pixelColor(side / 2, side / 2).alpha() > 0 || image.pixelColor(side / 16, side / 2).alpha() > 0, name);
            }
        }
    }

    void stopAndAttach()
    {
        logIn();
        // A task started elsewhere (another client): the page offers to watch it.
        HttpClient http;
        const auto login = http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const HttpResult created = http.withToken(
                "POST", m_server->url(QStringLiteral("/v2/%1/datasets/%2/tasks").arg(login.second, m_shapes)), login.first, "{}");
        QCOMPARE(created.status, 200);
        DatasetPage *page = m_window->datasetPage();
        QTRY_COMPARE(page->model()->rowCount(), 2);
        page->selectDataset(m_shapes);
        auto *open = page->findChild<QPushButton *>(QStringLiteral("openTask"));
        QTRY_VERIFY(open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        TaskProgressView *view = m_window->taskView();
        QTRY_VERIFY(view->isVisible());
        auto *stop = view->findChild<QPushButton *>(QStringLiteral("stopTask"));
        QTRY_VERIFY(stop->isEnabled());
        // Confirm the question box as a user would: its buttons say what they do.
        QStringList buttons;
        QTimer::singleShot(0, this, [&buttons] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                for (QAbstractButton *b : box->buttons()) {
                    buttons << b->text();
                    if (b->text() == QCoreApplication::translate("TaskProgressView", "&Stop the task"))
                        b->click(); // not the default: Enter keeps it running
                }
                QVERIFY(box->defaultButton()->text() == QCoreApplication::translate("TaskProgressView", "&Keep it running"));
            }
        });
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(buttons.contains(QCoreApplication::translate("TaskProgressView", "&Stop the task")));
        QVERIFY(buttons.contains(QCoreApplication::translate("TaskProgressView", "&Keep it running")));
        QTRY_VERIFY_WITH_TIMEOUT(
                view->findChild<QLabel *>(QStringLiteral("status"))->text().contains(TaskProgressView::statusText(TaskStatus::Stopped)),
                20000);
        QVERIFY(!stop->isEnabled());
        // Stopped, not failed: the bar says so, and no stage reads "Failed".
        auto *bar = view->findChild<QProgressBar *>(QStringLiteral("progress"));
        QCOMPARE(bar->format(), QCoreApplication::translate("TaskProgressView", "Stopped at %p%"));
        const EventTreeModel *events = view->model();
        QStringList statuses;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < events->rowCount(parent); ++r) {
                const QModelIndex i = events->index(r, 0, parent);
                statuses << i.data(EventTreeModel::StatusRole).toString();
                walk(i);
            }
        };
        walk({});
        QVERIFY(!statuses.isEmpty());
        QVERIFY2(!statuses.contains(QStringLiteral("failed")) && !statuses.contains(QStringLiteral("waiting")),
                 qPrintable(statuses.join(u',')));
        QVERIFY2(statuses.contains(QStringLiteral("not_run")), qPrintable(statuses.join(u',')));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
