#include "lookalike/FeatureJob.h"

#include "features/CompactSpace.h"
#include "features/Features.h"
#include "features/MatrixOps.h"
#include "review/ThumbnailFetcher.h"
#include "samples/SampleListModel.h"
#include "threads/BackgroundPriority.h"
#include "threads/OffThread.h"

#include <opencv2/imgproc.hpp>

namespace {

constexpr int maxInFlight = 64; // previews asked for and not yet back
constexpr int computeBatch = 16;
constexpr size_t storeBatch = 512;

// The engine's descriptor of a decoded preview; empty when it has none.
cv::Mat descriptorOf(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()), size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    engine::ImageFeatures f = engine::computeFeatures(bgr);
    return f.ok ? f.descriptor : cv::Mat();
}

} // namespace

struct FeatureJob::Plan
{
    std::string space;
    std::vector<int> hitRows;
    std::vector<QByteArray> hitVectors;
    std::vector<int> toCompute;
    QString error; // the cache could not be read
    bool setAside = false; // and was renamed, so that a new one is made
};

struct FeatureJob::Computed
{
    std::vector<int> rows;
    std::vector<QString> ids;
    std::vector<cv::Mat> descriptors; // when fitting
    std::vector<QByteArray> vectors; // when projecting
    int unreadable = 0;
};

