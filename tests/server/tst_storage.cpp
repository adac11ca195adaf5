#include "storage/Storage.h"
#include "support/StorageRecords.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using storagetest::dataset;
using storagetest::sample;

class tst_Storage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsSchemaInWalModeAndReopens()
    {
        const QString dir = m_dir.filePath(QStringLiteral("reopen"));
        QString datasetId;
        {
            Storage storage(dir);
            QVERIFY2(storage.open(), qPrintable(storage.lastError()));
            datasetId = dataset(storage, QStringLiteral("pets")).id;
            QVERIFY(storage.samples().insert(sample(datasetId, QStringLiteral("a.jpg"), QStringLiteral("cat"))));
        }
        Storage again(dir);
        QVERIFY(again.open());
        const auto p = again.identity().projectByName(QStringLiteral("local"));
        QVERIFY(p);
        QVERIFY(again.datasets().find(p->id, datasetId));
        QCOMPARE(again.datasets().counts(datasetId).total, qint64(1));
        QCOMPARE(again.datasets().labels(datasetId).size(), 2);
        QCOMPARE(again.datasets().labels(datasetId).first().color, QStringLiteral("#3399ff"));
        QSqlQuery q(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek")));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("peek"));
            db.setDatabaseName(dir + QStringLiteral("/modelarts-local.db"));
            QVERIFY(db.open());
            QSqlQuery mode(db);
            QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
            QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        }
        q = QSqlQuery();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void userAndTokenLookups()
    {
        Storage storage(m_dir.filePath(QStringLiteral("users")));
        QVERIFY(storage.open());
        const auto user = storage.identity().upsertUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("proj"), "hash-1");
        QVERIFY(user);
        QCOMPARE(user->project.name, QStringLiteral("proj"));
        QCOMPARE(user->domainName, QStringLiteral("acme"));
        QVERIFY(storage.identity().userByName(QStringLiteral("acme"), QStringLiteral("alice")));
        QVERIFY(storage.identity().userByName(user->domainId, QStringLiteral("alice")));
        QVERIFY(!storage.identity().userByName(QStringLiteral("other"), QStringLiteral("alice")));
        // The same user again replaces the password, it does not duplicate the user.
        const auto again = storage.identity().upsertUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("proj"), "hash-2");
        QCOMPARE(again->id, user->id);
        QCOMPARE(again->passwordHash, QByteArray("hash-2"));
        QCOMPARE(storage.identity().usersNamed(QStringLiteral("alice")).size(), 1);

        QVERIFY(storage.identity().addToken("h1", user->id, user->project.id, 1000, 5000));
        const auto token = storage.identity().token("h1");
        QVERIFY(token);
        QCOMPARE(token->expiresMs, qint64(5000));
        QVERIFY(!storage.identity().token("h2"));
        // Adding a token prunes the expired ones.
        QVERIFY(storage.identity().addToken("h2", user->id, user->project.id, 6000, 9000));
        QVERIFY(!storage.identity().token("h1"));
    }

    void replaceLabelsAndFilters()
    {
        Storage storage(m_dir.filePath(QStringLiteral("labels")));
        QVERIFY(storage.open());
        const DatasetRecord d = dataset(storage, QStringLiteral("pets"));
        const SampleRecord a = sample(d.id, QStringLiteral("a.jpg"), QStringLiteral("cat"));
        const SampleRecord b = sample(d.id, QStringLiteral("b.jpg"));
        const SampleRecord c = sample(d.id, QStringLiteral("c.jpg"));
        QVERIFY(storage.samples().insert(a) && storage.samples().insert(b) && storage.samples().insert(c));

        SampleQuery labeled;
        labeled.state = SampleState::Labeled;
        QCOMPARE(storage.samples().count(d.id, labeled), qint64(1));
        SampleQuery unlabeled;
        unlabeled.state = SampleState::Unlabeled;
        QCOMPARE(storage.samples().count(d.id, unlabeled), qint64(2));

        QVERIFY(storage.samples().replaceLabels(b.id, { SampleLabelRecord{ QStringLiteral("dog"), 0, 0.9, {} } },
                                                QStringLiteral("human/x/y"), 5));
        QCOMPARE(storage.samples().count(d.id, labeled), qint64(2));
        const auto loaded = storage.samples().find(d.id, b.id);
        QCOMPARE(loaded->status, QStringLiteral("MANUAL_ANNOTATION"));
        QCOMPARE(loaded->annotatedBy, QStringLiteral("human/x/y"));
        QCOMPARE(loaded->labels.size(), 1);
        QCOMPARE(*loaded->labels.first().score, 0.9);

        SampleQuery dogs;
        dogs.labelName = QStringLiteral("dog");
        QCOMPARE(storage.samples().count(d.id, dogs), qint64(1));
        // An empty label list makes the sample unlabeled again.
        QVERIFY(storage.samples().replaceLabels(a.id, {}, QStringLiteral("human/x/y"), 6));
        QCOMPARE(storage.samples().find(d.id, a.id)->status, QStringLiteral("UN_ANNOTATION"));
        QCOMPARE(storage.datasets().labelUsage(d.id).value(QStringLiteral("cat")).second, qint64(0));
        QCOMPARE(storage.datasets().labelUsage(d.id).value(QStringLiteral("dog")).second, qint64(1));

        // Paging is stable in import order.
        SampleQuery page;
        page.limit = 2;
        page.offset = 2;
        const QList<SampleRecord> last = storage.samples().list(d.id, page);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().id, c.id);
    }

    void autoAnnotationsAreReplacedAtOnceAndConfirmationClearsThem()
    {
        Storage storage(m_dir.filePath(QStringLiteral("auto")));
        QVERIFY(storage.open());
        const DatasetRecord d = dataset(storage, QStringLiteral("pets"));
        QList<SampleRecord> samples;
        for (int i = 0; i < 4; ++i) {
            samples.append(sample(d.id, QStringLiteral("%1.jpg").arg(i)));
            QVERIFY(storage.samples().insert(samples.last()));
        }
        QHash<QString, AutoAnnotationRecord> results;
        results.insert(samples[0].id, AutoAnnotationRecord{ QStringLiteral("T"), QStringLiteral("cat"), 0.95, false, 0, {} });
        results.insert(samples[1].id, AutoAnnotationRecord{ QStringLiteral("T"), QStringLiteral("dog"), 0.40, true, 0.7, { 1, 3 } });
        results.insert(samples[2].id, AutoAnnotationRecord{ QStringLiteral("T"), QStringLiteral("dog"), 0.70, true, 0.4, { 8 } });
        QVERIFY(storage.annotations().replace(d.id, results));
        QCOMPARE(storage.datasets().counts(d.id).autoPending, qint64(3));
        QCOMPARE(storage.annotations().countHard(d.id), qint64(2));
        QCOMPARE(storage.annotations().hardReasonCounts(d.id).value(3), qint64(1));

        AutoQuery query;
        query.ascending = true;
        QList<SampleRecord> found = storage.annotations().list(d.id, query);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.first().autoAnnotation->score, 0.40);
        QCOMPARE(found.first().autoAnnotation->hardReasons, (QList<int>{ 1, 3 }));
        query.hard = false;
        QCOMPARE(storage.annotations().count(d.id, query), qint64(1));
        query.hard.reset();
        query.lowScore = 0.5;
        query.labelName = QStringLiteral("dog");
        QCOMPARE(storage.annotations().count(d.id, query), qint64(1));

        QVERIFY(storage.samples().replaceLabels(samples[1].id, { SampleLabelRecord{ QStringLiteral("dog"), 0, {}, {} } },
                                                QStringLiteral("h"), 1));
        QCOMPARE(storage.datasets().counts(d.id).autoPending, qint64(2));

        // A new result set replaces the old one whole.
        QHash<QString, AutoAnnotationRecord> next;
        next.insert(samples[3].id, AutoAnnotationRecord{ QStringLiteral("T2"), QStringLiteral("cat"), 0.5, false, 0, {} });
        QVERIFY(storage.annotations().replace(d.id, next));
        QCOMPARE(storage.datasets().counts(d.id).autoPending, qint64(1));
    }

    void aRolledBackBatchChangesNothing()
    {
        Storage storage(m_dir.filePath(QStringLiteral("rollback")));
        QVERIFY(storage.open());
        const DatasetRecord d = dataset(storage, QStringLiteral("pets"));
        const SampleRecord a = sample(d.id, QStringLiteral("a.jpg"));
        QVERIFY(storage.samples().insert(a));
        QVERIFY(storage.transaction());
        QVERIFY(storage.samples().replaceLabels(a.id, { SampleLabelRecord{ QStringLiteral("cat"), 0, {}, {} } }, QStringLiteral("h"), 1));
        storage.rollback();
        QCOMPARE(storage.samples().find(d.id, a.id)->status, QStringLiteral("UN_ANNOTATION"));
        QVERIFY(storage.samples().find(d.id, a.id)->labels.isEmpty());
    }

    void tasksAndActiveTasks()
    {
        Storage storage(m_dir.filePath(QStringLiteral("tasks")));
        QVERIFY(storage.open());
        const DatasetRecord d = dataset(storage, QStringLiteral("pets"));
        QVERIFY(storage.tasks().insert(
                TaskRecord{ QStringLiteral("T1"), d.id, QStringLiteral("auto-label"), -1, 1, QJsonObject{ { QStringLiteral("x"), 1 } } }));
        QVERIFY(storage.tasks().insert(TaskRecord{ QStringLiteral("T2"), d.id, QStringLiteral("auto-label"), 3, 2, {} }));
        QCOMPARE(storage.tasks().activeTaskIds(d.id), QStringList{ QStringLiteral("T1") });
        QCOMPARE(storage.tasks().list(d.id, {}).size(), 2);
        QCOMPARE(storage.tasks().list(d.id, {}).first().id, QStringLiteral("T2")); // newest first
        QCOMPARE(storage.tasks().list(d.id, QStringLiteral("pre-label")).size(), 0);
        QVERIFY(storage.tasks().update(QStringLiteral("T1"), 5, QJsonObject{ { QStringLiteral("x"), 2 } }));
        QVERIFY(storage.tasks().activeTaskIds(d.id).isEmpty());
        QCOMPARE(storage.tasks().find(d.id, QStringLiteral("T1"))->state.value(QStringLiteral("x")).toInt(), 2);
        QVERIFY(!storage.tasks().find(QStringLiteral("other"), QStringLiteral("T1")));
    }

    void secretsAreCreatedOnceAndKept()
    {
        const QString dir = m_dir.filePath(QStringLiteral("secret"));
        QByteArray first;
        {
            Storage storage(dir);
            QVERIFY(storage.open());
            first = storage.secret(QStringLiteral("k"));
            QCOMPARE(first.size(), 32);
            QCOMPARE(storage.secret(QStringLiteral("k")), first);
        }
        Storage again(dir);
        QVERIFY(again.open());
        QCOMPARE(again.secret(QStringLiteral("k")), first);
    }

    void refusesADatabaseFromTheFuture()
    {
        const QString dir = m_dir.filePath(QStringLiteral("future"));
        {
            Storage storage(dir);
            QVERIFY(storage.open());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(dir + QStringLiteral("/modelarts-local.db"));
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        Storage storage(dir);
        QVERIFY(!storage.open());
        QVERIFY(storage.lastError().contains(QStringLiteral("newer")));
    }

    void aVersionOneDatabaseIsUpgradedWithItsRows()
    {
        QTemporaryDir dir;
        {
            Storage old(dir.path());
            QVERIFY(old.database().open(1));
            // Rows as modelarts-local 0.1 wrote them (its columns only).
            for (const char *sql :
                 { "INSERT INTO projects VALUES('p1', 'local')", "INSERT INTO datasets VALUES('d1', 'p1', 'pets', '', 0, 1, 1)",
                   "INSERT INTO samples VALUES('s1', 'd1', 'a.jpg', '/pets/', 'images/d1/s1.jpg', 'k1', 10, 1, 4, 4, 3,"
                   " 'MANUAL_ANNOTATION', 'human', '')",
                   "INSERT INTO sample_labels VALUES('s1', 0, 'cat', 0, NULL, '{}')" })
                QVERIFY2(old.database().exec(QString::fromLatin1(sql)), sql);
        }
        Storage storage(dir.path());
        QVERIFY2(storage.open(), qPrintable(storage.lastError()));
        QSqlQuery q(storage.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        SampleQuery all;
        all.limit = 100;
        const QList<SampleRecord> samples = storage.samples().list(QStringLiteral("d1"), all);
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.first().labels.value(0).name, QStringLiteral("cat"));
        QVERIFY(!samples.first().hard.has_value());
        QVERIFY(samples.first().usage.isEmpty()); // schema 6: no usage given
        QCOMPARE(storage.versions().count(QStringLiteral("d1")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"
