#include "storage/Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr int schemaVersion = 6;

const char *const schemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)",
    "CREATE TABLE projects (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE domains (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, domain_id TEXT NOT NULL REFERENCES domains(id),"
    " name TEXT NOT NULL, project_id TEXT NOT NULL REFERENCES projects(id), password_hash BLOB NOT NULL,"
    " UNIQUE(domain_id, name))",
    "CREATE TABLE tokens (hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, project_id TEXT NOT NULL,"
    " issued_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL)",
    "CREATE TABLE access_keys (ak TEXT PRIMARY KEY, sk BLOB NOT NULL, user_id TEXT NOT NULL,"
    " project_id TEXT NOT NULL)",
    "CREATE TABLE datasets (id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id),"
    " name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', type INTEGER NOT NULL DEFAULT 0,"
    " create_ms INTEGER NOT NULL, update_ms INTEGER NOT NULL, UNIQUE(project_id, name))",
    "CREATE TABLE labels (dataset_id TEXT NOT NULL REFERENCES datasets(id), name TEXT NOT NULL,"
    " type INTEGER NOT NULL DEFAULT 0, color TEXT NOT NULL, ordinal INTEGER NOT NULL,"
    " PRIMARY KEY(dataset_id, name))",
    "CREATE TABLE samples (id TEXT PRIMARY KEY, dataset_id TEXT NOT NULL REFERENCES datasets(id),"
    " name TEXT NOT NULL, dir TEXT NOT NULL, rel_path TEXT NOT NULL, source_key TEXT NOT NULL,"
    " size INTEGER NOT NULL, time_ms INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,"
    " channels INTEGER NOT NULL, status TEXT NOT NULL, annotated_by TEXT NOT NULL DEFAULT '',"
    " truth TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX samples_by_dataset ON samples(dataset_id, status)",
    "CREATE UNIQUE INDEX samples_by_source ON samples(dataset_id, source_key)",
    "CREATE TABLE sample_labels (sample_id TEXT NOT NULL REFERENCES samples(id), ordinal INTEGER NOT NULL,"
    " name TEXT NOT NULL, type INTEGER NOT NULL DEFAULT 0, score REAL, property TEXT NOT NULL DEFAULT '{}',"
    " PRIMARY KEY(sample_id, ordinal))",
    "CREATE INDEX sample_labels_by_name ON sample_labels(name)",
    "CREATE TABLE auto_annotations (sample_id TEXT PRIMARY KEY REFERENCES samples(id),"
    " dataset_id TEXT NOT NULL, task_id TEXT NOT NULL, label_name TEXT NOT NULL, score REAL NOT NULL,"
    " hard INTEGER NOT NULL, hard_coefficient REAL NOT NULL, hard_reasons TEXT NOT NULL)",
    "CREATE INDEX auto_by_dataset ON auto_annotations(dataset_id, score)",
    "CREATE TABLE tasks (id TEXT PRIMARY KEY, dataset_id TEXT NOT NULL REFERENCES datasets(id),"
    " task_type TEXT NOT NULL, status INTEGER NOT NULL, create_ms INTEGER NOT NULL, state TEXT NOT NULL)",
    "CREATE INDEX tasks_by_dataset ON tasks(dataset_id, create_ms)",
};

// Version 2: what publishing and exporting need. When a sample was labeled and whether the task that
// labeled it found it hard (kept past its confirmation: a version may carry it); dataset versions and
// export tasks, each with the document the API serves.
const char *const schemaV2[] = {
    "ALTER TABLE samples ADD COLUMN labeled_ms INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE samples ADD COLUMN hard INTEGER",
    "ALTER TABLE samples ADD COLUMN hard_coefficient REAL",
    "CREATE TABLE versions (id TEXT PRIMARY KEY, dataset_id TEXT NOT NULL REFERENCES datasets(id),"
    " name TEXT NOT NULL, status INTEGER NOT NULL, create_ms INTEGER NOT NULL, state TEXT NOT NULL,"
    " UNIQUE(dataset_id, name))",
    ("CREATE TABLE export_tasks (id TEXT PRIMARY KEY, dataset_id TEXT NOT NULL REFERENCES datasets(id),"
     " status TEXT NOT NULL, create_ms INTEGER NOT NULL, state TEXT NOT NULL)"),
    "CREATE INDEX export_tasks_by_dataset ON export_tasks(dataset_id, create_ms)",
};

