#pragma once

#include "lookalike/FeatureCache.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSslConfiguration>
#include <QThread>
#include <QThreadPool>

#include <deque>
#include <memory>
#include <vector>

#include <opencv2/core.hpp>

class SampleListModel;
class ThumbnailFetcher;
struct ImageResult;
namespace engine {
class CompactSpace;
}

// The look-alike vectors of a review's samples: those in the dataset's cache with the same image
// signature are read from it; the rest are computed from their previews (the presigned URLs the grid
// fetches, on the fetcher's thread of their own, decoded small), with the engine's features and the
// dataset's compact space on a pool of low-priority threads, and stored in the cache as they come. When the
// cache has no space yet, one is fitted on an evenly spread sample of the images first. Lives on the GUI
// thread, which only hands work on and takes results in batches. Cancellable; one run per job.
class FeatureJob final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(FeatureJob)
    // Images the space is fitted on when the cache has none.
    static constexpr int fitImages = 800;
    // The side previews are decoded at (the features look at 128 x 128 at most).
    static constexpr int decodeSide = 160;

    FeatureJob(const SampleListModel *model, QString cachePath, QSslConfiguration ssl, QObject *parent = nullptr);
    ~FeatureJob() override;

    void start(); // every row of the model, as it is now
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 total() const { return m_total; }
    qint64 done() const { return m_done; }
    int failed() const { return m_failed; } // previews that could not be fetched or read

    // What identifies a sample's image in the cache: its preview's URL before the signature, and its size.
    static QByteArray signature(const SampleListModel *model, int row);

signals:
    void vectorsReady(const QList<int> &rows, const QByteArray &vectors, int dims); // rows.size() x dims
    void progress(qint64 done, qint64 total);
    void finished(bool cancelled, const QString &error);

private:
    struct Plan;
    struct Computed;
    void planned(const Plan &plan);
    void fetchMore();
    void deliver();
    void compute(std::vector<ImageResult> images);
    void computed(const Computed &result);
    void fitSpace();
    void emitVectors(const std::vector<int> &rows, const std::vector<QByteArray> &vectors);
    void storeBuffered();
    void finishIfDone();
    void finish(bool cancelled, const QString &error);

    const SampleListModel *m_model;
    QString m_cachePath;
    QSslConfiguration m_ssl;
    ThumbnailFetcher *m_fetcher;
    QThread m_thread;
    QThreadPool m_computePool;
    QThreadPool m_cachePool; // one thread: the cache's writes in order
    std::shared_ptr<const engine::CompactSpace> m_space;
    std::string m_newSpace; // fitted here, stored with the first vectors
    std::deque<int> m_queue; // rows to fetch
    std::deque<int> m_later; // rows after the fitting sample
    QHash<QString, int> m_inFlight; // sample id -> row
    int m_computing = 0;
    std::vector<int> m_fitRows;
    cv::Mat m_fitDescriptors;
    std::vector<featurecache::Entry> m_toStore;
    int m_storing = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_failed = 0;
    bool m_running = false;
    bool m_fitting = false;
    QString m_error;
};
