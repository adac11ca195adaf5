#include "support/ReviewSessionFixture.h"

#include <QThread>

#include <atomic>

// ModelArtsClient::streamPreparedAutoAnnotations against modelarts-local over real HTTP: each page made
// ready for the model on the pool, in the step that decodes it, and handed on in the listing's order,
// whole; nothing kept once handed on.
class tst_PreparedListing : public QObject, private ReviewSessionFixture
{
    Q_OBJECT
    using Rows = QList<SampleListModel::Prepared>;

    QStringList plainOrder()
    {
        std::optional<Result<QList<Sample>>> out;
        m_client->allAutoAnnotations(m_dataset, {}, this, [&](const Result<QList<Sample>> &r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value() && out->ok(), 30000); }();
        QStringList ids;
        if (out && out->ok())
            for (const Sample &s : *out->value)
                ids.append(s.id);
        return ids;
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void pagesArePreparedOnThePoolAndComeInOrder()
    {
        QThread *gui = QThread::currentThread();
        std::atomic_bool onPool = true;
        std::atomic_int prepared = 0;
        QStringList ids;
        qint64 lastTotal = 0;
        std::optional<Result<QList<Sample>>> done;
        m_client->streamPreparedAutoAnnotations<Rows>(
                m_dataset, {}, this,
                [&](const QList<Sample> &page) {
                    if (QThread::currentThread() == gui)
                        onPool = false;
                    ++prepared;
                    return SampleListModel::prepare(page);
                },
                [&](const Rows &rows, qint64 total) {
                    QVERIFY(!done.has_value()); // every page before the end
                    for (const SampleListModel::Prepared &p : rows)
                        ids.append(p.item.id);
                    lastTotal = total;
                },
                [&](const Result<QList<Sample>> &r) { done = r; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
        QVERIFY2(done->ok(), qPrintable(done->error.toString()));
        QVERIFY(done->value->isEmpty()); // a stream keeps nothing
        QVERIFY(onPool);
        QCOMPARE(prepared.load(), (kSamples + ModelArtsClient::pageLimit - 1) / ModelArtsClient::pageLimit);
        QCOMPARE(lastTotal, qint64(kSamples));
        QCOMPARE(ids, plainOrder());
    }

    void preparedRowsSplitTheirUrls()
    {
        std::optional<Rows> first;
        bool ended = false;
        m_client->streamPreparedAutoAnnotations<Rows>(
                m_dataset, {}, this, &SampleListModel::prepare,
                [&](const Rows &rows, qint64) {
                    if (!first)
                        first = rows;
                },
                [&](const Result<QList<Sample>> &) { ended = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ended, 30000);
        QVERIFY(first.has_value() && !first->isEmpty());
        // Made ready: the URL split into the part many share and the sample's own.
        const SampleListModel::Prepared &p = first->first();
        QVERIFY(!p.sourcePrefix.isEmpty());
        QVERIFY(QByteArray(p.sourcePrefix + p.item.sourceTail).contains(p.item.id.toUtf8()));
    }
};

QTEST_MAIN(tst_PreparedListing)
#include "tst_preparedlisting.moc"
