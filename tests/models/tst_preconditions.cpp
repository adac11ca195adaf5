#include "types/Preconditions.h"

#include <QTest>

class tst_Preconditions : public QObject
{
    Q_OBJECT
private:
    static Preconditions::Input ready()
    {
        Preconditions::Input in;
        in.dataset.id = QStringLiteral("D");
        in.dataset.labels = { Label{ QStringLiteral("cat"), 0, {} }, Label{ QStringLiteral("dog"), 0, {} } };
        in.dataset.totalSamples = 20;
        in.dataset.annotatedSamples = 10;
        in.stats.labels = { LabelStat{ QStringLiteral("cat"), 5, 5 }, LabelStat{ QStringLiteral("dog"), 5, 5 } };
        in.stats.sampleStats.insert(QStringLiteral("un_annotation"), 10);
        for (int i = 0; i < 3; ++i) {
            Sample s;
            s.id = QString::number(i);
            s.name = QStringLiteral("img%1.jpg").arg(i);
            s.channels = 3;
            in.samples.append(s);
        }
        return in;
    }
    static Preconditions::Check check(const QList<Preconditions::Check> &checks, Preconditions::Id id)
    {
        for (const auto &c : checks) {
            if (c.id == id)
                return c;
        }
        qFatal("no such check");
    }

private slots:
    void aReadyDatasetPassesAll()
    {
        const auto checks = Preconditions::evaluate(ready());
        QCOMPARE(checks.size(), 5);
        QVERIFY(Preconditions::allPassed(checks));
        for (const auto &c : checks) {
            QVERIFY(!c.title.isEmpty());
            QVERIFY(!c.detail.isEmpty());
            QVERIFY(c.items.isEmpty());
        }
    }

    void oneLabelFails()
    {
        auto in = ready();
        in.dataset.labels.removeLast();
        in.stats.labels.removeLast();
        const auto checks = Preconditions::evaluate(in);
        QVERIFY(!check(checks, Preconditions::Id::TwoLabels).passed);
        QVERIFY(check(checks, Preconditions::Id::TwoLabels).detail.contains(QLatin1Char('1')));
        QVERIFY(!Preconditions::allPassed(checks));
    }

    void labelsWithTooFewImagesAreNamed()
    {
        auto in = ready();
        in.stats.labels[1].sampleCount = 3;
        in.dataset.labels.append(Label{ QStringLiteral("bird"), 0, {} }); // no stats at all: 0 images
        const auto c = check(Preconditions::evaluate(in), Preconditions::Id::FiveImagesPerLabel);
        QVERIFY(!c.passed);
        QCOMPARE(c.items.size(), 2);
        QVERIFY(c.items[0].startsWith(QStringLiteral("dog")) && c.items[0].contains(QLatin1Char('3')));
        QVERIFY(c.items[1].startsWith(QStringLiteral("bird")) && c.items[1].contains(QLatin1Char('0')));
    }

    void noUnlabeledImages()
    {
        auto in = ready();
        in.stats.sampleStats.insert(QStringLiteral("un_annotation"), 0);
        QVERIFY(!check(Preconditions::evaluate(in), Preconditions::Id::UnlabeledImages).passed);
        // Auto-labeled but unconfirmed images count as unlabeled: a new task may label them again.
        in.stats.sampleStats.insert(QStringLiteral("auto_annotation"), 4);
        QVERIFY(check(Preconditions::evaluate(in), Preconditions::Id::UnlabeledImages).passed);
    }

    void fourChannelImagesAreListed()
    {
        auto in = ready();
        in.samples[1].channels = 4;
        in.samples[2].channels = 4;
        in.samples[2].name.clear();
        const auto c = check(Preconditions::evaluate(in), Preconditions::Id::NoFourChannelImages);
        QVERIFY(!c.passed);
        QCOMPARE(c.items, (QStringList{ QStringLiteral("img1.jpg"), QStringLiteral("2") }));
        in.samples[1].channels = 1; // grayscale is fine
        in.samples[2].channels = 0; // unknown is not a failure
        in.samplesComplete = false;
        const auto partial = check(Preconditions::evaluate(in), Preconditions::Id::NoFourChannelImages);
        QVERIFY(partial.passed);
        QVERIFY(partial.detail != check(Preconditions::evaluate(ready()), Preconditions::Id::NoFourChannelImages).detail);
    }

    void runningTasksFail()
    {
        auto in = ready();
        TaskInfo done;
        done.taskId = QStringLiteral("old");
        done.status = TaskStatus::Succeeded;
        TaskInfo running;
        running.taskId = QStringLiteral("T1");
        running.status = TaskStatus::Running;
        in.tasks = { done };
        QVERIFY(check(Preconditions::evaluate(in), Preconditions::Id::NoRunningTask).passed);
        in.tasks.append(running);
        const auto c = check(Preconditions::evaluate(in), Preconditions::Id::NoRunningTask);
        QVERIFY(!c.passed);
        QCOMPARE(c.items, QStringList{ QStringLiteral("T1") });
        // The dataset's own flag counts too.
        auto flagged = ready();
        flagged.dataset.existRunningTask = true;
        flagged.dataset.runningTaskIds = { QStringLiteral("T9") };
        QCOMPARE(check(Preconditions::evaluate(flagged), Preconditions::Id::NoRunningTask).items, QStringList{ QStringLiteral("T9") });
    }
};

QTEST_GUILESS_MAIN(tst_Preconditions)
#include "tst_preconditions.moc"
