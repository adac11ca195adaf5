#include "dataset/TaskProgressView.h"
#include "widgets/Prompts.h"

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
        prompts::setNextChoice(0);
        button->click();
        QCOMPARE(stop.count(), 1);
    }
};

QTEST_MAIN(tst_Prompts)
#include "tst_prompts.moc"
