#pragma once

#include "storage/Records.h"

#include <QList>

#include <optional>

class Database;

// The export tasks of the datasets: their status and the document the API serves.
class ExportTaskStore final
{
public:
    explicit ExportTaskStore(Database &db)
        : m_db(db)
    {
    }

    bool insert(const ExportTaskRecord &task);
    bool update(const QString &taskId, const QString &status, const QJsonObject &state);
    std::optional<ExportTaskRecord> find(const QString &datasetId, const QString &taskId) const;
    // Newest first.
    QList<ExportTaskRecord> list(const QString &datasetId) const;
    // Every task not ended (at start: those a stopped service left behind).
    QList<ExportTaskRecord> unfinished() const;

private:
    Database &m_db;
};
