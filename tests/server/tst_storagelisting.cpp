#include "storage/ListingCache.h"
#include "storage/Storage.h"
#include "support/StorageRecords.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using storagetest::dataset;
using storagetest::sample;

// Listing auto annotations page after page: every sample once, in score order, from cursors that every
// connection shares and any commit of listed data drops; counts the schema keeps; a file read, not mapped.
class tst_StorageListing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

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
            for (const double low : { 0.0, 0.45, -1.0 }) {
                AutoQuery q;
                q.ascending = ascending;
                q.lowScore = qMax(0.0, low);
                if (low < 0)
                    q.sampleName = QStringLiteral("1"); // 1.jpg, 10.jpg, 21.jpg, ...: a name filter drops entries
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
                QVERIFY(expected == 530 || low != 0);
                if (low < 0) { // filtered pages resume where the page before ended too, as unfiltered ones do
                    int named = 0;
                    for (int i = 0; i < 530; ++i)
                        named += QString::number(i).contains(QLatin1Char('1')) ? 1 : 0;
                    QCOMPARE(expected, qint64(named));
                    const ListingCache &cache = storage.database().listingCache();
                    const QString key =
                            AnnotationStore::queryKey(d.id, q) + (ascending ? QStringLiteral("|asc|") : QStringLiteral("|desc|"));
                    QVERIFY(cache.pageEndBefore(key, q.limit * 2, cache.generation()));
                }
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
    void aWholeDatasetIsListedWithEveryLabel()
    {
        // More samples than SQLite binds in one statement (32,766 by default, 250,000 as Debian builds it):
        // a task, a publish or an export lists them all, and every label comes with its sample.
        const QString dir = m_dir.filePath(QStringLiteral("whole"));
        Storage storage(dir);
        QVERIFY2(storage.open(), qPrintable(storage.lastError()));
        const DatasetRecord d = dataset(storage, QStringLiteral("large"));
        constexpr int count = 260000;
        QVERIFY(storage.transaction());
        QVERIFY2(storage.database().execute(
                         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                                        " INSERT INTO samples(id, dataset_id, name, dir, rel_path, source_key, size, time_ms, width,"
                                        " height, channels, status) SELECT printf('s%06d', i), ?, printf('%d.jpg', i), '/d/',"
                                        " printf('images/%d.jpg', i), printf('/d/%d.jpg', i), 1, 0, 10, 20, 3,"
                                        " CASE i % 3 WHEN 0 THEN 'UN_ANNOTATION' ELSE 'MANUAL_ANNOTATION' END FROM n")
                                 .arg(count - 1),
                         { d.id }),
                 qPrintable(storage.lastError()));
        QVERIFY2(storage.database().execute(QStringLiteral("INSERT INTO sample_labels(sample_id, ordinal, name) SELECT id, 0,"
                                                           " CASE CAST(substr(id, 2) AS INTEGER) % 3 WHEN 1 THEN 'cat' ELSE 'dog' END"
                                                           " FROM samples WHERE dataset_id = ? AND status = 'MANUAL_ANNOTATION'"),
                                            { d.id }),
                 qPrintable(storage.lastError()));
        QVERIFY(storage.commit());
        SampleQuery all;
        all.limit = std::numeric_limits<qint64>::max();
        const QList<SampleRecord> listed = storage.samples().list(d.id, all);
        QVERIFY2(storage.lastError().isEmpty(), qPrintable(storage.lastError()));
        QCOMPARE(listed.size(), qsizetype(count));
        for (const SampleRecord &s : listed) {
            const int i = s.name.chopped(4).toInt();
            const QString expected = i % 3 == 0 ? QString() : i % 3 == 1 ? QStringLiteral("cat") : QStringLiteral("dog");
            QCOMPARE(s.labels.size(), expected.isEmpty() ? 0 : 1);
            if (!expected.isEmpty())
                QCOMPARE(s.labels.first().name, expected);
        }
    }

    void aTaskReadsEachImageWithItsFirstLabel()
    {
        const QString dir = m_dir.filePath(QStringLiteral("images"));
        Storage storage(dir);
        QVERIFY2(storage.open(), qPrintable(storage.lastError()));
        const DatasetRecord d = dataset(storage, QStringLiteral("few"));
        SampleRecord two = sample(d.id, QStringLiteral("two.jpg"), QStringLiteral("dog"));
        two.labels.append(SampleLabelRecord{ QStringLiteral("cat"), 0, std::nullopt, {} });
        SampleRecord none = sample(d.id, QStringLiteral("none.png"));
        none.channels = 4;
        QVERIFY(storage.samples().insert(two));
        QVERIFY(storage.samples().insert(none));
        QVERIFY(storage.samples().insert(
                sample(dataset(storage, QStringLiteral("other")).id, QStringLiteral("x.jpg"), QStringLiteral("cat"))));
        const QList<SampleImage> images = storage.samples().images(d.id);
        QCOMPARE(images.size(), 2);
        QCOMPARE(images[0].id, two.id);
        QCOMPARE(images[0].name, QStringLiteral("two.jpg"));
        QCOMPARE(images[0].relPath, QStringLiteral("images/two.jpg"));
        QCOMPARE(images[0].channels, 3);
        QCOMPARE(images[0].label, QStringLiteral("dog")); // the first of its labels
        QCOMPARE(images[1].id, none.id);
        QCOMPARE(images[1].channels, 4);
        QVERIFY(images[1].label.isEmpty());
    }

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
};

QTEST_GUILESS_MAIN(tst_StorageListing)
#include "tst_storagelisting.moc"
