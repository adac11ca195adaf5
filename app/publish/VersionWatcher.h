#pragma once

#include "types/VersionTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ModelArtsClient;

// Follows a version being published until it is no longer "creating": polls with a growing interval
// (ModelArts takes seconds to minutes), rides out a few transient failures, and reports the end once.
class VersionWatcher final : public QObject
{
    Q_OBJECT

public:
    struct Intervals
    {
        int firstMs = 1000;
        int maxMs = 10000;
        double growth = 1.5;
    };

    explicit VersionWatcher(ModelArtsClient *client, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(VersionWatcher)
    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }
    void watch(const QString &datasetId, const QString &versionId);

signals:
    void updated(const DatasetVersion &version);
    void finished(const DatasetVersion &version); // normal or in error
    void failed(const ApiError &error); // could not be followed

private:
    void poll();

    QPointer<ModelArtsClient> m_client;
    Intervals m_intervals;
    QString m_datasetId;
    QString m_versionId;
    QTimer m_timer;
    int m_delayMs = 0;
    int m_failuresInARow = 0;
};
