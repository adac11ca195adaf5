#pragma once

#include "publish/LabelExporter.h"
#include "types/VersionTypes.h"

#include <QObject>
#include <QPointer>

class DuplicateCheck;
class LabeledSamples;
class Session;
class VersionWatcher;

// What the desktop app does after a confirmation: publishes a version and follows it to its end, and
// exports the confirmed labels to a folder. The window sends intents and shows what the signals say.
class PublishController final : public QObject
{
    Q_OBJECT

public:
    explicit PublishController(Session *session, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PublishController)

    // With `usageFirst` (DuplicateCheck::keepOnOneSide), those samples' usage is set first and the version
    // published only when the service took all of it (else publishFailed, nothing published).
    void publish(const Dataset &dataset, const PublishRequestOptions &options, const QList<SampleUpdate> &usageFirst = {});
    bool isPublishing() const { return !m_publishingDataset.isEmpty(); }
    // Looks for the labeled images' near duplicates (listed, described and grouped off the GUI thread, the
    // look-alikes' cache reused): duplicatesFound or duplicatesUnknown follows. A new call drops the last.
    void findDuplicates(const Dataset &dataset);
    void cancelDuplicates();
    const DuplicateCheck *duplicates() const { return m_duplicates; }
    void exportLabels(const Dataset &dataset, LabelExporter::Format format, const QString &folder);
    void cancelExport();

signals:
    void publishStarted(const QString &datasetId, const QString &versionId);
    void versionUpdated(const DatasetVersion &version);
    void versionFinished(const QString &datasetId, const DatasetVersion &version); // normal or in error
    void publishFailed(const QString &datasetId, const QString &message); // not started, or not followed
    void exportProgress(qint64 done, qint64 total);
    void exportFinished(const LabelExporter::Outcome &outcome);
    void duplicatesFound();
    void duplicatesUnknown(const QString &why);

private:
    void release(const QString &datasetId, const PublishRequestOptions &options);

    QPointer<Session> m_session;
    QString m_publishingDataset;
    QPointer<VersionWatcher> m_watcher;
    QPointer<LabelExporter> m_exporter;
    QPointer<LabeledSamples> m_labeled; // the last findDuplicates()'s
    QPointer<DuplicateCheck> m_duplicates;
};
