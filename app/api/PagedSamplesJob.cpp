#include "api/PagedSamplesJob.h"

#include "threads/OffThread.h"
#include "json/JsonCodec.h"

#include <utility>

PagedSamplesJob::PagedSamplesJob(ApiConnection *connection, PageUrl pageUrl, bool keepPages, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_pageUrl(std::move(pageUrl))
    , m_keepPages(keepPages)
{
}

void PagedSamplesJob::start()
{
    fetchPage(0, [this](const Result<Page> &r) { onFirstPage(r); });
}

// Decoded, and prepared when the caller asked, in one step on the pool.
void PagedSamplesJob::fetchPage(int page, std::function<void(const Result<Page> &)> done)
{
    if (!m_connection)
        return;
    auto decode = [prepare = m_prepare](const QByteArray &body) {
        jsoncodec::Decoded<SamplePage> decoded = jsoncodec::decodeSamplePage(body);
        if (!decoded.ok())
            return jsoncodec::Decoded<Page>::failure(decoded.error);
        Page p;
        p.size = decoded.value->samples.size();
        p.total = decoded.value->total;
        if (prepare)
            p.prepared = prepare(decoded.value->samples); // the samples are let go here, on the pool
        else
            p.samples = std::move(decoded.value->samples);
        return jsoncodec::Decoded<Page>{ std::move(p), {} };
    };
    m_connection->fetchDecodedOffThread<Page>(ApiConnection::get(m_pageUrl(page)), this, std::move(done), decode);
}

void PagedSamplesJob::cancel()
{
    m_finished = true;
    deleteLater();
}

void PagedSamplesJob::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(Result<QList<Sample>>::failure(error));
    deleteLater();
}

// The count the service gives is a hint for how many pages to ask for at once, never the end: the listing
// ends at the first page shorter than the limit (a count that lies, 1e300, -5 or 2e9, neither cuts it
// short nor makes it wait for pages that never come), and at maxPages at most.
void PagedSamplesJob::onFirstPage(const Result<Page> &r)
{
    if (!r.ok()) {
        fail(r.error);
        return;
    }
    m_total = qBound<qint64>(0, r.value->total, qint64(maxPages) * ApiConnection::pageLimit);
    m_hintPages = int((m_total + ApiConnection::pageLimit - 1) / ApiConnection::pageLimit);
    m_pages.emplace_back(*r.value);
    arrived(0);
    deliverReady();
    requestMore();
}

void PagedSamplesJob::onPage(int page, const Result<Page> &r)
{
    --m_inFlight;
    if (m_finished)
        return;
    if (page >= m_end)
        return requestMore(); // past the end another page showed: nothing
    if (!r.ok()) {
        fail(r.error);
        return;
    }
    m_pages[size_t(page)] = *r.value;
    arrived(page);
    deliverReady();
    requestMore();
}

// A short page is the last; pages after it are dropped. Leading full pages let the listing go past the count.
void PagedSamplesJob::arrived(int page)
{
    if (m_pages[size_t(page)]->size < ApiConnection::pageLimit && page < m_end) {
        m_end = page + 1;
        m_pages.resize(size_t(m_end));
    }
    while (m_fullPages < int(m_pages.size()) && m_pages[size_t(m_fullPages)]
           && m_pages[size_t(m_fullPages)]->size >= ApiConnection::pageLimit)
        ++m_fullPages;
}

bool PagedSamplesJob::mayRequest(int page) const
{
    if (page >= m_end || page >= maxPages)
        return false;
    // Within the count, or past it once every page before came back full (the count was too low).
    return page < m_hintPages || page <= m_fullPages;
}

void PagedSamplesJob::requestMore()
{
    while (m_connection && !m_finished && m_inFlight < parallelPages && mayRequest(m_nextToRequest)) {
        const int page = m_nextToRequest++;
        ++m_inFlight;
        if (int(m_pages.size()) <= page)
            m_pages.resize(size_t(page) + 1);
        fetchPage(page, [this, page](const Result<Page> &r) { onPage(page, r); });
    }
    if (!m_finished && m_inFlight == 0 && m_end == std::numeric_limits<int>::max() && m_nextToRequest >= maxPages)
        fail(ApiError{ ApiError::Kind::Decode, 0, {}, QStringLiteral("the listing did not end after %1 pages").arg(maxPages), {} });
}

// Pages in order as they are complete; a few at a time: when a late page lets eight through at once, the
// rest go in the next passes of the event loop (what a receiver does with each page adds up).
void PagedSamplesJob::deliverReady()
{
    m_deliveryQueued = false;
    if (m_finished) // failed or cancelled meanwhile
        return;
    for (int passed = 0; m_delivered < int(m_pages.size()) && m_pages[size_t(m_delivered)]; ++passed) {
        if (passed == kPagesPerPass) {
            if (!m_deliveryQueued) {
                m_deliveryQueued = true;
                QMetaObject::invokeMethod(this, &PagedSamplesJob::deliverReady, Qt::QueuedConnection);
            }
            return;
        }
        handOn(*m_pages[size_t(m_delivered)]);
        ++m_delivered;
        emit progress(m_delivered, std::max<qint64>(m_hintPages, m_delivered));
    }
    if (m_delivered < m_end || m_finished)
        return;
    m_finished = true;
    QList<Sample> all;
    if (m_keepPages)
        all.reserve(m_seen);
    for (const auto &page : m_pages)
        all += page->samples;
    emit finished(Result<QList<Sample>>{ all, {} });
    deleteLater();
}

void PagedSamplesJob::handOn(Page &page)
{
    m_seen += page.size;
    if (m_prepare)
        emit preparedArrived(page.prepared, std::max(m_total, m_seen));
    else
        emit pageArrived(page.samples, std::max(m_total, m_seen));
    if (!m_keepPages) // let go, freed on the pool that decoded it
        offthread::dispose(QThreadPool::globalInstance(), std::exchange(page, Page{}));
}
