#include "publish/PublishController.h"

#include "api/ApiTransport.h"
#include "api/ModelArtsClient.h"
#include "lookalike/DuplicateCheck.h"
#include "lookalike/FeatureCache.h"
#include "lookalike/LabeledSamples.h"
#include "publish/VersionWatcher.h"
#include "session/Session.h"

#include <QStandardPaths>

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
            emit publishFailed(datasetId,
                               error.isError() ? tr("The near-duplicates could not be kept on one side: %1. Nothing was published.")
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

void PublishController::findDuplicates(const Dataset &dataset)
{
    cancelDuplicates();
    ModelArtsClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        emit duplicatesUnknown(tr("not logged in"));
        return;
    }
    QStringList labels;
    for (const Label &l : dataset.labels)
        labels.append(l.name);
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    auto *labeled = new LabeledSamples(this);
    auto *check = new DuplicateCheck(this);
    m_labeled = labeled;
    m_duplicates = check;
    labeled->setSource(client, dataset.id, labels, featurecache::pathFor(cacheDir, client->endpoint(), client->projectId(), dataset.id),
                       m_session->transport()->sslConfiguration());
    connect(labeled, &LabeledSamples::finished, this, [this, labeled, check](bool ok, const QString &error) {
        if (labeled != m_labeled)
            return; // dropped
        if (!ok)
            emit duplicatesUnknown(error);
        else if (!check->start(*labeled))
            emit duplicatesUnknown(tr("the labeled images could not be compared"));
    });
    connect(check, &DuplicateCheck::finished, this, [this, check] {
        if (check == m_duplicates)
            emit duplicatesFound();
    });
    labeled->start();
}

void PublishController::cancelDuplicates()
{
    if (m_labeled) {
        m_labeled->disconnect(this);
        m_labeled->cancel();
        m_labeled->deleteLater();
    }
    if (m_duplicates) {
        m_duplicates->disconnect(this);
        m_duplicates->deleteLater(); // after its worker answers, if it runs
    }
    m_labeled = nullptr;
    m_duplicates = nullptr;
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
