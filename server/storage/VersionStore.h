#pragma once

#include "storage/Records.h"

#include <QList>

#include <optional>

class Database;

// The published versions of the datasets: their status and the document the API serves. A version's
// counts and label statistics are a snapshot taken when it was published; only its status, message and
// whether it is current change afterwards.
class VersionStore final
{
public:
    explicit VersionStore(Database &db)
        : m_db(db)
    {
    }

    bool insert(const VersionRecord &version);
    bool update(const QString &versionId, int status, const QJsonObject &state);
    std::optional<VersionRecord> find(const QString &datasetId, const QString &versionId) const;
    // Newest first.
    QList<VersionRecord> list(const QString &datasetId) const;
    bool nameTaken(const QString &datasetId, const QString &name) const;
    qint64 count(const QString &datasetId) const;
    // The version of the dataset being published now, if any (the dataset is locked meanwhile).
    std::optional<VersionRecord> publishing(const QString &datasetId) const;
    // Every version still "creating" (at start: those a stopped service left behind).
    QList<VersionRecord> creating() const;
    std::optional<VersionRecord> current(const QString &datasetId) const;
    // When the dataset's newest version was created (0: never).
    qint64 lastCreateTimeMs(const QString &datasetId) const;

private:
    Database &m_db;
};
