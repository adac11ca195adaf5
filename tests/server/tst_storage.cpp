#include "Ids.h"
#include "storage/ListingCache.h"
#include "storage/Storage.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class tst_Storage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    SampleRecord sample(const QString &datasetId, const QString &name, const QString &label = {})
    {
        SampleRecord s;
        s.id = ids::hex32();
        s.datasetId = datasetId;
        s.name = name;
        s.dir = QStringLiteral("/d/");
        s.relPath = QStringLiteral("images/") + name;
        s.width = 10;
        s.height = 20;
        s.channels = 3;
        if (!label.isEmpty())
            s.labels.append(SampleLabelRecord{ label, 0, std::nullopt, {} });
        return s;
    }

    DatasetRecord dataset(Storage &storage, const QString &name)
    {
        const ProjectRecord p = storage.identity().ensureProject(QStringLiteral("local"));
        DatasetRecord d{ ids::resourceId(), p.id, name, {}, 0, 1, 1 };
        storage.datasets().insert(d);
        storage.datasets().insertLabel(d.id, LabelRecord{ QStringLiteral("cat"), 0, {} });
        storage.datasets().insertLabel(d.id, LabelRecord{ QStringLiteral("dog"), 0, {} });
        return d;
    }

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

    void theDatabaseFileIsReadNotMapped()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/maps");
