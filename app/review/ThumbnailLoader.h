#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QUrl>

#include <utility>

#include <deque>
#include <functional>
#include <vector>

#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

// Thumbnails of the review grid from presigned preview URLs. The grid asks for what it paints, so what
// is on screen is asked for; the last asked is fetched first (scrolling makes earlier requests stale)
// and the queue is bounded. A few downloads at a time, pipelined; decoding at thumbnail size on a thread pool,
// never on the GUI thread, beside the next downloads; a cache bounded in bytes; failures kept with
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
    int inFlight() const { return int(m_inFlight.size() + m_decoding.size()); }
    int queued() const { return int(m_wanted.size()); }

    // A whole image (the detail pane), scaled to fit `maxSide` (0: as it is), decoded off the GUI thread;
    // not cached. `done` runs on this object's thread with a null image and a reason on failure.
    void loadImage(const QUrl &url, int maxSide, QObject *context, std::function<void(const QImage &, const QString &error)> done);

    // Decodes `bytes` at most `maxSide` on its longer side (libjpeg scales while decoding). Thread-safe.
    static QImage decode(const QByteArray &bytes, int maxSide, QString *error);
    // The same as one value, for the decoding threads: the image, or a null one and why.
    static std::pair<QImage, QString> decodeOrError(const QByteArray &bytes, int maxSide);

signals:
    void thumbnailReady(const QString &id);
    void thumbnailFailed(const QString &id, const QString &error);

private:
    struct Wanted
    {
        QUrl url;
        quint64 seq = 0;
    };
    // A preview downloaded, to decode; and what decoding it gave.
    struct Decode
    {
        QString id;
        QByteArray bytes;
        int size = 0;
    };
    struct Decoded
    {
        QString id;
        int size = 0;
        QImage image; // null: `error` says why
        QString error;
    };
    void pump();
    void finished(const QString &id, QNetworkReply *reply);
    void decodeQueued(); // on a decoding thread, until the queue is empty
    void deliverDecoded();
    QNetworkReply *get(const QUrl &url, QNetworkRequest::Priority priority);

    QNetworkAccessManager *m_network;
    QThreadPool m_decoders;
    // Decoding threads take their work from one queue and hand results back in batches: a screen of
    // thumbnails costs the GUI thread a few events, not one thread start and one result event each.
    QMutex m_decodeMutex;
    std::deque<Decode> m_toDecode; // guarded by m_decodeMutex
    std::vector<Decoded> m_decoded; // guarded by m_decodeMutex
    int m_decodingThreads = 0; // guarded by m_decodeMutex
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QCache<QString, QImage> m_cache;
    QHash<QString, QString> m_failed;
    QHash<QString, Wanted> m_wanted;
    std::deque<std::pair<QString, quint64>> m_queue; // newest at the back
    QHash<QString, QNetworkReply *> m_inFlight;
    QSet<QString> m_decoding;
    quint64 m_seq = 0;
    int m_size = 160;
    // Requests at a time: QNAM opens 6 connections per host and pipelines 3 GETs on each.
    static constexpr int maxConcurrent = 18;
    int m_maxQueued = 1000;
};
