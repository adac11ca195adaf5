#include "tables/EventTreeModel.h"
#include "json/JsonCodec.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class tst_EventTreeModel : public QObject
{
    Q_OBJECT
private:
    static QList<TaskEvent> seedEvents()
    {
        QFile f(QStringLiteral(AUTOLABEL_TEST_DATA_DIR "/seed_task_info.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing seed_task_info.json");
        return jsoncodec::decodeTaskInfo(f.readAll()).value->events;
    }
    static TaskEvent *find(QList<TaskEvent> &events, const QString &name)
    {
        for (TaskEvent &e : events) {
            if (e.name == name)
                return &e;
            if (TaskEvent *c = find(e.children, name))
                return c;
        }
        return nullptr;
    }

private slots:
    void showsTheSeedsTree()
    {
        EventTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(seedEvents());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(EventTreeModel::ColumnCount));
        const QModelIndex labeling = model.index(2, 0);
        QCOMPARE(labeling.data(EventTreeModel::EventNameRole).toString(), QStringLiteral("labeling"));
        QCOMPARE(model.rowCount(labeling), 4);
        QCOMPARE(model.rowCount(model.index(2, 1)), 0); // only column 0 has children
        const QModelIndex running = model.index(2, 0, labeling);
        QCOMPARE(running.data(EventTreeModel::StatusRole).toString(), QStringLiteral("running"));
        QCOMPARE(running.data(EventTreeModel::ElapsedSecondsRole).toLongLong(), qint64(20));
        QCOMPARE(running.parent(), labeling);
        QVERIFY(!model.index(3, 0, labeling).data(EventTreeModel::CreateTimeRole).isValid()); // not started
        QCOMPARE(model.index(3, EventTreeModel::StartColumn, labeling).data().toString(), QString());
        QVERIFY(!model.index(0, EventTreeModel::StartColumn).data().toString().isEmpty());
        for (const QString &name : { QStringLiteral("start"), QStringLiteral("init"), QStringLiteral("labeling"),
                                     QStringLiteral("jobstat_init"), QStringLiteral("jobstat_waiting"), QStringLiteral("jobstat_running"),
                                     QStringLiteral("jobstat_completed"), QStringLiteral("result_processing"), QStringLiteral("end") })
            QVERIFY2(EventTreeModel::displayName(name) != name, qPrintable(name));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Stage"));
    }

    void anOrdinaryUpdateOnlyChangesData()
    {
        EventTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TaskEvent> events = seedEvents();
        model.setEvents(events);
        const QPersistentModelIndex running = model.index(2, 0, model.index(2, 0));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The next poll: jobstat_running is done, jobstat_completed runs.
        find(events, QStringLiteral("jobstat_running"))->status = QStringLiteral("success");
        find(events, QStringLiteral("jobstat_running"))->elapsedSeconds = 31;
        find(events, QStringLiteral("jobstat_completed"))->status = QStringLiteral("running");
        find(events, QStringLiteral("jobstat_completed"))->createTimeMs = 1624014958000;
        model.setEvents(events);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(changed.size(), 2);
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(EventTreeModel::StatusRole));
        QVERIFY(roles.contains(EventTreeModel::ElapsedSecondsRole));
        QCOMPARE(changed.first().at(0).toModelIndex(), QModelIndex(running));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(EventTreeModel::ColumnCount) - 1);
        QVERIFY(running.isValid());
        QCOMPARE(running.data(EventTreeModel::StatusRole).toString(), QStringLiteral("success"));

        // The same again: nothing at all.
        changed.clear();
        model.setEvents(events);
        QCOMPARE(changed.size(), 0);
    }

    void aFailedEventCarriesItsError()
    {
        EventTreeModel model;
        QList<TaskEvent> events = seedEvents();
        model.setEvents(events);
        TaskEvent *running = find(events, QStringLiteral("jobstat_running"));
        running->status = QStringLiteral("failed");
        running->errorCode = QStringLiteral("ModelArts.4917");
        running->errorMessage = QStringLiteral("4-channel images: a.png");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEvents(events);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(EventTreeModel::ErrorRole));
        const QModelIndex failed = model.index(2, 0, model.index(2, 0));
        QCOMPARE(failed.data(EventTreeModel::ErrorRole).toString(), QStringLiteral("ModelArts.4917: 4-channel images: a.png"));
        QVERIFY(failed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("a.png")));
        QCOMPARE(model.index(2, EventTreeModel::StatusColumn, model.index(2, 0)).data().toString(), QStringLiteral("Failed"));
    }

    void aDifferentShapeInsertsAndRemovesRows()
    {
        EventTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TaskEvent> events = seedEvents();
        model.setEvents(events);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        TaskEvent extra;
        extra.name = QStringLiteral("hard_example_collection");
        extra.ordinal = 5;
        events.insert(4, extra);
        model.setEvents(events);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(4, 0).data(EventTreeModel::EventNameRole).toString(), QStringLiteral("hard_example_collection"));
        events.removeAt(1);
        events[1].children.removeLast();
        model.setEvents(events);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowCount(model.index(1, 0)), 3);
        QCOMPARE(reset.size(), 0);
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EventTreeModel)
#include "tst_eventtreemodel.moc"