// Version 3: each dataset's number of auto annotations, kept by the database as rows come and go, so
// that the first page of a listing (which says how many there are) does not count a million index
// entries first.
const char *const schemaV3[] = {
    "CREATE TABLE auto_counts (dataset_id TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    ("CREATE TRIGGER auto_counted AFTER INSERT ON auto_annotations BEGIN"
     " INSERT INTO auto_counts(dataset_id, n) VALUES(NEW.dataset_id, 1) ON CONFLICT(dataset_id) DO UPDATE SET n = n + 1; END"),
    ("CREATE TRIGGER auto_uncounted AFTER DELETE ON auto_annotations BEGIN"
     " UPDATE auto_counts SET n = n - 1 WHERE dataset_id = OLD.dataset_id; END"),
    ("CREATE TRIGGER auto_moved AFTER UPDATE OF dataset_id ON auto_annotations BEGIN"
     " UPDATE auto_counts SET n = n - 1 WHERE dataset_id = OLD.dataset_id;"
     " INSERT INTO auto_counts(dataset_id, n) VALUES(NEW.dataset_id, 1) ON CONFLICT(dataset_id) DO UPDATE SET n = n + 1; END"),
    "INSERT INTO auto_counts(dataset_id, n) SELECT dataset_id, COUNT(*) FROM auto_annotations GROUP BY dataset_id",
};

// Version 4: samples deleted by DeleteSamples, so that a dataset's deleted_sample_count says how many and
// deleting one again is no error.
const char *const schemaV4[] = {
    ("CREATE TABLE deleted_samples (dataset_id TEXT NOT NULL, sample_id TEXT NOT NULL, deleted_ms INTEGER NOT NULL,"
     " PRIMARY KEY(dataset_id, sample_id)) WITHOUT ROWID"),
};

// Version 5: samples' user attributes (what auto grouping writes), one value per sample and key.
const char *const schemaV5[] = {
    ("CREATE TABLE sample_attributes (sample_id TEXT NOT NULL, dataset_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
     " PRIMARY KEY(sample_id, key)) WITHOUT ROWID"),
    "CREATE INDEX sample_attributes_by_key ON sample_attributes(dataset_id, key, value)",
};

// Version 6: a sample's usage (UpdateSamples' sample_usage: TRAIN, EVAL, TEST, INFERENCE; '' for none),
// kept by a version published with remove_sample_usage false.
const char *const schemaV6[] = {
    "ALTER TABLE samples ADD COLUMN usage TEXT NOT NULL DEFAULT ''",
};

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text() + QStringLiteral(" in: ") + sql;
    return false;
}

template<size_t N>
bool run(const QSqlDatabase &db, const char *const (&statements)[N], QString *error)
{
    for (const char *statement : statements) {
        if (!exec(db, QString::fromLatin1(statement), error))
            return false;
    }
    return true;
}

} // namespace

namespace schema {

bool migrate(QSqlDatabase db, int target, QString *error)
{
    if (target <= 0)
        target = schemaVersion;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    q = QSqlQuery();
    if (version >= target && version <= schemaVersion)
        return true;
    if (version > schemaVersion) {
        *error = QStringLiteral("the database was written by a newer modelarts-local (schema %1)").arg(version);
        return false;
    }
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    // Each step from the version found: a database of version 1 keeps its rows.
    if ((version < 1 && !run(db, schemaV1, error)) || (version < 2 && target >= 2 && !run(db, schemaV2, error))
        || (version < 3 && target >= 3 && !run(db, schemaV3, error)) || (version < 4 && target >= 4 && !run(db, schemaV4, error))
        || (version < 5 && target >= 5 && !run(db, schemaV5, error)) || (version < 6 && target >= 6 && !run(db, schemaV6, error))
        || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(target), error)) {
        db.rollback();
        return false;
    }
    if (db.commit())
        return true;
    *error = db.lastError().text();
    db.rollback();
    return false;
}

} // namespace schema
