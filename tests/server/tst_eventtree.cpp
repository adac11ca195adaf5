#include "storage/Records.h"
#include "tasks/EventTree.h"
#include "tasks/TaskSteps.h"

#include <QJsonArray>
#include <QTest>

// A task's document and its event tree, changed by pure functions: checked here without a service.
class tst_EventTree : public QObject
{
    Q_OBJECT

    static QJsonObject stateWithEvents()
    {
        return QJsonObject{ { QStringLiteral("status"), taskstatus::Queued },
                            { QStringLiteral("progress"), 0.0 },
                            { QStringLiteral("result"), QJsonObject{ { QStringLiteral("events"), eventtree::initialEvents() } } } };
    }
    // The event named `name` (top level or a child of labeling).
    static QJsonObject eventNamed(const QJsonObject &state, const QString &name)
    {
        const QJsonArray events = state.value(QStringLiteral("result")).toObject().value(QStringLiteral("events")).toArray();
        for (const QJsonValue &e : events) {
            if (e[QStringLiteral("name")].toString() == name)
                return e.toObject();
            for (const QJsonValue &c : e[QStringLiteral("events")].toArray()) {
                if (c[QStringLiteral("name")].toString() == name)
                    return c.toObject();
            }
        }
        return {};
    }
    static QString statusOf(const QJsonObject &state, const QString &name)
    {
        return eventNamed(state, name).value(QStringLiteral("status")).toString();
    }

    static StepReport step(TaskStep s, double fraction = 0) { return StepReport{ s, fraction, {}, {} }; }

private slots:
    void theSeedsTreeAllWaiting()
    {
        const QJsonArray events = eventtree::initialEvents();
        QStringList names;
        for (const QJsonValue &e : events)
            names << e[QStringLiteral("name")].toString();
        QCOMPARE(names,
                 (QStringList{ QStringLiteral("start"), QStringLiteral("init"), QStringLiteral("labeling"),
                               QStringLiteral("result_processing"), QStringLiteral("end") }));
        const QJsonArray jobs = events[2][QStringLiteral("events")].toArray();
        QCOMPARE(jobs.size(), 4);
        QCOMPARE(jobs[0][QStringLiteral("name")].toString(), QStringLiteral("jobstat_init"));
        QCOMPARE(jobs[0][QStringLiteral("level")].toInt(), 2);
        for (const QJsonValue &e : events)
            QCOMPARE(e[QStringLiteral("status")].toString(), QStringLiteral("waiting"));
    }

    void startAndFinishAChildWithItsTimes()
    {
        QJsonObject s = stateWithEvents();
        eventtree::startEvent(s, QStringLiteral("jobstat_running"), 10'000);
        QCOMPARE(statusOf(s, QStringLiteral("jobstat_running")), QStringLiteral("running"));
        QCOMPARE(eventNamed(s, QStringLiteral("jobstat_running")).value(QStringLiteral("create_time")).toInteger(), 10'000);
        eventtree::finishEvent(s, QStringLiteral("jobstat_running"), true, 14'500);
        const QJsonObject e = eventNamed(s, QStringLiteral("jobstat_running"));
        QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(e.value(QStringLiteral("elapsed_time")).toInteger(), 4); // whole seconds
        QCOMPARE(statusOf(s, QStringLiteral("labeling")), QStringLiteral("waiting")); // its parent untouched
    }

    void aFailureFailsTheRunningEventsOnly()
    {
        QJsonObject s = stateWithEvents();
        eventtree::startEvent(s, QStringLiteral("labeling"), 1000);
        eventtree::startEvent(s, QStringLiteral("jobstat_init"), 1000);
        eventtree::failRunningEvents(s, 3000, QStringLiteral("ModelArts.4917"), QStringLiteral("broken"));
        QCOMPARE(statusOf(s, QStringLiteral("labeling")), QStringLiteral("failed"));
        QCOMPARE(statusOf(s, QStringLiteral("jobstat_init")), QStringLiteral("failed"));
        QCOMPARE(eventNamed(s, QStringLiteral("jobstat_init")).value(QStringLiteral("error_message")).toString(), QStringLiteral("broken"));
        QCOMPARE(statusOf(s, QStringLiteral("end")), QStringLiteral("waiting"));
    }

    void progressNeverGoesBack()
    {
        QJsonObject s = stateWithEvents();
        eventtree::setPhase(s, taskstatus::Running, 40, QStringLiteral("c"), QStringLiteral("m"));
        eventtree::setPhase(s, taskstatus::Running, 30, QStringLiteral("c"), QStringLiteral("m"));
        QCOMPARE(s.value(QStringLiteral("progress")).toDouble(), 40.0);
    }

    void presentedWithElapsedTimesAndWithoutInternalKeys()
    {
        TaskRecord task;
        task.createTimeMs = 1'000;
        task.state = stateWithEvents();
        eventtree::startEvent(task.state, QStringLiteral("start"), 2'000);
        task.state.insert(QStringLiteral("collect_key_sample"), true);
        const QJsonObject shown = eventtree::present(task, 9'000, 7);
        QCOMPARE(shown.value(QStringLiteral("elapsed_time")).toInteger(), 8);
        QVERIFY(!shown.contains(QStringLiteral("collect_key_sample")));
        QCOMPARE(eventNamed(shown, QStringLiteral("start")).value(QStringLiteral("elapsed_time")).toInteger(), 7);
        QCOMPARE(shown.value(QStringLiteral("result")).toObject().value(QStringLiteral("unconfirmed_sample_count")).toInteger(), 7);
    }

    // The steps a runner reports move the tree as the seed shows it; a stopping task stays "stopping".
    void stepsMoveTheTreeAndEndTheTask()
    {
        QJsonObject s = stateWithEvents();
        QVERIFY(!tasksteps::apply(s, step(TaskStep::Started), 1000, false));
        QVERIFY(!tasksteps::apply(s, step(TaskStep::Init), 2000, false));
        QVERIFY(!tasksteps::apply(s, step(TaskStep::JobInit), 3000, false));
        QCOMPARE(statusOf(s, QStringLiteral("init")), QStringLiteral("success"));
        QCOMPARE(statusOf(s, QStringLiteral("labeling")), QStringLiteral("running"));
        QCOMPARE(s.value(QStringLiteral("status")).toInt(), int(taskstatus::Running));
        QVERIFY(!tasksteps::apply(s, step(TaskStep::JobProgress, 0.5), 3500, true));
        QCOMPARE(s.value(QStringLiteral("status")).toInt(), int(taskstatus::Stopping));
        QCOMPARE(s.value(QStringLiteral("progress")).toDouble(), 30 + 55 * 0.5);
        QVERIFY(tasksteps::apply(s, step(TaskStep::Stopped), 4000, true));
        QCOMPARE(s.value(QStringLiteral("status")).toInt(), int(taskstatus::Stopped));
        QCOMPARE(statusOf(s, QStringLiteral("labeling")), QStringLiteral("failed"));
        QCOMPARE(s.value(QStringLiteral("code")).toString(), QStringLiteral("ModelArts.4393"));
        QCOMPARE(s.value(QStringLiteral("end_time")).toInteger(), 4000);
    }
};

QTEST_GUILESS_MAIN(tst_EventTree)
#include "tst_eventtree.moc"
