#include "dataset/TaskProgressView.h"
#include "widgets/Prompts.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The seam every question goes through: tests answer in advance, nothing modal blocks them.
class tst_Prompts : public QObject
{
    Q_OBJECT

private slots:
    void anAnswerGivenInAdvanceIsUsedOnce()
    {
        prompts::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(prompts::question(nullptr, QStringLiteral("t"), QStringLiteral("Really?")), QMessageBox::Yes);
        QCOMPARE(prompts::lastText(), QStringLiteral("Really?"));
        prompts::setNextAnswer(QMessageBox::No);
        QCOMPARE(prompts::question(nullptr, QStringLiteral("t"), QStringLiteral("Again?")), QMessageBox::No);
    }

    void aChoiceGivenInAdvanceOrCancelled()
    {
        const QStringList items{ QStringLiteral("cat"), QStringLiteral("dog") };
        prompts::setNextItem(QStringLiteral("dog"));
        QCOMPARE(prompts::chooseItem(nullptr, QStringLiteral("Relabel"), QStringLiteral("Label:"), items), QStringLiteral("dog"));
        prompts::setNextItem(QString());
        QVERIFY(!prompts::chooseItem(nullptr, QStringLiteral("Relabel"), QStringLiteral("Label:"), items));
    }

    // The task view's stop button asks first: only "yes" stops.
    void stoppingATaskAsksThroughTheSeam()
    {
        TaskProgressView view;
        QSignalSpy stop(&view, &TaskProgressView::stopRequested);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("stopTask"));
        QVERIFY(button);
        prompts::setNextChoice(1);
        button->click();
        QCOMPARE(stop.count(), 0);
        QVERIFY(prompts::lastText().contains(QStringLiteral("Stop this auto-labeling task")));
        // The buttons say what they do.
        QCOMPARE(prompts::lastChoices(), (QStringList{ QStringLiteral("&Stop the task"), QStringLiteral("&Keep it running") }));
        QCOMPARE(prompts::lastDefaultChoice(), 1); // Enter keeps it running
        prompts::setNextChoice(0);
        button->click();
        QCOMPARE(stop.count(), 1);
    }

    // The task view tells what is true: a running task's labels are not "0 to confirm", and a stop that
    // reaches a task already finished says it came too late.
    void theTaskViewSaysWhatIsTrue()
    {
        TaskProgressView view;
        auto *counts = view.findChild<QLabel *>(QStringLiteral("counts"));
        auto *warning = view.findChild<QLabel *>(QStringLiteral("warning"));
        TaskInfo task;
        task.taskId = QStringLiteral("t1");
        task.status = TaskStatus::Running;
        task.totalSamples = 300;
        task.annotatedSamples = 50;
        view.showTask(QStringLiteral("shapes"), task);
        QVERIFY2(!counts->text().contains(QStringLiteral("0 to confirm")), qPrintable(counts->text()));
        prompts::setNextChoice(0);
        view.findChild<QPushButton *>(QStringLiteral("stopTask"))->click();
        task.status = TaskStatus::Succeeded;
        task.unconfirmedSamples = 250;
        view.showTask(QStringLiteral("shapes"), task);
        QVERIFY2(counts->text().contains(QStringLiteral("250 to confirm")), qPrintable(counts->text()));
        QVERIFY2(warning->text().contains(QStringLiteral("had already finished")), qPrintable(warning->text()));
        // Another task: no such warning.
        task.taskId = QStringLiteral("t2");
        view.showTask(QStringLiteral("shapes"), task);
        QVERIFY(warning->text().isEmpty());
    }
};

QTEST_MAIN(tst_Prompts)
#include "tst_prompts.moc"
