#include "review/PreparedPages.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

// PreparedPages: pages made ready for the model on the pool come back whole and in the order they were
// added, whichever is ready first; reset() drops those on their way.
class tst_PreparedPages : public QObject
{
    Q_OBJECT
private:
    static QList<Sample> page(int first, int count)
    {
        QList<Sample> samples;
        samples.reserve(count);
        for (int i = first; i < first + count; ++i) {
            Sample s;
            s.id = QStringLiteral("s%1").arg(i);
            s.name = s.id + QStringLiteral(".jpg");
            s.source = QStringLiteral("http://127.0.0.1:1/v1/p/datasets/d/samples/%1/file?sig=x%1").arg(i);
            samples.append(s);
        }
        return samples;
    }

    // Every id handed on, in the order it came.
    static void collectIds(PreparedPages &pages, QStringList &ids)
    {
        connect(&pages, &PreparedPages::ready, &pages, [&ids](const QList<SampleListModel::Prepared> &rows) {
            for (const auto &p : rows)
                ids.append(p.item.id);
        });
    }

private slots:
    void initTestCase() { QThreadPool::globalInstance()->setMaxThreadCount(std::max(2, QThreadPool::globalInstance()->maxThreadCount())); }

    // A large page then small ones: the small ones are ready first (two pool threads), and still come after it.
    void pagesComeInTheOrderTheyWereAdded()
    {
        PreparedPages pages;
        QStringList ids;
        collectIds(pages, ids);
        pages.add(page(0, 100000));
        for (int i = 0; i < 20; ++i)
            pages.add(page(100000 + i, 1));
        QVERIFY(!pages.isIdle());
        QTRY_VERIFY_WITH_TIMEOUT(pages.isIdle(), 60000);
        QCOMPARE(ids.size(), 100020);
        for (int i = 0; i < ids.size(); i += 997)
            QCOMPARE(ids[i], QStringLiteral("s%1").arg(i));
        QCOMPARE(ids.last(), QStringLiteral("s100019"));
        QCOMPARE(ids.first(), QStringLiteral("s0"));
        // Made ready: the URL split into the part many share and the sample's own.
        QSignalSpy spy(&pages, &PreparedPages::ready);
        pages.add(page(7, 1));
        QVERIFY(spy.wait(10000));
        const auto rows = spy.first().first().value<QList<SampleListModel::Prepared>>();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().item.name, QStringLiteral("s7.jpg"));
        QCOMPARE(rows.first().sourcePrefix + rows.first().item.sourceTail,
                 QByteArray("http://127.0.0.1:1/v1/p/datasets/d/samples/7/file?sig=x7"));
    }

    // A listing started again: pages of the old one on their way never come.
    void resetDropsThePagesOnTheirWay()
    {
        PreparedPages pages;
        QStringList ids;
        collectIds(pages, ids);
        pages.add(page(0, 50000));
        pages.add(page(50000, 3));
        pages.reset();
        QVERIFY(pages.isIdle());
        pages.add(page(900, 2));
        QTRY_VERIFY_WITH_TIMEOUT(pages.isIdle(), 30000);
        QThreadPool::globalInstance()->waitForDone(); // the old pages are done too; their answers are dropped
        QCoreApplication::sendPostedEvents();
        QCOMPARE(ids, (QStringList{ QStringLiteral("s900"), QStringLiteral("s901") }));
    }
};

QTEST_GUILESS_MAIN(tst_PreparedPages)
#include "tst_preparedpages.moc"
