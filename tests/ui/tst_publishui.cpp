#include "dataset/DatasetPage.h"
#include "publish/ExportDialog.h"
#include "publish/PublishDialog.h"
#include "publish/VersionsPanel.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewPage.h"
#include "review/ReviewSession.h"
#include "samples/SampleListModel.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "support/ScreenshotEnvironment.h"
#include "support/TestServer.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"
#include "window/LoginDialog.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

// After confirmation, in the desktop app against modelarts-local over real HTTP: the dataset page shows
// its versions, "Publish a version…" shows what the version will hold per label and follows it to "ready",
// "Export…" writes one folder per label with a progress bar. With AUTOLABEL_SCREENSHOTS=DIR it saves what
// it shows (scripts/screenshots).
class tst_PublishUi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_dataset;

    VersionsPanel *panel() const { return m_window->findChild<DatasetPage *>()->versionsPanel(); }

    void logIn()
    {
        LoginDialog *login = m_window->loginDialog();
        QTRY_VERIFY(login->isVisible());
        auto *region = login->findChild<QComboBox *>(QStringLiteral("region"));
        region->setCurrentIndex(region->count() - 1); // custom endpoints
        for (const auto &[name, text] :
             { std::pair{ QStringLiteral("iamEndpoint"), m_server->base().toString() },
               std::pair{ QStringLiteral("modelArtsEndpoint"), m_server->base().toString() },
               std::pair{ QStringLiteral("domain"), QStringLiteral("acme") }, std::pair{ QStringLiteral("user"), QStringLiteral("alice") },
               std::pair{ QStringLiteral("project"), QStringLiteral("local") },
               std::pair{ QStringLiteral("password"), QStringLiteral("password-123") } }) {
            auto *edit = login->findChild<QLineEdit *>(name);
            QVERIFY2(edit, qPrintable(name));
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("login")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isLoggedIn(), 20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        screenshots::applyEnvironment();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        // Every image labeled: what a confirmation that leaves nothing to review ends with.
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("flowers"), 10, 10);
        QVERIFY(!m_dataset.isEmpty());
        m_window = std::make_unique<MainWindow>(std::make_unique<Settings>(
                std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)));
        m_window->resize(1280, 860);
        m_window->show();
        m_window->showLogin();
    }

    void cleanup()
    {
        m_window.reset();
        m_server.reset();
        m_dir.reset();
    }

    void publishFollowsTheVersionToReady()
    {
        logIn();
        auto *note = panel()->findChild<QLabel *>(QStringLiteral("versionsNote"));
        auto *publish = panel()->findChild<QPushButton *>(QStringLiteral("publishVersion"));
        QTRY_VERIFY_WITH_TIMEOUT(publish->isEnabled(), 20000);
        QVERIFY(!note->text().isEmpty()); // "no version yet"

        // The dialog: per label, how many train and evaluate at the share chosen.
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PublishDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("trainRatio"))->setValue(0.7);
            auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("publishPreview"));
            QVERIFY(preview->rowCount() > 0);
            QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("10"));
            QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("7"));
            QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("3"));
            dialog->findChild<QLineEdit *>(QStringLiteral("versionName"))->setText(QStringLiteral("first-review"));
            screenshots::save(dialog, QStringLiteral("publish-dialog"));
            checked = true;
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("publish")), Qt::LeftButton);
        });
        QTest::mouseClick(publish, Qt::LeftButton);
        QVERIFY(checked);
        auto *versions = panel()->findChild<QTableWidget *>(QStringLiteral("versions"));
        QTRY_VERIFY_WITH_TIMEOUT(
                versions->rowCount() == 1 && versions->item(0, 1)->text() == VersionsPanel::statusText(VersionStatus::Normal), 30000);
        QVERIFY2(versions->item(0, 0)->text().contains(QStringLiteral("first-review")), qPrintable(versions->item(0, 0)->text()));
        QCOMPARE(versions->item(0, 3)->text(), QStringLiteral("70%"));
        QVERIFY(versions->item(0, 5)->text().endsWith(QStringLiteral("first-review.manifest")));
        QVERIFY(QFile::exists(
                QDir(m_server->dataDir()).filePath(versions->item(0, 5)->text().mid(QStringLiteral("/modelarts-local/").size()))));
        screenshots::save(m_window.get(), QStringLiteral("datasets-versions"));
    }

    // The same image twice in one label, and once more under another label: the dialog says so, and with
    // "Keep each group … on the train side" every copy trains, wherever the split would have put it.
    void nearDuplicatesAreKeptOnTheTrainSide()
    {
        const QString folder = m_dir->filePath(QStringLiteral("src/twins"));
        QString error;
        QVERIFY2(demoimages::generate(folder, 10, 3, &error, 96, 72), qPrintable(error));
        const QStringList classes = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(classes.size() >= 3);
        auto firstOf = [&](const QString &c) {
            return QDir(folder + QLatin1Char('/') + c).entryInfoList(QDir::Files, QDir::Name).value(0);
        };
        const QFileInfo a = firstOf(classes[0]), b = firstOf(classes[1]);
        QVERIFY(QFile::copy(a.filePath(), folder + QLatin1Char('/') + classes[0] + QStringLiteral("/twin_a.") + a.suffix()));
        QVERIFY(QFile::copy(b.filePath(), folder + QLatin1Char('/') + classes[2] + QStringLiteral("/twin_b.") + b.suffix()));
        ImportOptions options;
        options.datasetName = QStringLiteral("twins");
        options.projectName = QStringLiteral("local");
        options.folder = folder;
        options.labeledPerClass = 20;
        const ImportReport report = importFolder(m_server->storage(), options);
        QVERIFY(report.ok);

        logIn();
        auto *page = m_window->findChild<DatasetPage *>();
        page->selectDataset(report.datasetId);
        auto *publish = panel()->findChild<QPushButton *>(QStringLiteral("publishVersion"));
        QTRY_VERIFY_WITH_TIMEOUT(publish->isEnabled() && page->overview() && page->overview()->dataset.id == report.datasetId, 20000);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PublishDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("trainRatio"))->setValue(0.5);
            auto *keep = dialog->findChild<QCheckBox *>(QStringLiteral("keepTogether"));
            QTRY_VERIFY_WITH_TIMEOUT(keep->isVisible(), 30000);
            QVERIFY(keep->isChecked());
            const QString text = dialog->findChild<QLabel *>(QStringLiteral("duplicates"))->text();
            if (qEnvironmentVariableIsEmpty("AUTOLABEL_LANGUAGE")) {
                QVERIFY2(text.contains(QStringLiteral("both sides of the split")), qPrintable(text));
                QVERIFY2(text.contains(QStringLiteral("under different labels")), qPrintable(text));
            }
            screenshots::save(dialog, QStringLiteral("publish-duplicates"));
            checked = true;
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("publish")), Qt::LeftButton);
        });
        QTest::mouseClick(publish, Qt::LeftButton);
        QVERIFY(checked);
        auto *versions = panel()->findChild<QTableWidget *>(QStringLiteral("versions"));
        QTRY_VERIFY_WITH_TIMEOUT(
                versions->rowCount() == 1 && versions->item(0, 1)->text() == VersionsPanel::statusText(VersionStatus::Normal), 30000);
        QFile manifest(QDir(m_server->dataDir()).filePath(versions->item(0, 5)->text().mid(QStringLiteral("/modelarts-local/").size())));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QHash<QString, QString> usage; // sample id -> usage
        for (const QByteArray &line : manifest.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            usage.insert(o[QStringLiteral("id")].toString(), o[QStringLiteral("usage")].toString());
        }
        SampleQuery all;
        all.limit = 1000;
        const QStringList twins{ a.fileName(), b.fileName(), QStringLiteral("twin_a.") + a.suffix(),
                                 QStringLiteral("twin_b.") + b.suffix() };
        int found = 0;
        for (const SampleRecord &r : m_server->storage().samples().list(report.datasetId, all)) {
            if (!twins.contains(r.name))
                continue;
            ++found;
            QVERIFY2(usage.value(r.id) == QLatin1String("TRAIN"), qPrintable(r.name));
        }
        QCOMPARE(found, 4);
        QVERIFY(usage.values().contains(QStringLiteral("EVAL"))); // the others are split
    }

    void exportWritesAFolderPerLabel()
    {
        logIn();
        auto *exportButton = panel()->findChild<QPushButton *>(QStringLiteral("exportLabels"));
        QTRY_VERIFY_WITH_TIMEOUT(exportButton->isEnabled(), 20000);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ExportDialog *>()) && dialog->isVisible());
        // Each format its own folder: one never replaces another's manifest.
        auto *folderEdit = dialog->findChild<QLineEdit *>(QStringLiteral("exportFolder"));
        const QString manifestFolder = folderEdit->text();
        QCOMPARE(manifestFolder, dialog->defaultFolder(LabelExporter::Format::Manifest));
        dialog->findChild<QRadioButton *>(QStringLiteral("formatFolders"))->setChecked(true);
        QCOMPARE(folderEdit->text(), dialog->defaultFolder(LabelExporter::Format::Folders));
        QVERIFY(folderEdit->text() != manifestFolder);
        const QString folder = m_dir->filePath(QStringLiteral("exported"));
        folderEdit->setText(folder);
        QVERIFY(dialog->format() == LabelExporter::Format::Folders);
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startExport"));
        auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("exportProgress"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!start->isEnabled(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30000); // ended
        QCOMPARE(progress->value(), progress->maximum()); // done is 100 %
        // Again into the same folder: the earlier manifest is replaced only when the user says so.
        const QString manifest = QDir(folder).filePath(QStringLiteral("flowers.manifest"));
        QVERIFY(QFile::resize(manifest, 0));
        prompts::setNextChoice(1); // Cancel
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY2(prompts::lastText().contains(QDir::toNativeSeparators(manifest)), qPrintable(prompts::lastText()));
        QVERIFY(start->isEnabled());
        QCOMPARE(QFileInfo(manifest).size(), 0);
        prompts::setNextChoice(0); // Replace
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!start->isEnabled(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30000);
        QVERIFY(QFileInfo(manifest).size() > 0);
        int images = 0;
        for (const QString &label : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            images += int(QDir(QDir(folder).filePath(label)).entryList(QDir::Files).size());
        QCOMPARE(qint64(images), m_server->storage().datasets().counts(m_dataset).labeled);
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("flowers.manifest"))));
        screenshots::save(dialog, QStringLiteral("export-done"));
    }

    void whenNothingIsLeftToReviewPublishingIsOffered()
    {
        // A finished task on a dataset with images to label, through the service's API.
        const QString shapes = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 8, 5);
        HttpClient http;
        const auto [token, project] =
                http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QUrl tasks = m_server->url(QStringLiteral("/v2/%1/datasets/%2/tasks").arg(project, shapes));
        const QString taskId =
                http.withToken("POST", tasks, token, R"({"task_type":"auto-label"})").json()[QStringLiteral("task_id")].toString();
        QVERIFY(!taskId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
                http.get(m_server->url(tasks.path() + QLatin1Char('/') + taskId), token).json()[QStringLiteral("status")].toInt(), 3,
                60000);

        logIn();
        auto *page = m_window->findChild<DatasetPage *>();
        page->selectDataset(shapes);
        auto *openTask = page->findChild<QPushButton *>(QStringLiteral("openTask"));
        QTRY_VERIFY_WITH_TIMEOUT(openTask->isVisible() && page->overview() && page->overview()->dataset.id == shapes, 20000);
        QTest::mouseClick(openTask, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->reviewSession() && m_window->reviewSession()->isLoaded(), 20000);
        ReviewSession *review = m_window->reviewSession();
        QList<int> rows;
        for (int r = 0; r < review->model()->rowCount(); ++r)
            rows.append(r);
        QVERIFY(review->decide(rows, Decision::accept()));
        m_window->reviewPage()->findChild<QAction *>(QStringLiteral("confirm"))->trigger();
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = m_window->reviewPage()->findChild<ConfirmDialog *>()) && confirm->isVisible());
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);

        // Everything confirmed: the review offers to publish, and the offer opens the dialog for this dataset.
        MessageArea *messages = m_window->reviewPage()->messages();
        QTRY_COMPARE_WITH_TIMEOUT(messages->key(), QStringLiteral("publish"), 30000);
        confirm->close();
        bool offered = false;
        QTimer *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<PublishDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            offered = dialog->windowTitle().contains(QStringLiteral("shapes"));
            dialog->reject();
        });
        poll->start(20);
        QTest::mouseClick(messages->findChild<QToolButton *>(QStringLiteral("messageAction")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(offered, 20000);
        poll->deleteLater();
    }
};

QTEST_MAIN(tst_PublishUi)
#include "tst_publishui.moc"
