#include "publish/PublishController.h"

#include "api/ModelArtsClient.h"
#include "publish/VersionWatcher.h"
#include "session/Session.h"

PublishController::PublishController(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void PublishController::publish(const Dataset &dataset, const PublishRequestOptions &options, const QList<SampleUpdate> &usageFirst)
{
    if (!m_session || !m_session->client() || isPublishing())
        return;
    m_publishingDataset = dataset.id;
    const QString datasetId = dataset.id;
    if (usageFirst.isEmpty()) {
        release(datasetId, options);
        return;
    }
    m_session->client()->batchUpdate(datasetId, usageFirst, this, [this, datasetId, options](const Result<BatchUpdateResult> &r) {
        const qint64 refused = r.ok() ? r.value->outcomes.size() - r.value->succeeded() : 0;
        if (!r.ok() || r.value->fault.isError() || refused > 0) {
            m_publishingDataset.clear();
            const ApiError error = !r.ok() ? r.error : r.value->fault;
            emit publishFailed(datasetId, error.isError() ? tr("The near-duplicates could not be kept on one side: %1. Nothing was published.")
                                                                    .arg(Session::describe(error))
                                                          : tr("The service refused the usage of %n near-duplicate(s). Nothing was published.",
                                                               nullptr, int(refused)));
            return;
        }
        release(datasetId, options);
    });
}

void PublishController::release(const QString &datasetId, const PublishRequestOptions &options)
{
    if (!m_session || !m_session->client()) { // logged out meanwhile
        m_publishingDataset.clear();
        emit publishFailed(datasetId, tr("Not logged in: nothing was published."));
        return;
    }
    m_session->client()->publishVersion(datasetId, options, this, [this, datasetId](const Result<QString> &r) {
        if (!r.ok()) {
            m_publishingDataset.clear();
            emit publishFailed(datasetId, Session::describe(r.error));
            return;
        }
        emit publishStarted(datasetId, *r.value);
        if (m_watcher)
            m_watcher->deleteLater(); // the previous publish's, ended
        m_watcher = new VersionWatcher(m_session->client(), this);
        connect(m_watcher, &VersionWatcher::updated, this, &PublishController::versionUpdated);
        connect(m_watcher, &VersionWatcher::finished, this, [this, datasetId](const DatasetVersion &v) {
            m_publishingDataset.clear();
            emit versionFinished(datasetId, v);
        });
        connect(m_watcher, &VersionWatcher::failed, this, [this, datasetId](const ApiError &error) {
            m_publishingDataset.clear();
            emit publishFailed(datasetId, Session::describe(error));
        });
        m_watcher->watch(datasetId, *r.value);
    });
}

void PublishController::exportLabels(const Dataset &dataset, LabelExporter::Format format, const QString &folder)
{
    if (!m_session || !m_session->client() || m_exporter)
        return;
    m_exporter = new LabelExporter(m_session->client(), dataset, format, folder, this);
    connect(m_exporter, &LabelExporter::progress, this, &PublishController::exportProgress);
    connect(m_exporter, &LabelExporter::finished, this, [this](const LabelExporter::Outcome &outcome) {
        m_exporter->deleteLater();
        emit exportFinished(outcome);
    });
    m_exporter->start();
}

void PublishController::cancelExport()
{
    if (m_exporter)
        m_exporter->cancel();
}
