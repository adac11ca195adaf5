#include "review/ThumbnailLoader.h"

#include "BackgroundThread.h"
#include "OffThread.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_decoders.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    setCacheBytes(128LL * 1024 * 1024);
}

ThumbnailLoader::~ThumbnailLoader()
{
    for (QNetworkReply *reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->abort();
    }
    {
        QMutexLocker lock(&m_decodeMutex);
        m_toDecode.clear(); // the decoding threads stop after the image they are on
    }
    m_decoders.clear();
    m_decoders.waitForDone(); // no decoding thread touches this object after it is gone
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
    if (m_inFlight.contains(id) || m_decoding.contains(id))
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
    QMetaObject::invokeMethod(this, &ThumbnailLoader::pump, Qt::QueuedConnection);
    return {};
}

void ThumbnailLoader::clearQueue()
{
    m_queue.clear();
    m_wanted.clear();
}

QNetworkReply *ThumbnailLoader::get(const QUrl &url, QNetworkRequest::Priority priority)
{
    QNetworkRequest request(url);
    request.setPriority(priority);
    // HTTP/1.1 servers get up to three GETs in a row on each connection (HTTP/2 multiplexes anyway): small
    // images are bound by round trips, not by bytes.
    request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(30000);
    // Nothing but the bytes: no disk cache, no cookies (presigned URLs need none).
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return m_network->get(request);
}

void ThumbnailLoader::pump()
{
    while (int(m_inFlight.size()) < maxConcurrent && !m_queue.empty()) {
        const auto [id, seq] = m_queue.back();
        m_queue.pop_back();
        const auto it = m_wanted.constFind(id);
        if (it == m_wanted.cend() || it->seq != seq)
            continue; // asked again later: that later entry counts
        const QUrl url = it->url;
        m_wanted.erase(it);
        if (m_inFlight.contains(id) || m_decoding.contains(id) || m_cache.contains(id))
            continue;
        QNetworkReply *reply = get(url, QNetworkRequest::NormalPriority);
        m_inFlight.insert(id, reply);
        connect(reply, &QNetworkReply::finished, this,
                [this, id = id, reply] { finished(id, reply); }); // (a binding: clang 14 cannot capture it)
    }
}

void ThumbnailLoader::finished(const QString &id, QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        m_inFlight.remove(id);
        const QString error = status >= 400 ? tr("HTTP %1 from the image service").arg(status) : reply->errorString();
        m_failed.insert(id, error);
        emit thumbnailFailed(id, error);
        pump();
        return;
    }
    const QByteArray bytes = reply->readAll();
    // The download slot is free again; decoding goes on beside the next downloads.
    m_inFlight.remove(id);
    m_decoding.insert(id);
    {
        QMutexLocker lock(&m_decodeMutex);
        m_toDecode.push_back(Decode{ id, bytes, m_size });
        if (m_decodingThreads < m_decoders.maxThreadCount()) {
            ++m_decodingThreads;
            m_decoders.start([this] { decodeQueued(); });
        }
    }
    pump();
}

void ThumbnailLoader::decodeQueued()
{
    background::yieldToInteractiveThreads(); // the GUI thread comes first
    for (;;) {
        Decode job;
        {
            QMutexLocker lock(&m_decodeMutex);
            if (m_toDecode.empty()) {
                --m_decodingThreads;
                return;
            }
            job = std::move(m_toDecode.front());
            m_toDecode.pop_front();
        }
        QString error;
        QImage image = decode(job.bytes, job.size, &error);
        QMutexLocker lock(&m_decodeMutex);
        m_decoded.push_back(Decoded{ job.id, job.size, std::move(image), error });
        if (m_decoded.size() == 1) // the first of a batch: one event delivers all that come before it runs
            QMetaObject::invokeMethod(this, &ThumbnailLoader::deliverDecoded, Qt::QueuedConnection);
    }
}

void ThumbnailLoader::deliverDecoded()
{
    std::vector<Decoded> batch;
    {
        QMutexLocker lock(&m_decodeMutex);
        batch.swap(m_decoded);
    }
    for (Decoded &result : batch) {
        m_decoding.remove(result.id);
        if (result.image.isNull()) {
            m_failed.insert(result.id, result.error);
            emit thumbnailFailed(result.id, result.error);
        } else if (result.size == m_size) {
            const qint64 bytes = result.image.sizeInBytes();
            m_cache.insert(result.id, new QImage(std::move(result.image)), qMax<qint64>(1, bytes / 1024));
            emit thumbnailReady(result.id);
        }
    }
}

std::pair<QImage, QString> ThumbnailLoader::decodeOrError(const QByteArray &bytes, int maxSide)
{
    QString error;
    QImage image = decode(bytes, maxSide, &error);
    return { image, error };
}

QImage ThumbnailLoader::decode(const QByteArray &bytes, int maxSide, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (maxSide > 0 && full.isValid() && (full.width() > maxSide || full.height() > maxSide))
        reader.setScaledSize(full.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("The image cannot be read: %1").arg(reader.errorString());
        return {};
    }
    // One pixel format for painting: no conversion on the GUI thread.
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    return image;
}

void ThumbnailLoader::loadImage(const QUrl &url, int maxSide, QObject *context, std::function<void(const QImage &, const QString &)> done)
{
    // Ahead of the thumbnails queued in the network layer: the user is waiting for this one.
    QNetworkReply *reply = get(url, QNetworkRequest::HighPriority);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, maxSide, guard, done] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status >= 400) {
            done({}, status >= 400 ? tr("HTTP %1 from the image service").arg(status) : reply->errorString());
            return;
        }
        const QByteArray bytes = reply->readAll();
        offthread::run(
                &m_decoders, this, [bytes, maxSide] { return decodeOrError(bytes, maxSide); },
                [guard, done](const std::pair<QImage, QString> &result) {
                    if (guard)
                        done(result.first, result.second);
                });
    });
}
