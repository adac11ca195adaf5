#pragma once

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QUrl>

#include <deque>
#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

// One image to fetch: a grid thumbnail (ticket 0) or a whole image someone waits for (its ticket).
struct ImageJob
{
    QString id;
    QUrl url;
    int maxSide = 0; // 0: as it is
    quint64 ticket = 0;
};

// What fetching it gave: the image, or a null image and why (an HTTP status, a network error or the
// decoder's reason).
struct ImageResult
{
    QString id;
    quint64 ticket = 0;
    int maxSide = 0;
    QImage image;
    int httpStatus = 0; // >= 400: the image service refused it
    QString error; // the network's or the decoder's reason when there is no status
};

// ThumbnailLoader's network half, on a thread of its own so that downloads cost the GUI thread nothing:
// its own QNetworkAccessManager starts every job it is given at once (the loader bounds how many), a
// thread pool decodes at the size asked, and results wait in one list that the loader takes in batches
// (`notify` runs, from any thread, when a batch's first result arrives). Submitting and taking are
// thread-safe; everything else runs on the fetcher's thread.
class ThumbnailFetcher final : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailFetcher(std::function<void()> notify);
    // On its own thread: aborts the downloads and waits for the decoding threads.
    ~ThumbnailFetcher() override;
    Q_DISABLE_COPY_MOVE(ThumbnailFetcher)

    // From any thread. Urgent jobs go ahead of the thumbnails in the network layer.
    void submit(std::vector<ImageJob> jobs, const QSslConfiguration &ssl, bool urgent);
    // From any thread: what is done, in the order it was done.
    std::vector<ImageResult> takeResults();
    int resultsWaiting() const;

    // Decodes `bytes` at most `maxSide` on its longer side (libjpeg scales while decoding), in one pixel
    // format for painting. Thread-safe.
    static QImage decode(const QByteArray &bytes, int maxSide, QString *error);

private:
    struct Submitted
    {
        ImageJob job;
        QSslConfiguration ssl;
        bool urgent = false;
    };
    struct Download
    {
        ImageResult result;
        QByteArray bytes;
    };

    void startSubmitted(); // on the fetcher's thread
    void start(const Submitted &submitted);
    void downloaded(const ImageJob &job, QNetworkReply *reply);
    void decodeQueued(); // on a decoding thread, until the queue is empty
    void done(ImageResult result); // any thread, under no lock

    std::function<void()> m_notify;
    QNetworkAccessManager *m_network = nullptr; // made on the fetcher's thread
    QThreadPool m_decoders;
    mutable QMutex m_mutex;
    std::vector<Submitted> m_submitted; // guarded
    std::deque<Download> m_toDecode; // guarded
    std::vector<ImageResult> m_results; // guarded
    int m_decodingThreads = 0; // guarded
    bool m_stopping = false; // guarded
};
