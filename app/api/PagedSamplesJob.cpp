#include "api/PagedSamplesJob.h"

PagedSamplesJob::PagedSamplesJob(ModelArtsClient *client, PageUrl pageUrl, bool keepPages, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pageUrl(std::move(pageUrl))
    , m_keepPages(keepPages)
{
}

void PagedSamplesJob::start()
{
    if (m_client)
        m_client->fetchSamplePage(m_pageUrl(0), this, [this](const Result<SamplePage> &r) { onFirstPage(r); });
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

void PagedSamplesJob::onFirstPage(const Result<SamplePage> &r)
{
    if (!r.ok()) {
        fail(r.error);
        return;
    }
    m_total = r.value->total;
    const qint64 pages = qMax<qint64>(1, (m_total + ModelArtsClient::pageLimit - 1) / ModelArtsClient::pageLimit);
    m_pages.resize(size_t(pages));
    m_pages[0] = r.value->samples;
    // A service that returns fewer than it counts on page 0 has nothing more.
    if (r.value->samples.size() < ModelArtsClient::pageLimit)
        m_pages.resize(1);
    deliverReady();
    requestMore();
}

void PagedSamplesJob::onPage(int page, const Result<SamplePage> &r)
{
    --m_inFlight;
    if (!r.ok()) {
        fail(r.error);
        return;
    }
    m_pages[size_t(page)] = r.value->samples;
    deliverReady();
    requestMore();
}

void PagedSamplesJob::requestMore()
{
    while (m_client && !m_finished && m_inFlight < ModelArtsClient::parallelPages && m_nextToRequest < int(m_pages.size())) {
        const int page = m_nextToRequest++;
        ++m_inFlight;
        m_client->fetchSamplePage(m_pageUrl(page), this, [this, page](const Result<SamplePage> &r) { onPage(page, r); });
    }
}

void PagedSamplesJob::deliverReady()
{
    while (m_delivered < int(m_pages.size()) && m_pages[size_t(m_delivered)]) {
        emit pageArrived(*m_pages[size_t(m_delivered)], m_total);
        if (!m_keepPages)
            *m_pages[size_t(m_delivered)] = QList<Sample>(); // let go (clear() would keep room)
        ++m_delivered;
        emit progress(m_delivered, qint64(m_pages.size()));
    }
    if (m_delivered < int(m_pages.size()) || m_finished)
        return;
    m_finished = true;
    QList<Sample> all;
    if (m_keepPages)
        all.reserve(m_total);
    for (const auto &page : m_pages)
        all += *page;
    emit finished(Result<QList<Sample>>{ all, {} });
    deleteLater();
}