FeatureJob::FeatureJob(const SampleListModel *model, QString cachePath, QSslConfiguration ssl, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_cachePath(std::move(cachePath))
    , m_ssl(std::move(ssl))
    , m_fetcher(new ThumbnailFetcher([this] { QMetaObject::invokeMethod(this, &FeatureJob::deliver, Qt::QueuedConnection); }))
{
    m_thread.setObjectName(QStringLiteral("look-alike previews"));
    m_fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    m_thread.start();
    m_cachePool.setMaxThreadCount(1);
}

FeatureJob::~FeatureJob()
{
    m_thread.quit();
    m_thread.wait();
    m_computePool.clear();
    m_computePool.waitForDone();
    m_cachePool.waitForDone();
}

QByteArray FeatureJob::signature(const SampleListModel *model, int row)
{
    const ReviewItem &it = model->item(row);
    QByteArray url = model->previewBytes(it);
    const qsizetype query = url.indexOf('?');
    if (query >= 0)
        url.truncate(query);
    return url + '#' + QByteArray::number(qint64(it.sizeBytes));
}

void FeatureJob::start()
{
    if (m_running)
        return;
    m_running = true;
    // What identifies each row's image, taken here: the model may change after this returns.
    const int rows = m_model->rowCount();
    std::vector<std::pair<QString, QByteArray>> images(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row)
        images[size_t(row)] = { m_model->item(row).id, signature(m_model, row) };
    offthread::run(
            &m_cachePool, this,
            [path = m_cachePath, images = std::move(images)] {
                Plan plan;
                featurecache::Contents cache = featurecache::load(path);
                const engine::CompactSpace space = engine::CompactSpace::deserialize(cache.space);
                if (space.isValid())
                    plan.space = cache.space;
                if (!cache.error.isEmpty()) { // set aside, and made again: the vectors can be computed again
                    QString asideError;
                    plan.error = cache.error;
                    plan.setAside = featurecache::setAside(path, &asideError);
                    if (!plan.setAside)
                        plan.error += QStringLiteral("; ") + asideError;
                }
                for (int row = 0; row < int(images.size()); ++row) {
                    const auto hit = cache.entries.constFind(images[size_t(row)].first);
                    if (space.isValid() && hit != cache.entries.cend() && hit->vector.size() == space.dims()
                        && hit->signature == images[size_t(row)].second) {
                        plan.hitRows.push_back(row);
                        plan.hitVectors.push_back(hit->vector);
                    } else {
                        plan.toCompute.push_back(row);
                    }
                }
                return plan;
            },
            [this](const Plan &plan) { planned(plan); });
}

void FeatureJob::planned(const Plan &plan)
{
    if (!m_running)
        return;
    m_total = qint64(plan.hitRows.size() + plan.toCompute.size());
    m_done = qint64(plan.hitRows.size());
    if (!plan.error.isEmpty()) // said when the job ends, as its outcome
        m_error = plan.setAside
                ? tr("The look-alike cache could not be read (%1): it was set aside and is made again.").arg(plan.error)
                : tr("The look-alike cache could not be read (%1): the vectors are computed, but not kept.").arg(plan.error);
    if (!plan.space.empty())
        m_space = std::make_shared<const engine::CompactSpace>(engine::CompactSpace::deserialize(plan.space));
    emitVectors(plan.hitRows, plan.hitVectors);
    emit progress(m_done, m_total);
    if (!m_space && plan.toCompute.size() >= 2) {
        // The fitting sample first, the rest after it.
        m_fitting = true;
        const std::vector<int> pick = engine::matrix::spreadSubset(int(plan.toCompute.size()), fitImages);
        std::vector<char> chosen(plan.toCompute.size(), 0);
        for (int i : pick) {
            chosen[size_t(i)] = 1;
            m_queue.push_back(plan.toCompute[size_t(i)]);
        }
        for (size_t i = 0; i < plan.toCompute.size(); ++i) {
            if (!chosen[i])
                m_later.push_back(plan.toCompute[i]);
        }
    } else if (m_space) {
        m_queue.assign(plan.toCompute.begin(), plan.toCompute.end());
    } else {
        m_done = m_total; // one image: nothing to compare it with
    }
    fetchMore();
    finishIfDone();
}

void FeatureJob::fetchMore()
{
    std::vector<ImageJob> jobs;
    while (!m_queue.empty() && m_inFlight.size() + qsizetype(jobs.size()) < maxInFlight) {
        const int row = m_queue.front();
        m_queue.pop_front();
        const ReviewItem &it = m_model->item(row);
        m_inFlight.insert(it.id, row);
        jobs.push_back(ImageJob{ it.id, m_model->previewUrl(it), decodeSide, 0 });
    }
    if (!jobs.empty())
        m_fetcher->submit(std::move(jobs), m_ssl, false);
}

void FeatureJob::deliver()
{
    std::vector<ImageResult> results = m_fetcher->takeResults();
    if (!m_running)
        return;
    std::vector<ImageResult> batch;
    for (ImageResult &r : results) {
        if (!m_inFlight.contains(r.id))
            continue;
        batch.push_back(std::move(r));
        if (batch.size() == computeBatch)
            compute(std::exchange(batch, {}));
    }
    if (!batch.empty())
        compute(std::move(batch));
    fetchMore();
}

void FeatureJob::compute(std::vector<ImageResult> images)
{
    Computed job;
    for (const ImageResult &r : images) {
        job.rows.push_back(m_inFlight.take(r.id));
        job.ids.push_back(r.id);
    }
    ++m_computing;
    std::shared_ptr<const engine::CompactSpace> space = m_fitting ? nullptr : m_space;
    offthread::run(
            &m_computePool, this,
            [images = std::move(images), job = std::move(job), space]() mutable {
                background::yieldToInteractiveThreads();
                for (const ImageResult &r : images) {
                    const cv::Mat d = descriptorOf(r.image);
                    job.unreadable += d.empty();
                    if (space) {
                        QByteArray v(d.empty() ? 0 : space->dims(), Qt::Uninitialized);
                        if (!d.empty())
                            space->project(d, reinterpret_cast<std::int8_t *>(v.data()));
                        job.vectors.push_back(v);
                    } else {
                        job.descriptors.push_back(d);
                    }
                }
                return job;
            },
            [this](const Computed &c) { computed(c); });
}

void FeatureJob::computed(const Computed &c)
{
    --m_computing;
    if (!m_running)
        return;
    m_done += qint64(c.rows.size());
    m_failed += c.unreadable;
    if (m_fitting) {
        for (size_t i = 0; i < c.rows.size(); ++i) {
            if (c.descriptors[i].empty())
                continue;
            m_fitRows.push_back(c.rows[i]);
            m_fitDescriptors.push_back(c.descriptors[i]);
        }
    } else {
        std::vector<int> rows;
        std::vector<QByteArray> vectors;
        for (size_t i = 0; i < c.rows.size(); ++i) {
            if (c.vectors[i].isEmpty())
                continue;
            rows.push_back(c.rows[i]);
            vectors.push_back(c.vectors[i]);
            m_toStore.push_back(featurecache::Entry{ c.ids[i], signature(m_model, c.rows[i]), c.vectors[i] });
        }
        emitVectors(rows, vectors);
        if (m_toStore.size() >= storeBatch)
            storeBuffered();
    }
    emit progress(m_done, m_total);
    if (m_fitting && m_queue.empty() && m_inFlight.isEmpty() && m_computing == 0)
        fitSpace();
    finishIfDone();
}

void FeatureJob::fitSpace()
{
    if (m_fitDescriptors.rows < 2) {
        m_fitting = false;
        m_later.clear();
        m_done = m_total;
        finish(false, tr("Too few of the images could be read to compare them."));
        return;
    }
    ++m_computing;
    offthread::run(
            &m_computePool, this,
            [x = m_fitDescriptors] {
                background::yieldToInteractiveThreads();
                std::pair<engine::CompactSpace, std::vector<QByteArray>> out{ engine::CompactSpace::fit(x), {} };
                for (int r = 0; r < x.rows; ++r) {
                    QByteArray v(out.first.dims(), Qt::Uninitialized);
                    out.first.project(x.row(r), reinterpret_cast<std::int8_t *>(v.data()));
                    out.second.push_back(v);
                }
                return out;
            },
            [this](const std::pair<engine::CompactSpace, std::vector<QByteArray>> &fitted) {
                --m_computing;
                if (!m_running)
                    return;
                m_space = std::make_shared<const engine::CompactSpace>(fitted.first);
                m_newSpace = fitted.first.serialize();
                m_fitting = false;
                for (size_t i = 0; i < m_fitRows.size(); ++i)
                    m_toStore.push_back(
                            featurecache::Entry{ m_model->item(m_fitRows[i]).id, signature(m_model, m_fitRows[i]), fitted.second[i] });
                emitVectors(m_fitRows, fitted.second);
                m_fitRows.clear();
                m_fitDescriptors = cv::Mat();
                m_queue = std::move(m_later);
                m_later.clear();
                storeBuffered();
                fetchMore();
                finishIfDone();
            });
}

void FeatureJob::emitVectors(const std::vector<int> &rows, const std::vector<QByteArray> &vectors)
{
    if (rows.empty() || !m_space)
        return;
    const int dims = m_space->dims();
    QByteArray all;
    all.reserve(qsizetype(rows.size()) * dims);
    for (const QByteArray &v : vectors)
        all.append(v);
    emit vectorsReady(QList<int>(rows.begin(), rows.end()), all, dims);
}

void FeatureJob::storeBuffered()
{
    if (m_toStore.empty() && m_newSpace.empty())
        return;
    ++m_storing;
    offthread::run(
            &m_cachePool, this,
            [path = m_cachePath, space = std::exchange(m_newSpace, {}), entries = std::exchange(m_toStore, {})] {
                QString error;
                featurecache::store(path, space, entries, &error);
                return error;
            },
            [this](const QString &error) {
                --m_storing;
                if (!error.isEmpty() && m_error.isEmpty())
                    m_error = tr("The look-alike cache could not be written: %1").arg(error);
                finishIfDone();
            });
}

void FeatureJob::finishIfDone()
{
    if (!m_running || m_fitting || !m_queue.empty() || !m_inFlight.isEmpty() || m_computing > 0)
        return;
    storeBuffered();
    if (m_storing == 0)
        finish(false, m_error);
}

void FeatureJob::finish(bool cancelled, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(cancelled, error);
}

void FeatureJob::cancel()
{
    if (!m_running)
        return;
    m_queue.clear();
    m_later.clear();
    m_inFlight.clear();
    storeBuffered(); // what was computed is kept
    finish(true, {});
}
