#include "publish/VersionWatcher.h"

#include "api/ModelArtsClient.h"

namespace {
constexpr int kMaxFailuresInARow = 5;
}

VersionWatcher::VersionWatcher(ModelArtsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &VersionWatcher::poll);
}

void VersionWatcher::watch(const QString &datasetId, const QString &versionId)
{
    m_datasetId = datasetId;
    m_versionId = versionId;
    m_delayMs = m_intervals.firstMs;
    m_failuresInARow = 0;
    poll();
}

void VersionWatcher::poll()
{
    if (!m_client)
        return;
    m_client->version(m_datasetId, m_versionId, this, [this](const Result<DatasetVersion> &r) {
        if (!r.ok()) {
            if (!r.error.isTransient() || ++m_failuresInARow >= kMaxFailuresInARow) {
                emit failed(r.error);
                return;
            }
        } else {
            m_failuresInARow = 0;
            emit updated(*r.value);
            if (r.value->isTerminal()) {
                emit finished(*r.value);
                return;
            }
        }
        m_timer.start(m_delayMs);
        m_delayMs = qMin(m_intervals.maxMs, int(m_delayMs * m_intervals.growth));
    });
}
