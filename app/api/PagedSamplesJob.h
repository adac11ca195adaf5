#pragma once

#include "api/ApiConnection.h"

#include <QObject>
#include <QPointer>

#include <any>
#include <functional>
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
    // What a caller makes of each page, on the pool, in the same step that decodes it (the review makes
    // its rows ready for the model there): what it returns goes to preparedArrived, in order, and the page's
    // samples are let go on the pool.
    using Prepare = std::function<std::any(const QList<Sample> &page)>;
    static constexpr int parallelPages = 8; // pages in flight: the service is never left waiting
    static constexpr int maxPages = 200000; // 20 million samples: a listing that goes on is an error

    PagedSamplesJob(ApiConnection *connection, PageUrl pageUrl, bool keepPages, QObject *parent);
    Q_DISABLE_COPY_MOVE(PagedSamplesJob)

    // Before start(): each page prepared on the pool; preparedArrived instead of pageArrived (keepPages off).
    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    void start();
    void cancel();

signals:
    void pageArrived(const QList<Sample> &page, qint64 total);
    void preparedArrived(const std::any &prepared, qint64 total);
    void progress(qint64 pagesDone, qint64 pages);
    void finished(const Result<QList<Sample>> &result);

private:
    void arrived(int page);
    bool mayRequest(int page) const;
    void requestMore();
    void deliverReady();
    void fail(const ApiError &error);
    // A page as it comes back: its samples (none when prepared), what was made of them, and how many.
    struct Page
    {
        QList<Sample> samples;
        std::any prepared;
        qsizetype size = 0;
        qint64 total = 0; // the service's count
    };
    void fetchPage(int page, std::function<void(const Result<Page> &)> done);
    void onFirstPage(const Result<Page> &r);
    void onPage(int page, const Result<Page> &r);
    void handOn(Page &page);

    QPointer<ApiConnection> m_connection;
    PageUrl m_pageUrl;
    bool m_keepPages;
    Prepare m_prepare;
    std::vector<std::optional<Page>> m_pages;
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
