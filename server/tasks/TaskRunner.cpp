#include "tasks/TaskRunner.h"

#include "ErrorCodes.h"
#include "ServerLog.h"
#include "storage/Storage.h"
#include "tasks/EventTree.h"

#include <QDir>
#include <QElapsedTimer>

#include <thread>

TaskRunner::TaskRunner(TaskJob job, std::shared_ptr<std::atomic_bool> cancel, Report report)
    : m_job(std::move(job))
    , m_cancel(std::move(cancel))
    , m_report(std::move(report))
    , m_state(m_job.state)
{
}

void TaskRunner::report(TaskStep step, double fraction, const QString &code, const QString &message) const
{
    const StepReport r{ step, fraction, code, message };
    if (step != TaskStep::JobProgress)
        tasksteps::apply(m_state, r, m_job.nowMs(), false);
    m_report(r);
}

void TaskRunner::pace(Clock::time_point since) const
{
    const auto until = since + std::chrono::milliseconds(m_job.minStageMs);
    while (!cancelled() && Clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

bool TaskRunner::stage(TaskStep step)
{
    const auto started = Clock::now();
    report(step);
    pace(started);
    return !cancelled();
}

void TaskRunner::run()
{
    if (!stage(TaskStep::Started) || !stage(TaskStep::Init) || !stage(TaskStep::JobInit) || !stage(TaskStep::JobWaiting)) {
        report(TaskStep::Stopped);
        return;
    }
    engine::Result result;
    if (!label(&result))
        return;
    if (!stage(TaskStep::JobCompleted)) {
        report(TaskStep::Stopped);
        return;
    }
    storeResults(result);
}

QString TaskRunner::load()
{
    Storage storage(m_job.dataDir);
    if (!storage.open())
        return Database::describeError(storage.lastError());
    for (const LabelRecord &l : storage.datasets().labels(m_job.datasetId))
        m_job.labelNames.append(l.name);
    const QDir data(m_job.dataDir);
    for (const SampleImage &s : storage.samples().images(m_job.datasetId)) {
        const int label = s.label.isEmpty() ? -1 : int(m_job.labelNames.indexOf(s.label));
        m_job.samples.append(engine::Sample{ s.id, data.filePath(s.relPath), label });
        if (s.channels == 4)
            m_job.rgba.append({ s.name, s.id });
    }
    return storage.lastError().isEmpty() ? QString() : Database::describeError(storage.lastError());
}

bool TaskRunner::label(engine::Result *result)
{
    const auto runningSince = Clock::now();
    report(TaskStep::JobRunning);
    QElapsedTimer loadTimer;
    loadTimer.start();
    const QString loadError = load();
    qCDebug(lcEngine, "samples read: %lld ms", loadTimer.elapsed());
    if (!loadError.isEmpty()) {
        pace(runningSince);
        report(TaskStep::Failed, 0, errorcode::TaskFailed,
               QStringLiteral("Auto labeling failed: the dataset could not be read: ") + loadError);
        return false;
    }
    if (!m_job.rgba.isEmpty()) {
        QStringList names;
        for (const auto &[name, id] : std::as_const(m_job.rgba))
            names.append(QStringLiteral("%1 (%2)").arg(name, id));
        pace(runningSince);
        report(TaskStep::Failed, 0, errorcode::TaskFailed,
               QStringLiteral("Auto labeling failed: the dataset contains %1 4-channel (RGBA) image(s): %2")
                       .arg(m_job.rgba.size())
                       .arg(names.join(QStringLiteral(", "))));
        return false;
    }
    QElapsedTimer engineTimer;
    engineTimer.start();
    *result = engine::run(
            m_job.samples, int(m_job.labelNames.size()), m_job.config, [this](double f) { report(TaskStep::JobProgress, f); }, *m_cancel);
    qCDebug(lcEngine, "engine: %lld ms", engineTimer.elapsed());
    pace(runningSince);
    if (result->cancelled || cancelled()) {
        report(TaskStep::Stopped);
        return false;
    }
    if (!result->ok) {
        report(TaskStep::Failed, 0, errorcode::TaskFailed, QStringLiteral("Auto labeling failed: ") + result->error);
        return false;
    }
    return true;
}

void TaskRunner::storeResults(const engine::Result &result)
{
    const auto processingSince = Clock::now();
    report(TaskStep::ResultProcessing);
    QHash<QString, AutoAnnotationRecord> rows;
    for (auto it = result.predictions.cbegin(); it != result.predictions.cend(); ++it) {
        rows.insert(it.key(),
                    AutoAnnotationRecord{ m_job.taskId, m_job.labelNames.value(it->label), it->score, it->hard, it->hardCoefficient,
                                          it->reasons });
    }
    pace(processingSince);
    if (cancelled()) {
        report(TaskStep::Stopped);
        return;
    }
    QElapsedTimer storeTimer;
    storeTimer.start();
    if (const QString error = writeEnd(rows); !error.isEmpty()) {
        report(TaskStep::Failed, 0, errorcode::TaskFailed, QStringLiteral("The results could not be stored: ") + error);
        return;
    }
    qCDebug(lcEngine, "results stored: %lld ms", storeTimer.elapsed());
    m_report(StepReport{ TaskStep::Succeeded, double(rows.size()), {}, {}, true });
}

QString TaskRunner::writeEnd(const QHash<QString, AutoAnnotationRecord> &rows)
{
    Storage storage(m_job.dataDir);
    if (!storage.open())
        return Database::describeError(storage.lastError());
    if (!m_job.resultsSetup.isEmpty())
        storage.database().execute(m_job.resultsSetup, {});
    if (!storage.transaction())
        return Database::describeError(storage.lastError());
    QJsonObject end = m_state;
    tasksteps::apply(end, StepReport{ TaskStep::Succeeded, double(rows.size()), {}, {}, true }, m_job.nowMs(), false);
    bool ok = storage.annotations().replaceRows(m_job.datasetId, rows);
    if (ok) {
        const DatasetCounts c = storage.datasets().counts(m_job.datasetId);
        eventtree::setResultCounts(end, c.total, c.labeled, qint64(rows.size()));
        ok = storage.tasks().update(m_job.taskId, end.value(QStringLiteral("status")).toInt(), end);
    }
    if (ok && storage.commit())
        return {};
    const QString error = storage.lastError();
    storage.rollback();
    return Database::describeError(error);
}
