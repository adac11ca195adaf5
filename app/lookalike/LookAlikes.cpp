#include "lookalike/LookAlikes.h"

#include "learn/Clustering.h"
#include "learn/Neighbours.h"
#include "lookalike/FeatureJob.h"
#include "samples/SampleListModel.h"
#include "threads/OffThread.h"

#include <algorithm>

LookAlikes::LookAlikes(const SampleListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
}

LookAlikes::~LookAlikes() = default;

bool LookAlikes::isComputing() const { return m_job && m_job->isRunning(); }

void LookAlikes::start()
{
    if (isComputing() || m_cachePath.isEmpty())
        return;
    if (m_job)
        m_job->deleteLater();
    m_job = new FeatureJob(m_model, m_cachePath, m_ssl, this);
    m_total = m_model->rowCount();
    connect(m_job, &FeatureJob::vectorsReady, this, &LookAlikes::take);
    connect(m_job, &FeatureJob::progress, this, [this](qint64 done, qint64 total) {
        m_total = total;
        emit progress(done, total);
    });
    connect(m_job, &FeatureJob::finished, this, [this](bool cancelled, const QString &error) {
        m_unreadable = m_job ? m_job->failed() : 0;
        emit finished(cancelled, error);
    });
    m_job->start();
}

void LookAlikes::cancel()
{
    if (m_job)
        m_job->cancel();
}

void LookAlikes::reset()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    m_vectors = {};
    m_has = {};
    m_dims = 0;
    m_known = 0;
    m_total = 0;
    m_unreadable = 0;
}

void LookAlikes::take(const QList<int> &rows, const QByteArray &vectors, int dims)
{
    if (m_dims != dims) { // another space: what was known does not compare with it
        m_dims = dims;
        m_vectors.clear();
        m_has.clear();
        m_known = 0;
    }
    const size_t needed = size_t(m_model->rowCount());
    if (m_has.size() < needed) {
        m_has.resize(needed, 0);
        m_vectors.resize(needed * size_t(dims), 0);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const size_t row = size_t(rows[i]);
        if (row >= m_has.size())
            continue;
        std::copy_n(reinterpret_cast<const std::int8_t *>(vectors.constData()) + i * dims, dims, m_vectors.begin() + qsizetype(row) * dims);
        m_known += m_has[row] ? 0 : 1;
        m_has[row] = 1;
    }
}

QList<int> LookAlikes::nearest(int row, int count) const
{
    if (!hasVector(row))
        return {};
    const std::vector<engine::Neighbour> found = engine::nearest(m_vectors.data() + size_t(row) * size_t(m_dims), m_vectors.data(),
                                                                 int(m_has.size()), m_dims, count - 1, m_has.data(), row);
    QList<int> out{ row };
    for (const engine::Neighbour &n : found)
        out.append(n.index);
    return out;
}

QList<int> LookAlikes::nearestTo(const std::int8_t *query, int count) const
{
    QList<int> out;
    if (m_dims == 0 || m_known == 0)
        return out;
    for (const engine::Neighbour &n : engine::nearest(query, m_vectors.data(), int(m_has.size()), m_dims, count, m_has.data()))
        out.append(n.index);
    return out;
}

void LookAlikes::group(const QList<int> &rows, int groups, std::function<void(const QList<LookAlikeGroup> &)> done)
{
    QList<int> usable;
    for (int r : rows) {
        if (hasVector(r) && m_model->item(r).state != ReviewState::Deleted)
            usable.append(r);
    }
    // The bytes copied here (the vectors grow while they are computed); widened to floats on the worker.
    const int dims = std::max(1, m_dims);
    std::vector<std::int8_t> bytes(size_t(usable.size()) * size_t(dims));
    for (qsizetype i = 0; i < usable.size(); ++i)
        std::copy_n(m_vectors.data() + size_t(usable[i]) * size_t(m_dims), m_dims, bytes.data() + size_t(i) * size_t(dims));
    offthread::run(
            this,
            [bytes = std::move(bytes), dims, usable, groups]() mutable {
                cv::Mat points;
                cv::Mat(int(usable.size()), dims, CV_8S, bytes.data()).convertTo(points, CV_32F);
                const std::vector<int> number = engine::cluster(points, groups, 7);
                QList<LookAlikeGroup> out(number.empty() ? 0 : *std::max_element(number.begin(), number.end()) + 1);
                for (size_t i = 0; i < number.size(); ++i) {
                    out[number[i]].number = number[i];
                    out[number[i]].rows.append(usable[qsizetype(i)]);
                }
                return out;
            },
            [this, done = std::move(done)](const QList<LookAlikeGroup> &found) {
                QList<LookAlikeGroup> groups = found;
                summarise(*m_model, groups);
                sortLeastConsistentFirst(groups);
                done(groups);
            });
}

void LookAlikes::sortLeastConsistentFirst(QList<LookAlikeGroup> &groups)
{
    std::stable_sort(groups.begin(), groups.end(), [](const LookAlikeGroup &a, const LookAlikeGroup &b) {
        return a.majorityShare() != b.majorityShare() ? a.majorityShare() < b.majorityShare() : a.rows.size() > b.rows.size();
    });
}

void LookAlikes::summarise(const SampleListModel &model, QList<LookAlikeGroup> &groups)
{
    const int labels = int(model.labels().size());
    std::vector<int> perLabel(size_t(std::max(1, labels)) + 1);
    for (LookAlikeGroup &g : groups) {
        std::fill(perLabel.begin(), perLabel.end(), 0);
        g.decided = 0;
        for (int r : g.rows) {
            const ReviewItem &it = model.item(r);
            ++perLabel[size_t(std::clamp(int(it.predicted), -1, labels - 1) + 1)];
            g.decided += it.state == ReviewState::Decided || it.state == ReviewState::Failed || it.state == ReviewState::Confirmed;
        }
        const auto best = std::max_element(perLabel.begin() + 1, perLabel.end());
        g.majorityLabel = *best > 0 ? int(best - perLabel.begin()) - 1 : -1;
        g.majorityCount = *best;
    }
}
