#pragma once

#include "storage/Records.h"

#include <QJsonArray>
#include <QJsonObject>

// A task's state is the task-info document the API serves: its status, progress, code and message and
// the nested tree of events (start, init, labeling with its four job stages, result_processing, end)
// as the seed shows it. These functions change that document; they keep no state of their own.
namespace eventtree {

// The five top-level events, labeling with its four children, all waiting.
QJsonArray initialEvents();
// The event named `name` (top level or a child of labeling) starts / ends.
void startEvent(QJsonObject &state, const QString &name, qint64 nowMs);
void finishEvent(QJsonObject &state, const QString &name, bool success, qint64 nowMs);
// Every running event fails with the code and message (a failed or stopped task); waiting ones stay.
void failRunningEvents(QJsonObject &state, qint64 nowMs, const QString &errorCode, const QString &errorMsg);
// The task's status, code and message; progress never goes back.
void setPhase(QJsonObject &state, int status, double progress, const QString &code, const QString &message);

// The document as served at `nowMs`: elapsed times up to now (or to the end), internal keys removed,
// `unconfirmed` as the result's unconfirmed_sample_count.
QJsonObject present(const TaskRecord &task, qint64 nowMs, qint64 unconfirmed);

// The result's counts once the task has succeeded: the dataset's samples, labeled ones, and the results
// awaiting confirmation.
void setResultCounts(QJsonObject &state, qint64 total, qint64 labeled, qint64 unconfirmed);

} // namespace eventtree
