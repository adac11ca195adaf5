#pragma once

#include "storage/AnnotationStore.h"
#include "storage/AttributeStore.h"
#include "storage/Database.h"
#include "storage/DatasetStore.h"
#include "storage/ExportTaskStore.h"
#include "storage/IdentityStore.h"
#include "storage/SampleStore.h"
#include "storage/TaskStore.h"
#include "storage/VersionStore.h"

#include <QDir>
#include <QFileInfo>

// modelarts-local's database: one connection (Database) and a store per aggregate over it.
// One Storage belongs to the thread that created it; a thread that needs the database opens its own
// Storage. Every change that spans several rows runs in one transaction.
class Storage final
{
public:
    explicit Storage(const QString &dataDir)
        : m_db(dataDir)
    {
    }
    Q_DISABLE_COPY_MOVE(Storage)

    // Opens (creating it and its schema if needed). False with lastError() set on failure.
    bool open() { return m_db.open(); }
    QString lastError() const { return m_db.lastError(); }
    QString dataDir() const { return m_db.dataDir(); }
    // The file a stored path names (a sample's rel_path), resolved; "" when it does not exist or would
    // resolve outside the data directory (a link, a tampered row).
    QString fileInside(const QString &relPath) const
    {
        // The directory as it resolved the first time (resolving walks every directory of it, a system call
        // each, and it does not move while the service runs).
        if (m_root.isEmpty()) {
            const QString root = QFileInfo(dataDir()).canonicalFilePath();
            if (root.isEmpty())
                return {};
            m_root = root + QLatin1Char('/');
        }
        const QString path = QFileInfo(QDir(dataDir()).filePath(relPath)).canonicalFilePath();
        return path.isEmpty() || !path.startsWith(m_root) ? QString() : path;
    }
    Database &database() { return m_db; }

    bool transaction() { return m_db.transaction(); }
    bool readTransaction() { return m_db.readTransaction(); }
    bool commit() { return m_db.commit(); }
    void rollback() { m_db.rollback(); }
    // A random secret created on first use (the URL signing key).
    QByteArray secret(const QString &key) { return m_db.secret(key); }

    IdentityStore &identity() { return m_identity; }
    const IdentityStore &identity() const { return m_identity; }
    DatasetStore &datasets() { return m_datasets; }
    const DatasetStore &datasets() const { return m_datasets; }
    SampleStore &samples() { return m_samples; }
    const SampleStore &samples() const { return m_samples; }
    AnnotationStore &annotations() { return m_annotations; }
    const AnnotationStore &annotations() const { return m_annotations; }
    AttributeStore &attributes() { return m_attributes; }
    const AttributeStore &attributes() const { return m_attributes; }
    TaskStore &tasks() { return m_tasks; }
    const TaskStore &tasks() const { return m_tasks; }
    VersionStore &versions() { return m_versions; }
    const VersionStore &versions() const { return m_versions; }
    ExportTaskStore &exports() { return m_exports; }
    const ExportTaskStore &exports() const { return m_exports; }

private:
    Database m_db;
    mutable QString m_root; // the data directory resolved, with a slash
    IdentityStore m_identity{ m_db };
    DatasetStore m_datasets{ m_db };
    SampleStore m_samples{ m_db };
    AnnotationStore m_annotations{ m_db };
    AttributeStore m_attributes{ m_db };
    TaskStore m_tasks{ m_db };
    VersionStore m_versions{ m_db };
    ExportTaskStore m_exports{ m_db };
};