#endif
        // Two connections listing, as two workers do: neither maps the file (only WAL's index, -shm, is).
        const QString dir = m_dir.filePath(QStringLiteral("unmapped"));
        Storage first(dir);
        QVERIFY2(first.open(), qPrintable(first.lastError()));
        const DatasetRecord d = dataset(first, QStringLiteral("pets"));
        QHash<QString, AutoAnnotationRecord> results;
        QVERIFY(first.transaction());
        for (int i = 0; i < 300; ++i) {
            const SampleRecord s = sample(d.id, QStringLiteral("%1.jpg").arg(i));
            QVERIFY(first.samples().insert(s));
            results.insert(s.id, AutoAnnotationRecord{ QStringLiteral("T"), QStringLiteral("cat"), i / 300.0, false, 0, {} });
        }
        QVERIFY(first.commit());
        QVERIFY(first.annotations().replace(d.id, results));
        Storage second(dir);
        QVERIFY(second.open());
        AutoQuery q;
        q.limit = 100;
        QCOMPARE(first.annotations().list(d.id, q).size(), 100);
        q.offset = 1;
        QCOMPARE(second.annotations().list(d.id, q).size(), 100);
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QList<QByteArray> mappings = maps.readAll().split('\n');
        auto mapping = [&](const QByteArray &end) {
            return std::find_if(mappings.cbegin(), mappings.cend(), [&](const QByteArray &m) { return m.endsWith(end); });
        };
        QVERIFY(mapping("/modelarts-local.db-shm") != mappings.cend()); // the check sees the data directory's files
        const auto file = mapping("/modelarts-local.db");
        QVERIFY2(file == mappings.cend(), file == mappings.cend() ? "" : file->constData());
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

    void autoPagesEachSampleOnceWithTiesAndChanges()
    {
        Storage storage(m_dir.filePath(QStringLiteral("paging")));
        QVERIFY(storage.open());
        const DatasetRecord d = dataset(storage, QStringLiteral("many"));
        QHash<QString, AutoAnnotationRecord> results;
        QStringList ids;
        QVERIFY(storage.transaction());
        for (int i = 0; i < 530; ++i) {
            const SampleRecord s = sample(d.id, QStringLiteral("%1.jpg").arg(i));
            QVERIFY(storage.samples().insert(s));
            ids.append(s.id);
            // Only 7 distinct scores: pages end in the middle of ties.
            results.insert(s.id,
                           AutoAnnotationRecord{ QStringLiteral("T"),
                                                 i % 2 ? QStringLiteral("cat") : QStringLiteral("dog"),
                                                 0.3 + 0.1 * (i % 7),
                                                 i % 5 == 0,
                                                 0.1,
                                                 {} });
        }
        QVERIFY(storage.commit());
        QVERIFY(storage.annotations().replace(d.id, results));
        for (const bool ascending : { true, false }) {
            for (const double low : { 0.0, 0.45 }) {
                AutoQuery q;
                q.ascending = ascending;
                q.lowScore = low;
                q.limit = 37;
                QStringList seen;
                double previous = ascending ? -1 : 2;
                for (q.offset = 0;; q.offset += q.limit) {
                    const QList<SampleRecord> page = storage.annotations().list(d.id, q);
                    for (const SampleRecord &s : page) {
                        seen.append(s.id);
                        const double score = s.autoAnnotation->score;
                        QVERIFY(ascending ? score >= previous : score <= previous);
                        previous = score;
                    }
                    if (page.size() < q.limit)
                        break;
                }
                const qint64 expected = storage.annotations().count(d.id, q);
                QCOMPARE(seen.size(), expected);
                QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), expected);
                QVERIFY(expected == 530 || low > 0);
            }
        }
        // A change between two pages: the next page is found by offset again, not from a stale cursor.
        AutoQuery q;
        q.ascending = true;
        q.limit = 100;
        const QList<SampleRecord> first = storage.annotations().list(d.id, q);
        QVERIFY(storage.samples().replaceLabels(first.first().id, { SampleLabelRecord{ QStringLiteral("dog"), 0, {}, {} } },
                                                QStringLiteral("h"), 1));
        q.offset = 100;
        const QList<SampleRecord> second = storage.annotations().list(d.id, q);
        QCOMPARE(second.first().id, [&] {
            AutoQuery all;
            all.ascending = true;
            all.limit = 1;
            all.offset = 100;
            return storage.annotations().list(d.id, all).first().id;
        }());
        QCOMPARE(storage.annotations().count(d.id, AutoQuery{}), qint64(529));
    }

    void pagingCursorsAreSharedByConnectionsAndDropOnAnyCommit()
    {
        // The service's workers each have a connection: a listing's next page may be read on another one,
        // and a change committed on a third must not leave a stale cursor behind on either.
        const QString dir = m_dir.filePath(QStringLiteral("shared"));
        Storage a(dir);
        Storage b(dir);
        QVERIFY(a.open());
        QVERIFY(b.open());
        QCOMPARE(&a.database().listingCache(), &b.database().listingCache());
        const DatasetRecord d = dataset(a, QStringLiteral("two"));
        QHash<QString, AutoAnnotationRecord> results;
        QVERIFY(a.transaction());
        for (int i = 0; i < 300; ++i) {
            const SampleRecord s = sample(d.id, QStringLiteral("%1.jpg").arg(i));
            QVERIFY(a.samples().insert(s));
            results.insert(s.id, AutoAnnotationRecord{ QStringLiteral("T"), QStringLiteral("cat"), 0.2 + 0.001 * i, false, 0, {} });
        }
        QVERIFY(a.commit());
        QVERIFY(a.annotations().replace(d.id, results));
        auto fresh = [&](qint64 offset) { // read without a cursor: from offset 0
            AutoQuery all;
            all.limit = offset + 100;
            return a.annotations().list(d.id, all).mid(offset);
        };
        AutoQuery q;
        q.limit = 100;
        const QList<SampleRecord> first = a.annotations().list(d.id, q);
        q.offset = 100;
        QCOMPARE(b.annotations().list(d.id, q).first().id, fresh(100).first().id); // the cursor left by a
        // b confirms 30 samples of the first page in a batch: the second page moves by 30, on a as well.
        q.offset = 0;
        (void)b.annotations().list(d.id, q);
        QVERIFY(b.transaction());
        for (int i = 0; i < 30; ++i)
            QVERIFY(b.samples().replaceLabels(first[i].id, { SampleLabelRecord{ QStringLiteral("cat"), 0, {}, {} } }, QStringLiteral("h"),
                                              1));
        QVERIFY(b.commit());
        q.offset = 100;
        const QList<SampleRecord> second = a.annotations().list(d.id, q);
        QCOMPARE(second.size(), 100);
        QCOMPARE(second.first().id, fresh(100).first().id);
        QCOMPARE(a.annotations().count(d.id, AutoQuery{}), qint64(270));
        // Outside a transaction too.
        QVERIFY(b.samples().replaceLabels(second.first().id, { SampleLabelRecord{ QStringLiteral("cat"), 0, {}, {} } }, QStringLiteral("h"),
                                          1));
        QCOMPARE(a.annotations().count(d.id, AutoQuery{}), qint64(269));
        // A page asked for before the one ahead of it came back (clients ask several at a time) starts
        // from the nearest end known before it and skips only the rest.
        q.offset = 0;
        (void)a.annotations().list(d.id, q);
        q.offset = 210;
        QCOMPARE(a.annotations().list(d.id, q).first().id, fresh(210).first().id);
        ListingCache cache;
        const quint64 g = cache.generation();
        cache.setPageEnd(QStringLiteral("k"), 100, g, ListingCache::PageEnd{ 0.3, 7 });
        cache.setPageEnd(QStringLiteral("k"), 200, g, ListingCache::PageEnd{ 0.5, 9 });
        QCOMPARE(cache.pageEndBefore(QStringLiteral("k"), 250, g)->first, qint64(200));
        QCOMPARE(cache.pageEndBefore(QStringLiteral("k"), 150, g)->second.rowid, qint64(7));
        QVERIFY(!cache.pageEndBefore(QStringLiteral("k"), 50, g));
        QVERIFY(!cache.pageEndBefore(QStringLiteral("other"), 250, g));
        cache.changed();
        QVERIFY(!cache.pageEndBefore(QStringLiteral("k"), 250, cache.generation()));
    }

    // Commits of anything else than auto annotations and labels (a login's token, a task's progress) keep
    // the cursors: 50 clients paging while a task runs would otherwise all skip `offset` entries again.
    void onlyCommitsOfListedDataDropTheCursors()
    {
        Storage a(m_dir.filePath(QStringLiteral("unrelated")));
        QVERIFY(a.open());
        const DatasetRecord d = dataset(a, QStringLiteral("one"));
        const SampleRecord s = sample(d.id, QStringLiteral("a.jpg"));
        QVERIFY(a.samples().insert(s));
        ListingCache &cache = a.database().listingCache();
        auto unrelatedCommit = [&] { // a transaction of its own
            QVERIFY(a.identity().upsertUser(QStringLiteral("d"), QStringLiteral("u"), QStringLiteral("p"), QByteArray("hash")));
        };
        auto relabel = [&] {
            return a.samples().replaceLabels(s.id, { SampleLabelRecord{ QStringLiteral("cat"), 0, {}, {} } }, QStringLiteral("h"), 1);
        };
        const quint64 before = cache.generation();
        unrelatedCommit();
        QCOMPARE(cache.generation(), before);
        // Labels written in a transaction: moved at the write, and again at the commit.
        QVERIFY(a.transaction());
        QVERIFY(relabel());
        const quint64 written = cache.generation();
        QVERIFY(written > before);
        QVERIFY(a.commit());
        QVERIFY(cache.generation() > written);
        // Rolled back, nothing changed: the next commit of something else keeps the cursors.
        QVERIFY(a.transaction());
        QVERIFY(relabel());
        a.rollback();
        const quint64 rolledBack = cache.generation();
        unrelatedCommit();
        QCOMPARE(cache.generation(), rolledBack);
        // Auto annotations replaced (what a task's end writes), in a transaction of its own.
        QVERIFY(a.annotations().replace(
                d.id, { { s.id, AutoAnnotationRecord{ QStringLiteral("T"), QStringLiteral("cat"), 0.5, false, 0, {} } } }));
        QVERIFY(cache.generation() > rolledBack + 1);
    }

    // The schema keeps each dataset's number of auto annotations (a listing's first page reads it instead
    // of counting), from the rows a version-2 database already had, as tasks replace them and
    // confirmations remove them.
    void autoAnnotationCountsAreKeptByTheSchema()
    {
        const QString dir = m_dir.filePath(QStringLiteral("counted"));
        QString datasetId;
        {
            Storage old(dir);
            QVERIFY(old.database().open(2));
            const DatasetRecord d = dataset(old, QStringLiteral("old"));
            datasetId = d.id;
            QHash<QString, AutoAnnotationRecord> results;
            for (int i = 0; i < 40; ++i) {
                const SampleRecord s = sample(d.id, QStringLiteral("%1.jpg").arg(i));
                QVERIFY(old.samples().insert(s));
                results.insert(s.id, AutoAnnotationRecord{ QStringLiteral("T"), QStringLiteral("cat"), 0.01 * i, false, 0, {} });
            }
            QVERIFY(old.annotations().replace(d.id, results));
        }
        Storage storage(dir);
        QVERIFY2(storage.open(), qPrintable(storage.lastError()));
        QCOMPARE(storage.annotations().count(datasetId, AutoQuery{}), qint64(40));
        QCOMPARE(storage.datasets().counts(datasetId).autoPending, qint64(40));
        AutoQuery some;
        some.highScore = 0.195; // a filtered count still counts
        QCOMPARE(storage.annotations().count(datasetId, some), qint64(20));
        const QList<SampleRecord> listed = storage.annotations().list(datasetId, AutoQuery{});
        QVERIFY(storage.samples().replaceLabels(listed.first().id, { SampleLabelRecord{ QStringLiteral("cat"), 0, {}, {} } },
                                                QStringLiteral("h"), 1));
        QCOMPARE(storage.annotations().count(datasetId, AutoQuery{}), qint64(39));
        QHash<QString, AutoAnnotationRecord> fewer;
        fewer.insert(listed.last().id, AutoAnnotationRecord{ QStringLiteral("T2"), QStringLiteral("cat"), 0.9, false, 0, {} });
        QVERIFY(storage.annotations().replace(datasetId, fewer));
        QCOMPARE(storage.annotations().count(datasetId, AutoQuery{}), qint64(1));
        QCOMPARE(storage.datasets().counts(datasetId).autoPending, qint64(1));
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
};

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"
