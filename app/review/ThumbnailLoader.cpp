#include "review/ThumbnailLoader.h"

#include "review/ThumbnailFetcher.h"

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
    , m_fetcher(new ThumbnailFetcher([this] { QMetaObject::invokeMethod(this, &ThumbnailLoader::deliver, Qt::QueuedConnection); }))
{
    m_thread.setObjectName(QStringLiteral("thumbnails"));
    m_fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    m_thread.start();
    setCacheBytes(128LL * 1024 * 1024);
}

ThumbnailLoader::~ThumbnailLoader()
{
    // The fetcher is deleted on its thread as it ends (its downloads aborted, its decoding threads waited
    // for): nothing touches this object after it is gone, and what it had posted here is dropped with it.
    m_thread.quit();
    m_thread.wait();
}

void ThumbnailLoader::setThumbnailSize(int px)
{
    if (px == m_size)
        return;
    m_size = qBound(32, px, 1024);
    m_cache.clear();
}

QImage ThumbnailLoader::cached(const QString &id, Status *status) const
{
    if (const QImage *image = m_cache.object(id)) {
        *status = Status::Ready;
        return *image;
    }
    *status = m_failed.contains(id) ? Status::Failed : Status::Loading;
    return {};
}

QImage ThumbnailLoader::thumbnail(const QString &id, const QUrl &url, Status *status)
{
    if (const QImage *cached = m_cache.object(id)) {
        if (status)
            *status = Status::Ready;
        return *cached;
    }
    if (m_failed.contains(id)) {
        if (status)
            *status = Status::Failed;
        return {};
    }
    if (status)
        *status = Status::Loading;
    if (m_inFlight.contains(id))
        return {};
    // Asked again (painted again): to the back of the queue, ahead of what scrolled away.
    const quint64 seq = ++m_seq;
    m_wanted.insert(id, Wanted{ url, seq });
    m_queue.emplace_back(id, seq);
    while (int(m_queue.size()) > m_maxQueued) {
        const auto [oldId, oldSeq] = m_queue.front();
        m_queue.pop_front();
        const auto it = m_wanted.constFind(oldId);
        if (it != m_wanted.cend() && it->seq == oldSeq)
            m_wanted.erase(it);
    }
    schedulePump();
    return {};
}

void ThumbnailLoader::clearQueue()
{
    m_queue.clear();
    m_wanted.clear();
}

void ThumbnailLoader::schedulePump()
{
    // Painting asks for a screen of thumbnails at once: one event hands them all over, newest first.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &ThumbnailLoader::pump, Qt::QueuedConnection);
}

void ThumbnailLoader::pump()
{
    m_pumpScheduled = false;
    std::vector<ImageJob> jobs;
    while (int(m_inFlight.size()) < maxConcurrent && !m_queue.empty()) {
        const auto [id, seq] = m_queue.back();
        m_queue.pop_back();
        const auto it = m_wanted.constFind(id);
        if (it == m_wanted.cend() || it->seq != seq)
            continue; // asked again later: that later entry counts
        const QUrl url = it->url;
        m_wanted.erase(it);
        if (m_inFlight.contains(id) || m_cache.contains(id))
            continue;
        m_inFlight.insert(id, url);
        jobs.push_back(ImageJob{ id, url, m_size, 0 });
    }
    if (!jobs.empty())
        m_fetcher->submit(std::move(jobs), m_ssl, false);
}

void ThumbnailLoader::deliver()
{
    bool freed = false;
    for (ImageResult &result : m_fetcher->takeResults()) {
        const QString error = result.image.isNull() ? fetchFailure(result.httpStatus, result.error) : QString();
        if (result.ticket != 0) {
            const ImageRequest request = m_images.take(result.ticket);
            if (request.context)
                request.done(result.image, error);
            continue;
        }
        freed = true;
        const QUrl url = m_inFlight.take(result.id);
        if (result.image.isNull()) {
            m_failed.insert(result.id, error);
            emit thumbnailFailed(result.id, error);
        } else if (result.maxSide == m_size) {
            const qint64 bytes = result.image.sizeInBytes();
            m_cache.insert(result.id, new QImage(std::move(result.image)), qMax<qint64>(1, bytes / 1024));
            emit thumbnailReady(result.id);
        } else {
            thumbnail(result.id, url); // decoded at a size no longer shown: again, at the size asked for now
        }
    }
    if (freed)
        pump();
}

int ThumbnailLoader::resultsWaiting() const { return m_fetcher->resultsWaiting(); }

QString ThumbnailLoader::fetchFailure(int httpStatus, const QString &networkError)
{
    return httpStatus >= 400 ? tr("HTTP %1 from the image service").arg(httpStatus) : networkError;
}

QImage ThumbnailLoader::decode(const QByteArray &bytes, int maxSide, QString *error)
{
    return ThumbnailFetcher::decode(bytes, maxSide, error);
}

void ThumbnailLoader::loadImage(const QUrl &url, int maxSide, QObject *context, std::function<void(const QImage &, const QString &)> done)
{
    const quint64 ticket = ++m_nextTicket;
    m_images.insert(ticket, ImageRequest{ context, std::move(done) });
    // Ahead of the thumbnails queued in the network layer: the user is waiting for this one.
    m_fetcher->submit({ ImageJob{ QString(), url, maxSide, ticket } }, m_ssl, true);
}
