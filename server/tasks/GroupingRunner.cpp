#include "tasks/GroupingRunner.h"

#include "engine/FeatureBatch.h"
#include "features/CompactSpace.h"
#include "features/Features.h"
#include "features/MatrixOps.h"
#include "learn/Clustering.h"
#include "storage/Storage.h"
#include "tasks/GroupingTask.h"

#include <QDir>
#include <QThread>

#include <algorithm>
#include <numeric>

namespace {
constexpr int fitImages = 2000;
} // namespace

GroupingRunner::GroupingRunner(GroupingJob job, std::shared_ptr<std::atomic_bool> cancel, Report report)
    : m_job(std::move(job))
    , m_cancel(std::move(cancel))
    , m_report(std::move(report))
{
}

void GroupingRunner::report(TaskStep step, double fraction, const QString &message) const
{
    StepReport r;
    r.step = step;
    r.fraction = fraction;
    r.errorMsg = message;
    r.written = step == TaskStep::Succeeded;
    m_report(r);
}

void GroupingRunner::pace(const QElapsedTimer &since) const
{
    while (!cancelled() && since.elapsed() < m_job.minStageMs)
        QThread::msleep(5);
}

void GroupingRunner::run()
{
    QElapsedTimer started;
    started.start();
    report(TaskStep::JobProgress, 0);
    QStringList ids, paths;
    {
        Storage storage(m_job.dataDir);
        if (!storage.open()) {
            report(TaskStep::Failed, 0, QStringLiteral("The dataset could not be read: %1").arg(storage.lastError()));
            return;
        }
        QList<SampleImage> samples = storage.samples().images(m_job.datasetId);
        if (!storage.lastError().isEmpty()) {
            report(TaskStep::Failed, 0, QStringLiteral("The dataset could not be read: %1").arg(storage.lastError()));
            return;
        }
        std::sort(samples.begin(), samples.end(), [](const SampleImage &a, const SampleImage &b) { return a.id < b.id; });
        const QDir data(m_job.dataDir);
        for (const SampleImage &s : std::as_const(samples)) {
            if (!s.label.isEmpty())
                continue; // no confirmed labels; auto-labeled ones awaiting confirmation too
            ids.append(s.id);
            paths.append(data.filePath(s.relPath));
        }
    }
    cv::Mat points;
    std::vector<int> rows;
    if (!describe(paths, &points, &rows)) {
        report(TaskStep::Stopped);
        return;
    }
    if (points.rows < m_job.request.groups) {
        report(TaskStep::Failed, 0.8,
               QStringLiteral("Only %1 of the %2 images could be read: fewer than the %3 groups asked for.")
                       .arg(points.rows)
                       .arg(paths.size())
                       .arg(m_job.request.groups));
        return;
    }
    const std::vector<int> groups = engine::cluster(points, m_job.request.groups, m_job.seed, m_cancel.get());
    pace(started);
    if (groups.empty() || cancelled()) {
        report(TaskStep::Stopped);
        return;
    }
    report(TaskStep::JobProgress, 0.95);
    const QString error = write(ids, rows, groups);
    if (!error.isEmpty())
        report(TaskStep::Failed, 0.95, error);
    else
        report(TaskStep::Succeeded, double(rows.size()));
}

bool GroupingRunner::describe(const QStringList &paths, cv::Mat *points, std::vector<int> *rows)
{
    cv::setNumThreads(1); // one image per thread
    const int n = int(paths.size());
    std::vector<engine::ImageFeatures> features;
    if (!engine::describeFiles(
                n, [&paths](int i) { return paths[i].toStdString(); }, features,
                [this](double done) { report(TaskStep::JobProgress, 0.8 * done); }, [this] { return cancelled(); }))
        return false;
    cv::Mat descriptors;
    std::vector<std::array<double, 6>> stats;
    for (int i = 0; i < n; ++i) {
        if (!features[size_t(i)].ok)
            continue;
        rows->push_back(i);
        descriptors.push_back(features[size_t(i)].descriptor);
        stats.push_back(features[size_t(i)].stats);
    }
    if (descriptors.rows < 2) {
        *points = cv::Mat(descriptors.rows, 1, CV_32F, cv::Scalar(0));
        return true;
    }
    const engine::CompactSpace space =
            engine::CompactSpace::fit(engine::matrix::rowsOf(descriptors, engine::matrix::spreadSubset(descriptors.rows, fitImages)));
    points->create(descriptors.rows, space.dims(), CV_32F);
    for (int r = 0; r < descriptors.rows; ++r)
        space.projectFloat(descriptors.row(r), points->ptr<float>(r));
    stressed(stats, *points);
    return !cancelled();
}

// What the request stresses (console: clarity, brightness, colour) joins the look as extra coordinates,
// each standardised and as heavy as the look's first axis: images are grouped by it first.
void GroupingRunner::stressed(const std::vector<std::array<double, 6>> &stats, cv::Mat &points) const
{
    std::vector<int> which;
    if (m_job.request.brightness)
        which.push_back(2);
    if (m_job.request.colourfulness)
        which.push_back(4);
    if (m_job.request.clarity)
        which.push_back(5);
    if (which.empty() || points.rows == 0)
        return;
    cv::Scalar mean, deviation;
    cv::meanStdDev(points.col(0), mean, deviation);
    const double weight = std::max(1e-6, deviation[0]) * 2.0;
    cv::Mat extra(points.rows, int(which.size()), CV_32F);
    for (size_t k = 0; k < which.size(); ++k) {
        cv::Mat column(points.rows, 1, CV_64F);
        for (int r = 0; r < points.rows; ++r)
            column.at<double>(r) = stats[size_t(r)][size_t(which[k])];
        cv::Scalar m, d;
        cv::meanStdDev(column, m, d);
        for (int r = 0; r < points.rows; ++r)
            extra.at<float>(r, int(k)) = float((column.at<double>(r) - m[0]) / std::max(1e-9, d[0]) * weight);
    }
    cv::hconcat(points, extra, points);
}

QString GroupingRunner::write(const QStringList &ids, const std::vector<int> &rows, const std::vector<int> &groups)
{
    Storage storage(m_job.dataDir);
    if (!storage.open())
        return storage.lastError();
    QList<QPair<QString, QString>> values;
    for (size_t r = 0; r < rows.size(); ++r)
        values.append({ ids[rows[r]], QString::number(groups[r]) });
    QJsonObject state = m_job.state;
    groupingtask::succeed(state, qint64(rows.size()), m_job.nowMs());
    if (!storage.transaction())
        return storage.lastError();
    if (!storage.attributes().replace(m_job.datasetId, m_job.request.property, values)
        || !storage.tasks().updateIfActive(m_job.taskId, taskstatus::Succeeded, state) || !storage.commit()) {
        const QString error = storage.lastError();
        storage.rollback();
        return QStringLiteral("The groups could not be written: %1").arg(error);
    }
    return {};
}
