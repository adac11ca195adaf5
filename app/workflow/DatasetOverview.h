#pragma once

#include "types/ModelArtsTypes.h"
#include "types/Preconditions.h"
#include "types/VersionTypes.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ModelArtsClient;

// Everything the dataset page shows about one dataset, fetched together: details, label statistics,
// the samples' metadata (for 4-channel images), the tasks, and from them the five preconditions; and
// the published versions.
// A newer load() makes the answers of an older one void.
class DatasetOverview final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(DatasetOverview)
    struct Data
    {
        Dataset dataset;
        DatasetStats stats;
        QList<Preconditions::Check> checks;
        QList<TaskInfo> tasks;
        std::optional<TaskInfo> activeTask; // queued, running or stopping
        std::optional<TaskInfo> unconfirmedTask; // the newest succeeded task with samples to confirm
        QStringList fourChannelSamples;
        QStringList fourChannelIds; // their sample ids, in the same order
        QList<DatasetVersion> versions; // newest first
        QString versionsError; // the versions could not be read (the rest of the overview still shows)
    };

    explicit DatasetOverview(ModelArtsClient *client, QObject *parent = nullptr);

    void load(const QString &datasetId);

signals:
    void loaded(const DatasetOverview::Data &data);
    void loadFailed(const ApiError &error);

private:
    void loadVersions(quint64 generation, const std::shared_ptr<Data> &data);

    QPointer<ModelArtsClient> m_client;
    quint64 m_generation = 0;
};
