#pragma once

#include <QJsonObject>
#include <QString>

// The steps a running task goes through, as its runner reports them, and what each does to the task's
// state (tasks/EventTree.h): which events end and start, and the status, progress, code and message after.
enum class TaskStep {
    Started,
    Init,
    JobInit,
    JobWaiting,
    JobRunning,
    JobProgress,
    JobCompleted,
    ResultProcessing,
    Succeeded,
    Failed,
    Stopped
};

struct StepReport
{
    TaskStep step = TaskStep::Started;
    double fraction = 0; // JobProgress: 0..1 of the engine's work; Succeeded: the number of results
    QString errorCode; // Failed
    QString errorMsg; // Failed
    bool written = false; // Succeeded: the runner wrote the results and the task's end in one transaction
};

namespace tasksteps {

// Applies the step to the state at `nowMs`. While `stopping`, a running step's status stays "stopping".
// True when the step ends the task (succeeded, failed, stopped).
bool apply(QJsonObject &state, const StepReport &report, qint64 nowMs, bool stopping);

} // namespace tasksteps
