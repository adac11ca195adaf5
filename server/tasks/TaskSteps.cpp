#include "tasks/TaskSteps.h"

#include "ErrorCodes.h"
#include "Ids.h"
#include "storage/Records.h"
#include "tasks/EventTree.h"

#include <QStringList>

namespace {

// A step of a running task: the events it ends and starts, and the phase after it.
struct Stage
{
    TaskStep step;
    QStringList finish;
    QStringList start;
    int status;
    double progress;
    QString code;
    QString message; // empty: the message stays
};

const QList<Stage> &stages()
{
    using namespace taskstatus;
    const QString prepared = QStringLiteral("Training job prepared.");
    const QString executed = QStringLiteral("Auto labeling task executed.");
    static const QList<Stage> table{
        { TaskStep::Init, { QStringLiteral("start") }, { QStringLiteral("init") }, Initializing, 10, errorcode::TaskPreparing, {} },
        { TaskStep::JobInit,
          { QStringLiteral("init") },
          { QStringLiteral("labeling"), QStringLiteral("jobstat_init") },
          Running,
          20,
          errorcode::JobPrepared,
          prepared },
        { TaskStep::JobWaiting,
          { QStringLiteral("jobstat_init") },
          { QStringLiteral("jobstat_waiting") },
          Running,
          25,
          errorcode::JobPrepared,
          prepared },
        { TaskStep::JobRunning,
          { QStringLiteral("jobstat_waiting") },
          { QStringLiteral("jobstat_running") },
          Running,
          30,
          errorcode::JobSubmitted,
          QStringLiteral("Submit auto labeling task succeed, waiting for auto labeling task to finish. ") },
        { TaskStep::JobCompleted,
          { QStringLiteral("jobstat_running") },
          { QStringLiteral("jobstat_completed") },
          Running,
          88,
          errorcode::JobExecuted,
          executed },
        { TaskStep::ResultProcessing,
          { QStringLiteral("jobstat_completed"), QStringLiteral("labeling") },
          { QStringLiteral("result_processing") },
          Running,
          90,
          errorcode::JobExecuted,
          executed },
    };
    return table;
}

double progressOf(const QJsonObject &state) { return state.value(QStringLiteral("progress")).toDouble(); }

void applyStage(QJsonObject &state, const Stage &stage, qint64 nowMs, bool stopping)
{
    for (const QString &name : stage.finish)
        eventtree::finishEvent(state, name, true, nowMs);
    for (const QString &name : stage.start)
        eventtree::startEvent(state, name, nowMs);
    const QString message = stage.message.isEmpty() ? state.value(QStringLiteral("message")).toString() : stage.message;
    eventtree::setPhase(state, stopping ? taskstatus::Stopping : stage.status, stage.progress, stage.code, message);
}

// The steps that end a task.
void applyEnd(QJsonObject &state, const StepReport &report, qint64 nowMs)
{
    switch (report.step) {
    case TaskStep::Succeeded:
        eventtree::finishEvent(state, QStringLiteral("result_processing"), true, nowMs);
        eventtree::startEvent(state, QStringLiteral("end"), nowMs);
        eventtree::finishEvent(state, QStringLiteral("end"), true, nowMs);
        eventtree::setPhase(state, taskstatus::Succeeded, 100, errorcode::TaskSucceeded, QStringLiteral("task executed successfully."));
        break;
    case TaskStep::Failed:
        eventtree::failRunningEvents(state, nowMs, report.errorCode, report.errorMsg);
        eventtree::setPhase(state, taskstatus::Failed, progressOf(state), report.errorCode, report.errorMsg);
        state.insert(QStringLiteral("error_code"), report.errorCode);
        state.insert(QStringLiteral("error_msg"), report.errorMsg);
        break;
    default:
        eventtree::failRunningEvents(state, nowMs, errorcode::TaskStopped, QStringLiteral("Task stopped"));
        eventtree::setPhase(state, taskstatus::Stopped, progressOf(state), errorcode::TaskStopped, QStringLiteral("Task stopped."));
        break;
    }
    state.insert(QStringLiteral("end_time"), nowMs);
}

} // namespace

namespace tasksteps {

bool apply(QJsonObject &state, const StepReport &report, qint64 nowMs, bool stopping)
{
    const int running = stopping ? taskstatus::Stopping : taskstatus::Running;
    switch (report.step) {
    case TaskStep::Started:
        eventtree::startEvent(state, QStringLiteral("start"), nowMs);
        eventtree::setPhase(state, stopping ? taskstatus::Stopping : taskstatus::Initializing, 2, errorcode::TaskPreparing,
                            QStringLiteral("Start to export annotations. Export task id is %1").arg(ids::resourceId()));
        return false;
    case TaskStep::JobProgress:
        eventtree::setPhase(state, running, 30 + 55 * qBound(0.0, report.fraction, 1.0), errorcode::JobSubmitted,
                            state.value(QStringLiteral("message")).toString());
        return false;
    case TaskStep::Succeeded:
    case TaskStep::Failed:
    case TaskStep::Stopped: applyEnd(state, report, nowMs); return true;
    default: break;
    }
    for (const Stage &stage : stages()) {
        if (stage.step == report.step)
            applyStage(state, stage, nowMs, stopping);
    }
    return false;
}

} // namespace tasksteps
