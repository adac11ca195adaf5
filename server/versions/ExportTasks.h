#pragma once

#include "storage/Records.h"
#include "versions/ExportJob.h"

#include <QObject>
#include <QThreadPool>

// The export tasks of modelarts-local (modelarts-api-versions.md 4): each recorded as INIT and run on a
// thread of its own (ExportJob). Thread-safe: the HTTP front's workers call it with their own Storage.
class ExportTasks final : public QObject
{
    Q_OBJECT

public:
    explicit ExportTasks(QString dataDir, std::function<qint64()> nowMs = {}, QObject *parent = nullptr);
    ~ExportTasks() override;
    Q_DISABLE_COPY_MOVE(ExportTasks)

    // Tasks a stopped service left running: marked failed (what they wrote stays, each file whole).
    void failInterrupted(Storage &storage);
    // The task's id, or empty with *error set (the database refused).
    QString create(Storage &storage, const DatasetRecord &dataset, const ExportRequest &request, QString *error);
    void shutdown();

signals:
    void finished(const QString &taskId, const QString &status);

private:
    QString m_dataDir;
    std::function<qint64()> m_nowMs;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
