#pragma once

#include "storage/Records.h"
#include "tasks/TaskRequest.h"
#include "tasks/TaskSteps.h"

#include <QJsonObject>

// An auto-grouping task's document (modelarts-api-grouping.md 2.1): no events; status 0 -> 1 with
// ModelArts.4960 -> 3 with 4962 and progress 100, or 2 with 4963 and the reason; export_type = result_type;
// result {total_sample_count}; config as the request gave it.
namespace groupingtask {

QJsonObject initialState(const QString &taskId, const QString &datasetId, qint64 nowMs, const TaskRequest &request);
// Applies a runner's step (Started, JobProgress, Succeeded, Failed, Stopped). True when it ends the task.
bool apply(QJsonObject &state, const StepReport &report, qint64 nowMs, bool stopping);
// The end written with the results (status 3), `grouped` samples.
void succeed(QJsonObject &state, qint64 grouped, qint64 nowMs);
// The service stopped while it ran: failed, nothing written.
void failInterrupted(QJsonObject &state, qint64 nowMs);
// As served: elapsed time up to now or the end, internal keys removed.
QJsonObject present(const TaskRecord &task, qint64 nowMs);

} // namespace groupingtask
