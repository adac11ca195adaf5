#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThread>
#include <QUrl>

#include <deque>
#include <functional>
#include <utility>

class ThumbnailFetcher;

// Thumbnails of the review grid from presigned preview URLs. The grid asks for what it paints, so what
// is on screen is asked for; the last asked is fetched first (scrolling makes earlier requests stale)
// and the queue is bounded. A few downloads at a time, pipelined, from a thread of their own
// (ThumbnailFetcher: the GUI thread only hands over what to fetch and takes back decoded images, in
// batches); decoding at thumbnail size on a thread pool; a cache bounded in bytes; failures kept with
// their reason for the error state. No credentials: presigned URLs carry their own signature.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)
    enum class Status { Loading, Ready, Failed };

    explicit ThumbnailLoader(QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    void setThumbnailSize(int px);
    int thumbnailSize() const { return m_size; }
    void setCacheBytes(qint64 bytes) { m_cache.setMaxCost(qMax<qint64>(1, bytes / 1024)); }
    void setMaxQueued(int n) { m_maxQueued = qMax(1, n); }

    // The thumbnail of `id` if there is one; otherwise asks for it (once) and says Loading, or Failed.
    QImage thumbnail(const QString &id, const QUrl &url, Status *status = nullptr);
    // What is known of `id`'s thumbnail, without asking for it.
    QImage cached(const QString &id, Status *status) const;
    QString failure(const QString &id) const { return m_failed.value(id); }
    // Drops what was asked for and not started (the grid's content changed).
    void clearQueue();
    int inFlight() const { return int(m_inFlight.size() + m_images.size()); }
    int queued() const { return int(m_wanted.size()); }

    // A whole image (the detail pane), scaled to fit `maxSide` (0: as it is), decoded off the GUI thread;
    // not cached. `done` runs on this object's thread with a null image and a reason on failure.
    void loadImage(const QUrl &url, int maxSide, QObject *context, std::function<void(const QImage &, const QString &error)> done);

    // Decodes `bytes` at most `maxSide` on its longer side (libjpeg scales while decoding). Thread-safe.
    static QImage decode(const QByteArray &bytes, int maxSide, QString *error);
    // Why an image could not be fetched: the image service's status (>= 400) or the network's reason.
    static QString fetchFailure(int httpStatus, const QString &networkError);
    // Results fetched and not yet taken by this thread (tests: the network and decoding go on while this
    // thread is busy).
    int resultsWaiting() const;

signals:
    void thumbnailReady(const QString &id);
    void thumbnailFailed(const QString &id, const QString &error);

private:
    struct Wanted
    {
        QUrl url;
        quint64 seq = 0;
    };
    struct ImageRequest
    {
        QPointer<QObject> context;
        std::function<void(const QImage &, const QString &)> done;
    };
    void schedulePump();
    void pump();
    void deliver(); // takes what the fetcher has done

    QThread m_thread; // the fetcher's
    ThumbnailFetcher *m_fetcher; // lives on m_thread, deleted when it finishes
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QCache<QString, QImage> m_cache;
    QHash<QString, QString> m_failed;
    QHash<QString, Wanted> m_wanted;
    std::deque<std::pair<QString, quint64>> m_queue; // newest at the back
    QHash<QString, QUrl> m_inFlight; // handed to the fetcher: downloading or decoding
    QHash<quint64, ImageRequest> m_images; // whole images, by ticket
    quint64 m_seq = 0;
    quint64 m_nextTicket = 0;
    bool m_pumpScheduled = false;
    int m_size = 160;
    // Thumbnails at a time, downloading or decoding: QNAM opens 6 connections per host and pipelines 3
    // GETs on each, and a few more are being decoded.
    static constexpr int maxConcurrent = 24;
    int m_maxQueued = 1000;
};
