#include "review/ThumbnailFetcher.h"

#include "threads/BackgroundPriority.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

QNetworkRequest imageRequest(const QUrl &url, const QSslConfiguration &ssl, bool urgent)
{
    QNetworkRequest request(url);
    request.setPriority(urgent ? QNetworkRequest::HighPriority : QNetworkRequest::NormalPriority);
    // HTTP/1.1 servers get up to three GETs in a row on each connection (HTTP/2 multiplexes anyway): small
    // images are bound by round trips, not by bytes.
    request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(30000);
    // Nothing but the bytes: no disk cache, no cookies (presigned URLs need none).
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

} // namespace

ThumbnailFetcher::ThumbnailFetcher(std::function<void()> notify)
    : m_notify(std::move(notify))
{
    m_decoders.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
}

ThumbnailFetcher::~ThumbnailFetcher()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_toDecode.clear(); // the decoding threads stop after the image they are on
        m_submitted.clear();
    }
    if (m_network) {
        for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>()) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_decoders.clear();
    m_decoders.waitForDone();
}

void ThumbnailFetcher::submit(std::vector<ImageJob> jobs, const QSslConfiguration &ssl, bool urgent)
{
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        first = m_submitted.empty();
        for (ImageJob &job : jobs)
            m_submitted.push_back(Submitted{ std::move(job), ssl, urgent });
    }
    if (first) // one event starts every job submitted before it runs
        QMetaObject::invokeMethod(this, &ThumbnailFetcher::startSubmitted, Qt::QueuedConnection);
}

std::vector<ImageResult> ThumbnailFetcher::takeResults()
{
    std::vector<ImageResult> batch;
    QMutexLocker lock(&m_mutex);
    batch.swap(m_results);
    return batch;
}

int ThumbnailFetcher::resultsWaiting() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_results.size());
}

void ThumbnailFetcher::startSubmitted()
{
    std::vector<Submitted> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_submitted);
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    for (const Submitted &submitted : batch)
        start(submitted);
}

void ThumbnailFetcher::start(const Submitted &submitted)
{
    QNetworkReply *reply = m_network->get(imageRequest(submitted.job.url, submitted.ssl, submitted.urgent));
    connect(reply, &QNetworkReply::finished, this, [this, job = submitted.job, reply] { downloaded(job, reply); });
}

void ThumbnailFetcher::downloaded(const ImageJob &job, QNetworkReply *reply)
{
    reply->deleteLater();
    ImageResult result{ job.id, job.ticket, job.maxSide, {}, 0, {} };
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        result.httpStatus = status >= 400 ? status : 0;
        result.error = reply->errorString();
        done(std::move(result));
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_toDecode.push_back(Download{ std::move(result), reply->readAll() });
    if (m_decodingThreads < m_decoders.maxThreadCount()) {
        ++m_decodingThreads;
        m_decoders.start([this] { decodeQueued(); });
    }
}

void ThumbnailFetcher::decodeQueued()
{
    background::yieldToInteractiveThreads(); // the GUI thread comes first
    for (;;) {
        Download download;
        {
            QMutexLocker lock(&m_mutex);
            if (m_toDecode.empty()) {
                --m_decodingThreads;
                return;
            }
            download = std::move(m_toDecode.front());
            m_toDecode.pop_front();
        }
        ImageResult &result = download.result;
        result.image = decode(download.bytes, result.maxSide, &result.error);
        done(std::move(result));
    }
}

void ThumbnailFetcher::done(ImageResult result)
{
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        first = m_results.empty();
        m_results.push_back(std::move(result));
    }
    if (first) // the first of a batch: the loader takes all that come before it looks
        m_notify();
}

QImage ThumbnailFetcher::decode(const QByteArray &bytes, int maxSide, QString *error)
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
