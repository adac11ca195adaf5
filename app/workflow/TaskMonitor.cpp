#include "workflow/TaskMonitor.h"

#include "api/ModelArtsClient.h"

namespace {
bool sameEvents(const QList<TaskEvent> &a, const QList<TaskEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].status != b[i].status || !sameEvents(a[i].children, b[i].children))
            return false;
    }
    return true;
}
} // namespace

TaskMonitor::TaskMonitor(ModelArtsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskMonitor::poll);
}

bool TaskMonitor::sameProgress(const TaskInfo &a, const TaskInfo &b)
{
    return a.status == b.status && qFuzzyCompare(a.progress + 1, b.progress + 1) && a.code == b.code && a.message == b.message
            && sameEvents(a.events, b.events);
}

void TaskMonitor::watch(const QString &datasetId, const QString &taskId)
{
    stop();
    m_datasetId = datasetId;
    m_taskId = taskId;
    m_hasLast = false;
    m_watching = true;
    m_intervalMs = m_intervals.initialMs;
    poll();
}

void TaskMonitor::stop()
{
    ++m_generation;
    m_watching = false;
    m_timer.stop();
}

void TaskMonitor::poll()
{
    if (!m_client || !m_watching)
        return;
    const quint64 generation = m_generation;
    m_client->task(m_datasetId, m_taskId, this, [this, generation](const Result<TaskInfo> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            if (r.error.isTransient()) {
                emit pollFailed(r.error);
                schedule(false);
            } else {
                m_watching = false;
                emit watchFailed(r.error);
            }
            return;
        }
        const bool changed = !m_hasLast || !sameProgress(m_last, *r.value);
        m_last = *r.value;
        m_hasLast = true;
        emit taskUpdated(m_last);
        if (m_last.isTerminal()) {
            m_watching = false;
            emit taskFinished(m_last);
            return;
        }
        schedule(changed);
    });
}

void TaskMonitor::schedule(bool changed)
{
    if (!m_watching)
        return;
    m_intervalMs = changed ? m_intervals.initialMs : qMin(m_intervals.maxMs, int(m_intervalMs * m_intervals.backoff));
    m_timer.start(m_intervalMs);
}
