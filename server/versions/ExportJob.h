#pragma once

#include "storage/Records.h"
#include "storage/SampleStore.h"

#include <atomic>
#include <functional>
#include <memory>

class Storage;

// What an export writes (CreateDatasetExportTask's body, checked).
struct ExportRequest
{
    QString path; // "/modelarts-local/dir/", as the request wrote it
    QString targetDir; // the same on disk
    int exportType = 3; // 0 labeled, 1 unlabeled, 2 all, 3 by condition
    int exportFormat = 2; // 1 tree (a folder per label), 2 tile (image + .txt)
    QList<SampleQuery> selection; // ORed; each has no limit
    QString sourceTypeHeader = QStringLiteral("obs://");
    bool clearHardProperty = true;
    QJsonObject echo; // the task document's request fields, defaults filled in
};

// One export, run on a thread of its own with a Storage of its own: the samples chosen in one snapshot, each
// image (and its labels) written whole under the target directory, a manifest of them at the end, and the
// task's progress recorded as it goes.
class ExportJob final
{
public:
    struct Input
    {
        QString dataDir;
        DatasetRecord dataset;
        ExportTaskRecord task;
        ExportRequest request;
        std::function<qint64()> nowMs;
        std::shared_ptr<std::atomic_bool> cancel;
    };

    explicit ExportJob(Input input);
    // The task's final status as written.
    QString run();

private:
    QList<SampleRecord> select(Storage &storage);
    bool writeSample(const SampleRecord &s, QStringList *manifestLines);
    bool writeManifest(const QStringList &lines);
    void progress(Storage &storage, qint64 done, qint64 total, bool force);
    QString end(Storage &storage, const QString &status, const QString &code = {}, const QString &message = {});
    QString uniqueName(const SampleRecord &s);

    Input m_in;
    QSet<QString> m_usedNames;
    QString m_error;
    qint64 m_lastProgressMs = 0;
};
