#pragma once

#include "Refusal.h"
#include "storage/Records.h"
#include "versions/PublishRequest.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <variant>

class Storage;

struct PublishOptions
{
    int minStageMs = 0; // a publish lasts at least this long (to watch it, or to stop the service meanwhile)
    qint64 minIntervalMs = 60 * 1000; // one publish per dataset in this time (ModelArts.4370); 0: none
    std::function<qint64()> nowMs;
};

// Publishing dataset versions (modelarts-api-versions.md 1, 7): checks a request, records the version as
// "creating" (which locks the dataset) and writes it on a thread of its own: the samples read in one
// snapshot, the manifest written whole or not at all, then the version made current in one transaction.
// Thread-safe: the HTTP front's workers call it with their own Storage.
class VersionPublisher final : public QObject
{
    Q_OBJECT

public:
    VersionPublisher(QString dataDir, PublishOptions options, QObject *parent = nullptr);
    ~VersionPublisher() override;
    Q_DISABLE_COPY_MOVE(VersionPublisher)

    // Versions left "creating" by a service that stopped: marked in error, their half-written files removed.
    void failInterrupted(Storage &storage);
    // The new version's id, or why not. `storage` is the calling thread's.
    std::variant<QString, Refusal> publish(Storage &storage, const DatasetRecord &dataset, const PublishRequest &request);
    // Stops the publishes running and waits for them (shutdown); each ends in error.
    void shutdown();

signals:
    void finished(const QString &versionId, int status);

private:
    std::optional<Refusal> refusal(const Storage &storage, const DatasetRecord &dataset, const PublishRequest &request) const;
    QString defaultName(const Storage &storage, const DatasetRecord &dataset) const;

    QString m_dataDir;
    PublishOptions m_options;
    QMutex m_creating; // one publish started at a time
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
