#pragma once

#include "storage/Records.h"
#include "versions/PublishRequest.h"

#include <atomic>
#include <functional>
#include <memory>

class Storage;

// One publish, run on a thread of the publisher's pool with a Storage of its own.
class PublishJob final
{
public:
    struct Input
    {
        QString dataDir;
        DatasetRecord dataset;
        VersionRecord version; // as recorded, "creating"
        PublishRequest request;
        int minStageMs = 0;
        std::function<qint64()> nowMs;
        std::shared_ptr<std::atomic_bool> cancel;
    };

    explicit PublishJob(Input input);
    // The version's final status (normal or error), as written; -1 when nothing could be written.
    int run();

private:
    bool readSnapshot(Storage &storage, QList<SampleRecord> *samples);
    bool writeManifest(const QList<SampleRecord> &samples);
    bool copyImages(const QList<SampleRecord> &samples);
    bool makeCurrent(Storage &storage, const QList<SampleRecord> &samples);
    int fail(Storage &storage, const QString &message);
    void pace();

    Input m_in;
    QString m_error;
};
