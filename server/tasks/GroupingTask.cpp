#include "tasks/GroupingTask.h"

#include "ErrorCodes.h"
#include "TimeFormat.h"

#include <cmath>

namespace {

const QString kEndTime = QStringLiteral("end_time"); // internal: when it ended (ms)

void phase(QJsonObject &state, int status, double progress, const QString &code, const QString &message)
{
    state.insert(QStringLiteral("status"), status);
    state.insert(QStringLiteral("progress"), progress);
    state.insert(QStringLiteral("code"), code);
    state.insert(QStringLiteral("message"), message);
}

void fail(QJsonObject &state, const QString &detail, qint64 nowMs)
{
    phase(state, taskstatus::Failed, state.value(QStringLiteral("progress")).toDouble(), errorcode::GroupingFailed,
          QStringLiteral("Failed to execute the auto grouping task."));
    state.insert(QStringLiteral("error_code"), errorcode::GroupingFailed);
    state.insert(QStringLiteral("error_msg"), detail);
    state.insert(kEndTime, nowMs);
}

} // namespace

namespace groupingtask {

QJsonObject initialState(const QString &taskId, const QString &datasetId, qint64 nowMs, const TaskRequest &request)
{
    QJsonObject state{
        { QStringLiteral("task_id"), taskId },
        { QStringLiteral("resource_id"), datasetId },
        { QStringLiteral("create_time"), timeformat::beijingTime(nowMs) },
        { QStringLiteral("export_type"), 1 },
        { QStringLiteral("config"), request.config },
        { QStringLiteral("result"), QJsonObject{ { QStringLiteral("total_sample_count"), 0 } } },
    };
    phase(state, taskstatus::Initializing, 0.0, errorcode::GroupingSubmitted, QStringLiteral("Auto grouping task submitted."));
    return state;
}

bool apply(QJsonObject &state, const StepReport &report, qint64 nowMs, bool stopping)
{
    switch (report.step) {
    case TaskStep::Failed: fail(state, report.errorMsg, nowMs); return true;
    case TaskStep::Stopped:
        phase(state, taskstatus::Stopped, state.value(QStringLiteral("progress")).toDouble(), errorcode::GroupingSubmitted,
              QStringLiteral("Auto grouping task stopped."));
        state.insert(kEndTime, nowMs);
        return true;
    case TaskStep::Succeeded: succeed(state, qint64(report.fraction), nowMs); return true;
    default:
        phase(state, stopping ? taskstatus::Stopping : taskstatus::Running, std::round(1000.0 * report.fraction) / 10.0,
              errorcode::GroupingSubmitted, QStringLiteral("Auto grouping task submitted."));
        return false;
    }
}

void succeed(QJsonObject &state, qint64 grouped, qint64 nowMs)
{
    phase(state, taskstatus::Succeeded, 100.0, errorcode::GroupingExecuted, QStringLiteral("Auto grouping task executed."));
    state.insert(QStringLiteral("result"), QJsonObject{ { QStringLiteral("total_sample_count"), grouped } });
    state.insert(kEndTime, nowMs);
}

void failInterrupted(QJsonObject &state, qint64 nowMs)
{
    fail(state, QStringLiteral("The service stopped while the task ran; no result was written."), nowMs);
}

QJsonObject present(const TaskRecord &task, qint64 nowMs)
{
    QJsonObject s = task.state;
    const qint64 endMs = s.contains(kEndTime) ? s.value(kEndTime).toInteger() : nowMs;
    s.insert(QStringLiteral("elapsed_time"), (endMs - task.createTimeMs) / 1000);
    s.remove(kEndTime);
    return s;
}

} // namespace groupingtask
