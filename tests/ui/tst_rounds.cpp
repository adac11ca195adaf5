#include "dataset/DatasetPage.h"
#include "review/ReviewPage.h"
#include "review/ReviewRound.h"
#include "review/ReviewSession.h"
#include "samples/SampleListModel.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "spotcheck/SpotCheckText.h"
#include "support/ScreenshotEnvironment.h"
#include "support/TestServer.h"
#include "tables/DatasetTableModel.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"
#include "window/MainWindow.h"
#include "workflow/WorkflowController.h"

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QToolButton>

// Rounds (issue 32, item 5): a confirmation that leaves samples undecided offers to re-label the rest; the
// new task trains on what was confirmed, its review opens by itself when it ends, and the spot-check
// estimate from before the round shows beside the new one. The app offscreen against modelarts-local.
class tst_Rounds : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_dataset;

    WorkflowController *controller() const { return m_window->controller(); }
    ReviewSession *review() const { return m_window->reviewSession(); }

    void logIn()
    {
        LoginRequest request;
        request.endpoints = { m_server->base(), m_server->base(), {} };
        request.password = { QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"), QStringLiteral("local") };
        controller()->login(request, false);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isLoggedIn(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->datasetPage() && datasetRow() >= 0, 20000);
    }
    int datasetRow() const;
    Dataset dataset() const;

    // Draws a spot-check over the undecided samples and answers every drawn one as the machine's label
    // being right or wrong (relabeled to the next label), as the reviewer looking at each does.
    void drawAndAnswer(int wrongEvery)
    {
        QSignalSpy drawn(review(), &ReviewSession::spotCheckDrawn);
        QVERIFY(review()->startSpotCheck(review()->undecidedRows(), spotcheck::Target{ 0.9, 0.1, 0.95, 2, 1 }, 5,
                                         QStringLiteral("undecided")));
        QVERIFY(drawn.wait(20000));
        QVERIFY(drawn.first().at(0).toBool());
        const QStringList ids = review()->spotCheck()->drawnIds();
        QVERIFY(!ids.isEmpty());
        const SampleListModel *model = review()->model();
        const QStringList labels = model->labels();
        for (int i = 0; i < ids.size(); ++i) {
            const int row = model->rowOf(ids[i]);
            const Decision d = i % wrongEvery == wrongEvery - 1
                    ? Decision::relabel(labels[(model->item(row).predicted + 1) % labels.size()])
                    : Decision::accept();
            QVERIFY(review()->decide({ row }, d, ReviewSession::Evidence::Looked));
        }
    }

    // The estimate before the round, then before and after side by side once this round is checked.
    void showsTheEstimatesSideBySide(const spotcheck::Estimate &before)
    {
        auto *roundText = m_window->reviewPage()->findChild<QLabel *>(QStringLiteral("spotRound"));
        QTRY_VERIFY(roundText->isVisible());
        const QString beforeText = SpotCheckText::precision(before, 0.95);
        QVERIFY2(roundText->text().contains(beforeText), qPrintable(roundText->text()));
        const auto thisRound = [](const QString &estimate, const QString &scope) {
            return QCoreApplication::translate("SpotCheckPanel", "This round: %1 (spot-check of %2).").arg(estimate, scope);
        };
        QVERIFY(roundText->text().contains(
                QCoreApplication::translate("SpotCheckPanel", "Draw a spot-check of this round (Spot-check…) to see what it gained.")));
        drawAndAnswer(1000);
        const QString nowText = SpotCheckText::precision(review()->spotCheck()->estimate(), 0.95);
        QTRY_VERIFY2(roundText->text().contains(thisRound(nowText, QStringLiteral("undecided"))), qPrintable(roundText->text()));
        QVERIFY(roundText->text().contains(beforeText));
        screenshots::save(m_window.get(), QStringLiteral("round-review"));
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
        TaskOptions options;
        options.minStageMs = 20;
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")), options);
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 16, 5);
        QVERIFY(!m_dataset.isEmpty());
        auto settings = std::make_unique<Settings>(
                std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        settings->setPollIntervalSeconds(1);
        m_window = std::make_unique<MainWindow>(std::move(settings));
        m_window->show();
    }
    void cleanup()
    {
        m_window.reset();
        m_server.reset();
        m_dir.reset();
    }

    void aRoundRelabelsTheRestAndShowsWhatItGained()
    {
        logIn();
        QSignalSpy finished(controller(), &WorkflowController::taskFinished);
        controller()->startTask(dataset(), AutoLabelOptions{});
        QVERIFY(finished.wait(60000));
        const QString firstTask = controller()->watchedTaskId();
        controller()->openReview(m_dataset, firstTask, QStringLiteral("shapes"), dataset().labels);
        QTRY_VERIFY_WITH_TIMEOUT(review() && review()->isLoaded(), 20000);
        QVERIFY(!review()->round()); // the first task is no round
        const int total = review()->model()->rowCount();
        QCOMPARE(total, int(dataset().labels.size()) * (16 - 5));

        // A spot-check answered (one in three wrong), confirmed with nothing else decided.
        drawAndAnswer(3);
        const spotcheck::Estimate before = review()->spotCheck()->estimate();
        QVERIFY(before.checked > 0 && before.precision < 1);
        const qint64 decided = review()->model()->counts().decided;
        QVERIFY(decided > 0 && decided < total);
        MessageArea *messages = m_window->reviewPage()->messages();
        QTRY_COMPARE(messages->key(), QStringLiteral("spotCheck")); // "complete"; the offer comes after it
        // Before the confirmation, Review > Re-label the rest says why not yet.
        prompts::setNextAnswer(QMessageBox::Ok);
        m_window->findChild<QAction *>(QStringLiteral("relabelTheRest"))->trigger();
        QCOMPARE(
                prompts::lastText(),
                QCoreApplication::translate("MainWindow", "Confirm your decisions first: the new task learns from confirmed labels only."));
        QSignalSpy confirmed(review(), &ReviewSession::confirmFinished);
        review()->confirm();
        QVERIFY(confirmed.wait(20000));
        QTRY_COMPARE(messages->key(), QStringLiteral("round"));
        QVERIFY2(messages->text().contains(QLocale().toString(total - decided)), qPrintable(messages->text()));
        screenshots::save(m_window.get(), QStringLiteral("round-offer"));

        // The offer asks first; Cancel starts nothing.
        auto *action = messages->findChild<QToolButton *>(QStringLiteral("messageAction"));
        QSignalSpy started(controller(), &WorkflowController::taskWatched);
        prompts::setNextChoice(1);
        action->click();
        QVERIFY2(prompts::lastText().contains(QStringLiteral("2")) && prompts::lastText().contains(QStringLiteral("shapes")),
                 qPrintable(prompts::lastText()));
        QCoreApplication::processEvents();
        QCOMPARE(started.count(), 0);

        // Started: the task runs, and its review opens by itself on the samples left undecided.
        QSignalSpy roundDone(controller(), &WorkflowController::roundFinished);
        QSignalSpy notStarted(controller(), &WorkflowController::taskNotStarted);
        prompts::setNextChoice(0);
        action->click();
        QVERIFY(roundDone.wait(60000));
        QCOMPARE(notStarted.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(review() && review()->taskId() != firstTask && review()->isLoaded(), 20000);
        QCOMPARE(review()->taskId(), controller()->watchedTaskId());
        QCOMPARE(review()->model()->rowCount(), int(total - decided));
        QVERIFY(m_window->reviewPage()->isVisible());
        QVERIFY(review()->round());
        QCOMPARE(review()->round()->number, 2);
        QCOMPARE(review()->round()->previousTaskId, firstTask);
        QCOMPARE(review()->round()->confirmedBefore, decided);
        QVERIFY(review()->round()->before);
        QCOMPARE(review()->round()->before->precision, before.precision);

        showsTheEstimatesSideBySide(before);

        // The round outlives the app: a new window's review of the task knows it.
        const QString secondTask = review()->taskId();
        Settings settings(std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        const auto stored = ReviewRound::fromJson(settings.reviewRound(secondTask));
        QVERIFY(stored && stored->number == 2 && stored->before && stored->before->checked == before.checked);
    }

    void aDamagedRoundRecordIsNoRound()
    {
        QVERIFY(!ReviewRound::fromJson({}));
        QVERIFY(!ReviewRound::fromJson("{not json"));
        QVERIFY(!ReviewRound::fromJson(R"({"version":2,"number":3})"));
        QVERIFY(!ReviewRound::fromJson(R"({"version":1,"number":1})"));
        ReviewRound r;
        r.number = 4;
        r.previousTaskId = QStringLiteral("t1");
        const auto back = ReviewRound::fromJson(r.toJson());
        QVERIFY(back && back->number == 4 && back->previousTaskId == QStringLiteral("t1") && !back->before);
    }

    // Review > Suspect labels among those confirmed…: the labels this review confirmed, audited (the audit
    // learns from every labeled sample) in a suspect review of those only.
    void theConfirmedLabelsAreQuestioned()
    {
        logIn();
        QSignalSpy finished(controller(), &WorkflowController::taskFinished);
        controller()->startTask(dataset(), AutoLabelOptions{});
        QVERIFY(finished.wait(60000));
        controller()->openReview(m_dataset, controller()->watchedTaskId(), QStringLiteral("shapes"), dataset().labels);
        QTRY_VERIFY_WITH_TIMEOUT(review() && review()->isLoaded(), 20000);
        QAction *question = m_window->findChild<QAction *>(QStringLiteral("questionConfirmed"));
        question->trigger(); // nothing confirmed yet: it says so, and opens nothing
        QCOMPARE(m_window->reviewPage()->messages()->key(), QStringLiteral("question"));
        QVERIFY(!review()->isSuspectReview());
        QList<int> rows;
        for (int r = 0; r < review()->model()->rowCount(); r += 2)
            rows.append(r);
        QVERIFY(review()->decide(rows, Decision::accept())); // half accepted unseen
        QSet<QString> confirmedIds;
        for (int r : std::as_const(rows))
            confirmedIds.insert(review()->model()->item(r).id);
        QSignalSpy confirmed(review(), &ReviewSession::confirmFinished);
        review()->confirm();
        QVERIFY(confirmed.wait(20000));
        question->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(review() && review()->isSuspectReview() && review()->isLoaded(), 60000);
        QCOMPARE(review()->suspectScopeSize(), confirmedIds.size());
        QVERIFY(review()->auditedCount() > confirmedIds.size()); // the seed labels too
        for (int r = 0; r < review()->model()->rowCount(); ++r)
            QVERIFY(confirmedIds.contains(review()->model()->item(r).id));
        QVERIFY(!question->isVisible()); // a suspect review's labels are questioned already
        if (qEnvironmentVariableIsEmpty("AUTOLABEL_LANGUAGE"))
            QVERIFY2(m_window->reviewPage()->messages()->text().contains(QStringLiteral("this review confirmed")),
                     qPrintable(m_window->reviewPage()->messages()->text()));
    }

    void aFailedStartSaysWhyAndOpensNothing()
    {
        logIn();
        QSignalSpy finished(controller(), &WorkflowController::taskFinished);
        controller()->startTask(dataset(), AutoLabelOptions{});
        QVERIFY(finished.wait(60000));
        const QString task = controller()->watchedTaskId();
        controller()->openReview(m_dataset, task, QStringLiteral("shapes"), dataset().labels);
        QTRY_VERIFY_WITH_TIMEOUT(review() && review()->isLoaded(), 20000);
        QSignalSpy notStarted(controller(), &WorkflowController::taskNotStarted);
        QSignalSpy roundDone(controller(), &WorkflowController::roundFinished);
        m_server->stop(); // no service: a network failure, said as one
        prompts::setNextAnswer(QMessageBox::Ok); // the window's warning
        controller()->startRound(AutoLabelOptions{});
        QVERIFY(notStarted.wait(30000));
        QCOMPARE(prompts::lastText(), notStarted.first().at(0).toString());
        QVERIFY2(!notStarted.first().at(0).toString().isEmpty(), "a reason");
        QCOMPARE(roundDone.count(), 0);
        QCOMPARE(review()->taskId(), task);
    }
};

int tst_Rounds::datasetRow() const { return m_window->datasetPage()->model()->rowOf(m_dataset); }

Dataset tst_Rounds::dataset() const { return *m_window->datasetPage()->model()->datasetAt(datasetRow()); }

QTEST_MAIN(tst_Rounds)
#include "tst_rounds.moc"
