#pragma once

#include "api/ApiConnection.h"

#include <QObject>
#include <QPointer>

#include <limits>
#include <vector>

// Every sample of a paged listing (samples or auto annotations): the first page says how many there
// are, then a few pages are in flight at a time (parallelPages); pages are parsed off
// the GUI thread and handed on in order as soon as they and those before them are in. With keepPages,
// `finished` carries them all; without, each page is let go once handed on. The job deletes itself after
// `finished`; cancel() requests no further page and emits nothing more.
class PagedSamplesJob final : public QObject
{
    Q_OBJECT
public:
    using PageUrl = std::function<QUrl(int page)>;
    static constexpr int parallelPages = 8; // pages in flight: the service is never left waiting
    static constexpr int maxPages = 200000; // 20 million samples: a listing that goes on is an error

    PagedSamplesJob(ApiConnection *connection, PageUrl pageUrl, bool keepPages, QObject *parent);
    Q_DISABLE_COPY_MOVE(PagedSamplesJob)

    void start();
    void cancel();

signals:
    void pageArrived(const QList<Sample> &page, qint64 total);
    void progress(qint64 pagesDone, qint64 pages);
    void finished(const Result<QList<Sample>> &result);

private:
    void onFirstPage(const Result<SamplePage> &r);
    void onPage(int page, const Result<SamplePage> &r);
    void arrived(int page);
    bool mayRequest(int page) const;
    void requestMore();
    void deliverReady();
    void fail(const ApiError &error);
    void fetchPage(int page, std::function<void(const Result<SamplePage> &)> done);

    QPointer<ApiConnection> m_connection;
    PageUrl m_pageUrl;
    bool m_keepPages;
    std::vector<std::optional<QList<Sample>>> m_pages;
    int m_nextToRequest = 1;
    int m_inFlight = 0;
    int m_delivered = 0; // pages handed on, in order
    int m_hintPages = 1; // from the service's count
    int m_fullPages = 0; // leading pages in and full
    int m_end = std::numeric_limits<int>::max(); // one past the last page, once a short page came
    qint64 m_total = 0; // the service's count, clamped
    qint64 m_seen = 0; // samples handed on
    bool m_finished = false;
    bool m_deliveryQueued = false; // another pass of deliverReady() is on its way
    static constexpr int kPagesPerPass = 2;
};
