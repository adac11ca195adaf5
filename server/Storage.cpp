#include "Storage.h"

#include "Ids.h"
#include "ServerLog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {
constexpr int schemaVersion = 1;

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

// Label colours handed out in order, as the ModelArts console does.
const char *const palette[] = { "#3399ff", "#ff6633", "#33cc66", "#cc33ff", "#ffcc00",
                                "#00cccc", "#ff3399", "#999900", "#6666ff", "#cc6600" };

QString colorFor(int ordinal)
{
    return QString::fromLatin1(palette[ordinal % std::size(palette)]);
}

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL and '' means "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.domainId = q.value(2).toString();
    u.domainName = q.value(3).toString();
    u.project.id = q.value(4).toString();
    u.project.name = q.value(5).toString();
    u.passwordHash = q.value(6).toByteArray();
    return u;
}

const QString userSelect = QStringLiteral(
        "SELECT u.id, u.name, d.id, d.name, p.id, p.name, u.password_hash FROM users u"
        " JOIN domains d ON d.id = u.domain_id JOIN projects p ON p.id = u.project_id ");

DatasetRecord readDataset(const QSqlQuery &q)
{
    DatasetRecord d;
    d.id = q.value(0).toString();
    d.projectId = q.value(1).toString();
    d.name = q.value(2).toString();
    d.description = q.value(3).toString();
    d.type = q.value(4).toInt();
    d.createTimeMs = q.value(5).toLongLong();
    d.updateTimeMs = q.value(6).toLongLong();
    return d;
}

const QString datasetSelect = QStringLiteral(
        "SELECT id, project_id, name, description, type, create_ms, update_ms FROM datasets ");

const QString sampleSelect = QStringLiteral(
        "SELECT s.id, s.dataset_id, s.name, s.dir, s.rel_path, s.size, s.time_ms, s.width, s.height,"
        " s.channels, s.status, s.annotated_by, s.truth, a.task_id, a.label_name, a.score, a.hard,"
        " a.hard_coefficient, a.hard_reasons FROM samples s LEFT JOIN auto_annotations a ON a.sample_id = s.id ");

} // namespace

Storage::Storage(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_connection(QStringLiteral("storage-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Storage::~Storage()
{
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool Storage::open()
{
    if (!QDir().mkpath(m_dataDir)) {
        m_lastError = QStringLiteral("cannot create the data directory %1").arg(m_dataDir);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QDir(m_dataDir).filePath(QStringLiteral("modelarts-local.db")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        // 32 MB of pages kept between statements: listing 100,000 samples reads the same index pages
        // page after page (SQLite's default keeps 2 MB).
        || !exec(QStringLiteral("PRAGMA cache_size=-32768")))
        return false;
    return migrate();
}

bool Storage::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text() + QStringLiteral(" in: ") + sql;
        qCWarning(lcStorage).noquote() << m_lastError;
        return false;
    }
    return true;
}

bool Storage::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version == schemaVersion)
        return true;
    if (version > schemaVersion) {
        m_lastError = QStringLiteral("the database was written by a newer modelarts-local (schema %1)").arg(version);
        return false;
    }
    if (!transaction())
        return false;
    for (const char *statement : schemaV1) {
        if (!exec(QString::fromLatin1(statement))) {
            rollback();
            return false;
        }
    }
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))) {
        rollback();
        return false;
    }
    return commit();
}

bool Storage::transaction()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

bool Storage::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

void Storage::rollback()
{
    QSqlDatabase::database(m_connection).rollback();
}

QByteArray Storage::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

bool Storage::setMeta(const QString &key, const QByteArray &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QByteArray Storage::secret(const QString &key)
{
    QByteArray value = meta(key);
    if (value.isEmpty()) {
        value = ids::randomBytes(32);
        QSqlQuery q(QSqlDatabase::database(m_connection));
        // Two processes may race here on first use: keep whichever was written first.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES(?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        q.exec();
        value = meta(key);
    }
    return value;
}

ProjectRecord Storage::ensureProject(const QString &name)
{
    if (auto existing = projectByName(name))
        return *existing;
    ProjectRecord p{ ids::hex32(), name };
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO projects(id, name) VALUES(?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(p.name);
    if (!q.exec())
        m_lastError = q.lastError().text();
    return projectByName(name).value_or(p);
}

std::optional<ProjectRecord> Storage::projectByName(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, name FROM projects WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return ProjectRecord{ q.value(0).toString(), q.value(1).toString() };
    return std::nullopt;
}

std::optional<ProjectRecord> Storage::projectById(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, name FROM projects WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return ProjectRecord{ q.value(0).toString(), q.value(1).toString() };
    return std::nullopt;
}

std::optional<UserRecord> Storage::upsertUser(const QString &domainName, const QString &name,
                                              const QString &projectName, const QByteArray &passwordHash)
{
    if (!transaction())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO domains(id, name) VALUES(?, ?)"));
    q.addBindValue(ids::hex32());
    q.addBindValue(domainName);
    bool ok = q.exec();
    const ProjectRecord project = ensureProject(projectName);
    const auto existing = userByName(domainName, name);
    if (ok && existing) {
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, project_id = ? WHERE id = ?"));
        q.addBindValue(passwordHash);
        q.addBindValue(project.id);
        q.addBindValue(existing->id);
        ok = q.exec();
    } else if (ok) {
        q.prepare(QStringLiteral("INSERT INTO users(id, domain_id, name, project_id, password_hash)"
                                 " SELECT ?, id, ?, ?, ? FROM domains WHERE name = ?"));
        q.addBindValue(ids::hex32());
        q.addBindValue(name);
        q.addBindValue(project.id);
        q.addBindValue(passwordHash);
        q.addBindValue(domainName);
        ok = q.exec();
    }
    if (!ok) {
        m_lastError = q.lastError().text();
        rollback();
        return std::nullopt;
    }
    if (!commit())
        return std::nullopt;
    return userByName(domainName, name);
}

std::optional<UserRecord> Storage::userByName(const QString &domainNameOrId, const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(userSelect + QStringLiteral("WHERE (d.name = ? OR d.id = ?) AND u.name = ?"));
    q.addBindValue(domainNameOrId);
    q.addBindValue(domainNameOrId);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return readUser(q);
    return std::nullopt;
}

std::optional<UserRecord> Storage::userById(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(userSelect + QStringLiteral("WHERE u.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readUser(q);
    return std::nullopt;
}

QList<UserRecord> Storage::usersNamed(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(userSelect + QStringLiteral("WHERE u.name = ?"));
    q.addBindValue(name);
    QList<UserRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(readUser(q));
    }
    return out;
}

bool Storage::addToken(const QByteArray &tokenHash, const QString &userId, const QString &projectId,
                       qint64 issuedMs, qint64 expiresMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE expires_ms < ?"));
    q.addBindValue(issuedMs);
    q.exec();
    q.prepare(QStringLiteral("INSERT INTO tokens(hash, user_id, project_id, issued_ms, expires_ms) VALUES(?,?,?,?,?)"));
    q.addBindValue(QString::fromLatin1(tokenHash));
    q.addBindValue(userId);
    q.addBindValue(projectId);
    q.addBindValue(issuedMs);
    q.addBindValue(expiresMs);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<Storage::TokenInfo> Storage::token(const QByteArray &tokenHash) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT user_id, project_id, expires_ms FROM tokens WHERE hash = ?"));
    q.addBindValue(QString::fromLatin1(tokenHash));
    if (q.exec() && q.next())
        return TokenInfo{ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() };
    return std::nullopt;
}

bool Storage::addAccessKey(const AccessKeyRecord &key)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO access_keys(ak, sk, user_id, project_id) VALUES(?,?,?,?)"));
    q.addBindValue(key.accessKey);
    q.addBindValue(key.secretKey);
    q.addBindValue(key.userId);
    q.addBindValue(key.projectId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<AccessKeyRecord> Storage::accessKey(const QString &ak) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT ak, sk, user_id, project_id FROM access_keys WHERE ak = ?"));
    q.addBindValue(ak);
    if (q.exec() && q.next())
        return AccessKeyRecord{ q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(),
                                q.value(3).toString() };
    return std::nullopt;
}

bool Storage::insertDataset(const DatasetRecord &d)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO datasets(id, project_id, name, description, type, create_ms, update_ms)"
                             " VALUES(?,?,?,?,?,?,?)"));
    q.addBindValue(d.id);
    q.addBindValue(d.projectId);
    q.addBindValue(d.name);
    q.addBindValue(text(d.description));
    q.addBindValue(d.type);
    q.addBindValue(d.createTimeMs);
    q.addBindValue(d.updateTimeMs);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<DatasetRecord> Storage::dataset(const QString &projectId, const QString &datasetId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(datasetSelect + QStringLiteral("WHERE project_id = ? AND id = ?"));
    q.addBindValue(projectId);
    q.addBindValue(datasetId);
    if (q.exec() && q.next())
        return readDataset(q);
    return std::nullopt;
}

std::optional<DatasetRecord> Storage::datasetByName(const QString &projectId, const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(datasetSelect + QStringLiteral("WHERE project_id = ? AND name = ?"));
    q.addBindValue(projectId);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return readDataset(q);
    return std::nullopt;
}

QList<DatasetRecord> Storage::datasets(const QString &projectId, const DatasetQuery &query) const
{
    QString sql = datasetSelect + QStringLiteral("WHERE project_id = ?");
    if (!query.searchContent.isEmpty())
        sql += QStringLiteral(" AND instr(lower(name), lower(?)) > 0");
    if (query.type)
        sql += QStringLiteral(" AND type = ?");
    sql += query.sortByName ? QStringLiteral(" ORDER BY name") : QStringLiteral(" ORDER BY create_ms");
    sql += query.orderAscending ? QStringLiteral(" ASC, id ASC") : QStringLiteral(" DESC, id DESC");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    q.addBindValue(projectId);
    if (!query.searchContent.isEmpty())
        q.addBindValue(query.searchContent);
    if (query.type)
        q.addBindValue(*query.type);
    QList<DatasetRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(readDataset(q));
    }
    return out;
}

bool Storage::touchDataset(const QString &datasetId, qint64 timeMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE datasets SET update_ms = ? WHERE id = ?"));
    q.addBindValue(timeMs);
    q.addBindValue(datasetId);
    return q.exec();
}

bool Storage::insertLabel(const QString &datasetId, const LabelRecord &label)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM labels WHERE dataset_id = ?"));
    q.addBindValue(datasetId);
    const int ordinal = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO labels(dataset_id, name, type, color, ordinal) VALUES(?,?,?,?,?)"));
    q.addBindValue(datasetId);
    q.addBindValue(label.name);
    q.addBindValue(label.type);
    q.addBindValue(label.color.isEmpty() ? colorFor(ordinal) : label.color);
    q.addBindValue(ordinal);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QList<LabelRecord> Storage::labels(const QString &datasetId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT name, type, color FROM labels WHERE dataset_id = ? ORDER BY ordinal"));
    q.addBindValue(datasetId);
    QList<LabelRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(LabelRecord{ q.value(0).toString(), q.value(1).toInt(), q.value(2).toString() });
    }
    return out;
}

DatasetCounts Storage::counts(const QString &datasetId) const
{
    DatasetCounts c;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(status = 'MANUAL_ANNOTATION'), 0) FROM samples WHERE dataset_id = ?"));
    q.addBindValue(datasetId);
    if (q.exec() && q.next()) {
        c.total = q.value(0).toLongLong();
        c.labeled = q.value(1).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM auto_annotations WHERE dataset_id = ?"));
    q.addBindValue(datasetId);
    if (q.exec() && q.next())
        c.autoPending = q.value(0).toLongLong();
    return c;
}

QHash<QString, QPair<qint64, qint64>> Storage::labelUsage(const QString &datasetId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT l.name, COUNT(*), COUNT(DISTINCT l.sample_id) FROM sample_labels l"
                             " JOIN samples s ON s.id = l.sample_id WHERE s.dataset_id = ? GROUP BY l.name"));
    q.addBindValue(datasetId);
    QHash<QString, QPair<qint64, qint64>> out;
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toLongLong() });
    }
    return out;
}

bool Storage::insertSample(const SampleRecord &s)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO samples(id, dataset_id, name, dir, rel_path, source_key, size, time_ms,"
                             " width, height, channels, status, annotated_by, truth)"
                             " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(s.id);
    q.addBindValue(s.datasetId);
    q.addBindValue(s.name);
    q.addBindValue(s.dir);
    q.addBindValue(s.relPath);
    q.addBindValue(QString(s.dir + s.name));
    q.addBindValue(s.size);
    q.addBindValue(s.timeMs);
    q.addBindValue(s.width);
    q.addBindValue(s.height);
    q.addBindValue(s.channels);
    q.addBindValue(s.labels.isEmpty() ? QStringLiteral("UN_ANNOTATION") : QStringLiteral("MANUAL_ANNOTATION"));
    q.addBindValue(text(s.annotatedBy));
    q.addBindValue(text(s.truth));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return replaceLabels(s.id, s.labels, s.annotatedBy, s.timeMs);
}

bool Storage::hasSamplePath(const QString &datasetId, const QString &sourceKey) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM samples WHERE dataset_id = ? AND source_key = ?"));
    q.addBindValue(datasetId);
    q.addBindValue(sourceKey);
    return q.exec() && q.next();
}

QList<SampleRecord> Storage::loadSamples(QSqlQuery &q) const
{
    QList<SampleRecord> out;
    while (q.next()) {
        SampleRecord s;
        s.id = q.value(0).toString();
        s.datasetId = q.value(1).toString();
        s.name = q.value(2).toString();
        s.dir = q.value(3).toString();
        s.relPath = q.value(4).toString();
        s.size = q.value(5).toLongLong();
        s.timeMs = q.value(6).toLongLong();
        s.width = q.value(7).toInt();
        s.height = q.value(8).toInt();
        s.channels = q.value(9).toInt();
        s.status = q.value(10).toString();
        s.annotatedBy = q.value(11).toString();
        s.truth = q.value(12).toString();
        if (!q.isNull(13)) {
            AutoAnnotationRecord a;
            a.taskId = q.value(13).toString();
            a.labelName = q.value(14).toString();
            a.score = q.value(15).toDouble();
            a.hard = q.value(16).toBool();
            a.hardCoefficient = q.value(17).toDouble();
            const QStringList reasons = q.value(18).toString().split(QLatin1Char('-'), Qt::SkipEmptyParts);
            for (const QString &r : reasons)
                a.hardReasons.append(r.toInt());
            s.autoAnnotation = a;
        }
        out.append(s);
    }
    return out;
}

void Storage::attachLabels(QList<SampleRecord> &samples) const
{
    if (samples.isEmpty())
        return;
    QHash<QString, qsizetype> index;
    QStringList placeholders;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        index.insert(samples[i].id, i);
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT sample_id, name, type, score, property FROM sample_labels WHERE sample_id IN (")
              + placeholders.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY sample_id, ordinal"));
    for (const SampleRecord &s : std::as_const(samples))
        q.addBindValue(s.id);
    if (!q.exec())
        return;
    while (q.next()) {
        SampleLabelRecord l;
        l.name = q.value(1).toString();
        l.type = q.value(2).toInt();
        if (!q.isNull(3))
            l.score = q.value(3).toDouble();
        l.property = parseObject(q.value(4).toString());
        samples[index.value(q.value(0).toString())].labels.append(l);
    }
}

std::optional<SampleRecord> Storage::sample(const QString &datasetId, const QString &sampleId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sampleSelect + QStringLiteral("WHERE s.dataset_id = ? AND s.id = ?"));
    q.addBindValue(datasetId);
    q.addBindValue(sampleId);
    if (!q.exec())
        return std::nullopt;
    QList<SampleRecord> found = loadSamples(q);
    if (found.isEmpty())
        return std::nullopt;
    attachLabels(found);
    return found.first();
}

QString Storage::sampleFilter(const SampleQuery &query) const
{
    QString where = QStringLiteral("WHERE s.dataset_id = ?");
    switch (query.state) {
    case SampleState::Any:
        break;
    case SampleState::Labeled:
        where += QStringLiteral(" AND s.status = 'MANUAL_ANNOTATION'");
        break;
    case SampleState::Unlabeled:
        where += QStringLiteral(" AND s.status = 'UN_ANNOTATION'");
        break;
    case SampleState::AutoAnnotated:
        where += QStringLiteral(" AND a.sample_id IS NOT NULL");
        break;
    }
    if (!query.labelName.isEmpty())
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM sample_labels l WHERE l.sample_id = s.id AND l.name = ?)");
    if (!query.searchName.isEmpty())
        where += QStringLiteral(" AND instr(s.name, ?) > 0");
    return where;
}

QList<SampleRecord> Storage::samples(const QString &datasetId, const SampleQuery &query) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sampleSelect + sampleFilter(query) + QStringLiteral(" ORDER BY s.rowid LIMIT ? OFFSET ?"));
    q.addBindValue(datasetId);
    if (!query.labelName.isEmpty())
        q.addBindValue(query.labelName);
    if (!query.searchName.isEmpty())
        q.addBindValue(query.searchName);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return {};
    }
    QList<SampleRecord> out = loadSamples(q);
    attachLabels(out);
    return out;
}

qint64 Storage::countSamples(const QString &datasetId, const SampleQuery &query) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM samples s LEFT JOIN auto_annotations a ON a.sample_id = s.id ")
              + sampleFilter(query));
    q.addBindValue(datasetId);
    if (!query.labelName.isEmpty())
        q.addBindValue(query.labelName);
    if (!query.searchName.isEmpty())
        q.addBindValue(query.searchName);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool Storage::replaceLabels(const QString &sampleId, const QList<SampleLabelRecord> &labels,
                            const QString &annotatedBy, qint64 timeMs)
{
    Q_UNUSED(timeMs)
    // Statements prepared once: a batch update runs these for every sample.
    QSqlQuery *failed = nullptr;
    auto run = [&](QSqlQuery &q) {
        if (q.exec())
            return true;
        failed = &q;
        return false;
    };
    auto fail = [&] {
        m_lastError = failed ? failed->lastError().text() : QStringLiteral("cannot prepare a statement");
        return false;
    };
    QSqlQuery *removeLabels = prepared(QStringLiteral("DELETE FROM sample_labels WHERE sample_id = ?"));
    QSqlQuery *insertLabel = prepared(QStringLiteral("INSERT INTO sample_labels(sample_id, ordinal, name, type, score, property) VALUES(?,?,?,?,?,?)"));
    QSqlQuery *updateSample = prepared(QStringLiteral("UPDATE samples SET status = ?, annotated_by = ? WHERE id = ?"));
    QSqlQuery *removeAuto = prepared(QStringLiteral("DELETE FROM auto_annotations WHERE sample_id = ?"));
    if (!removeLabels || !insertLabel || !updateSample || !removeAuto)
        return fail();
    removeLabels->bindValue(0, sampleId);
    if (!run(*removeLabels))
        return fail();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        insertLabel->bindValue(0, sampleId);
        insertLabel->bindValue(1, int(i));
        insertLabel->bindValue(2, labels[i].name);
        insertLabel->bindValue(3, labels[i].type);
        insertLabel->bindValue(4, labels[i].score ? QVariant(*labels[i].score) : QVariant());
        insertLabel->bindValue(5, toJson(labels[i].property));
        if (!run(*insertLabel))
            return fail();
    }
    updateSample->bindValue(0, labels.isEmpty() ? QStringLiteral("UN_ANNOTATION") : QStringLiteral("MANUAL_ANNOTATION"));
    updateSample->bindValue(1, text(labels.isEmpty() ? QString() : annotatedBy));
    updateSample->bindValue(2, sampleId);
    if (!run(*updateSample))
        return fail();
    removeAuto->bindValue(0, sampleId);
    if (!run(*removeAuto))
        return fail();
    return true;
}

QSqlQuery *Storage::prepared(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connection));
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            m_lastError = q->lastError().text();
            return nullptr;
        }
        it = m_statements.insert(sql, q);
    }
    (*it)->finish();
    return it->get();
}

std::optional<QString> Storage::sampleFile(const QString &datasetId, const QString &sampleId) const
{
    QSqlQuery *q = prepared(QStringLiteral("SELECT rel_path FROM samples WHERE dataset_id = ? AND id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, datasetId);
    q->bindValue(1, sampleId);
    std::optional<QString> path;
    if (q->exec() && q->next())
        path = q->value(0).toString();
    q->finish();
    return path;
}

QString Storage::autoFilter(const AutoQuery &query) const
{
    QString where = QStringLiteral("WHERE a.dataset_id = ? AND a.score >= ? AND a.score <= ?");
    if (!query.labelName.isEmpty())
        where += QStringLiteral(" AND a.label_name = ?");
    if (query.hard)
        where += QStringLiteral(" AND a.hard = ?");
    if (!query.sampleName.isEmpty())
        where += QStringLiteral(" AND instr(s.name, ?) > 0");
    return where;
}

void Storage::bindAuto(QSqlQuery &q, const QString &datasetId, const AutoQuery &query) const
{
    q.addBindValue(datasetId);
    q.addBindValue(query.lowScore);
    q.addBindValue(query.highScore);
    if (!query.labelName.isEmpty())
        q.addBindValue(query.labelName);
    if (query.hard)
        q.addBindValue(*query.hard ? 1 : 0);
    if (!query.sampleName.isEmpty())
        q.addBindValue(query.sampleName);
}

QString Storage::autoQueryKey(const QString &datasetId, const AutoQuery &query)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
            .arg(datasetId)
            .arg(query.lowScore, 0, 'g', 17)
            .arg(query.highScore, 0, 'g', 17)
            .arg(query.labelName)
            .arg(query.hard ? (*query.hard ? 1 : 0) : -1)
            .arg(query.sampleName);
}

QList<SampleRecord> Storage::autoSamples(const QString &datasetId, const AutoQuery &query) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // Score, then insertion order: both in the auto_by_dataset index (its entries end with the rowid),
    // so a page is read off the index without sorting the whole dataset.
    const QString order = query.ascending ? QStringLiteral(" ORDER BY a.score ASC, a.rowid ASC")
                                          : QStringLiteral(" ORDER BY a.score DESC, a.rowid DESC");
    QString select = sampleSelect;
    select.replace(QStringLiteral("FROM samples s LEFT JOIN auto_annotations a ON a.sample_id = s.id"),
                   QStringLiteral("FROM auto_annotations a JOIN samples s ON s.id = a.sample_id"));
    // A listing reads page after page: where the previous page ended (if nothing changed since) lets
    // this one start there instead of skipping `offset` entries, so the last page of 100,000 costs what
    // the first does.
    const QString key = autoQueryKey(datasetId, query) + (query.ascending ? QStringLiteral("|asc|") : QStringLiteral("|desc|"));
    const QPair<qint64, qint64> version = changeVersion();
    const auto cursor = query.offset > 0 ? m_pageEnds.constFind(key + QString::number(query.offset)) : m_pageEnds.cend();
    const bool resume = cursor != m_pageEnds.cend() && cursor->version == version && version.first >= 0 && query.sampleName.isEmpty();
    if (resume) {
        // The cursor's score replaces the query's bound (SQLite takes one lower bound for the index
        // range, and it must be this one); the rowid settles ties.
        AutoQuery from = query;
        if (query.ascending)
            from.lowScore = qMax(query.lowScore, cursor->score);
        else
            from.highScore = qMin(query.highScore, cursor->score);
        q.prepare(select + QStringLiteral("WHERE a.rowid IN (SELECT a.rowid FROM auto_annotations a ") + autoFilter(from)
                  + (query.ascending ? QStringLiteral(" AND (a.score > ? OR a.rowid > ?)") : QStringLiteral(" AND (a.score < ? OR a.rowid < ?)"))
                  + order + QStringLiteral(" LIMIT ?)") + order);
        bindAuto(q, datasetId, from);
        q.addBindValue(cursor->score);
        q.addBindValue(cursor->rowid);
    } else if (query.sampleName.isEmpty()) {
        // The offset skips index entries only; the join runs for the page's rows alone.
        q.prepare(select + QStringLiteral("WHERE a.rowid IN (SELECT a.rowid FROM auto_annotations a ") + autoFilter(query) + order
                  + QStringLiteral(" LIMIT ? OFFSET ?)") + order);
    } else {
        q.prepare(select + autoFilter(query) + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    }
    if (!resume)
        bindAuto(q, datasetId, query);
    q.addBindValue(query.limit);
    if (!resume)
        q.addBindValue(query.offset);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return {};
    }
    QList<SampleRecord> page = loadSamples(q);
    if (!page.isEmpty() && page.last().autoAnnotation && query.sampleName.isEmpty()) {
        QSqlQuery last(QSqlDatabase::database(m_connection));
        last.prepare(QStringLiteral("SELECT rowid FROM auto_annotations WHERE sample_id = ?"));
        last.addBindValue(page.last().id);
        if (last.exec() && last.next()) {
            if (m_pageEnds.size() > 256)
                m_pageEnds.clear();
            m_pageEnds.insert(key + QString::number(query.offset + page.size()),
                              PageEnd{ version, page.last().autoAnnotation->score, last.value(0).toLongLong() });
        }
    }
    return page;
}

QPair<qint64, qint64> Storage::changeVersion() const
{
    // data_version moves when another connection (a task's worker) commits; total_changes() when this
    // one writes. Together: "has anything changed since".
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT (SELECT data_version FROM pragma_data_version), total_changes()")) && q.next())
        return { q.value(0).toLongLong(), q.value(1).toLongLong() };
    return { -1, -1 };
}

qint64 Storage::countAutoSamples(const QString &datasetId, const AutoQuery &query) const
{
    const QString key = autoQueryKey(datasetId, query);
    const QPair<qint64, qint64> version = changeVersion();
    const auto cached = m_autoCounts.constFind(key);
    if (version.first >= 0 && cached != m_autoCounts.cend() && cached->version == version)
        return cached->count;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // Without a name filter, the index alone answers (every auto annotation has its sample).
    q.prepare(query.sampleName.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM auto_annotations a ") + autoFilter(query)
                                         : QStringLiteral("SELECT COUNT(*) FROM auto_annotations a JOIN samples s ON s.id = a.sample_id ")
                      + autoFilter(query));
    bindAuto(q, datasetId, query);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 count = q.value(0).toLongLong();
    if (m_autoCounts.size() > 64)
        m_autoCounts.clear();
    m_autoCounts.insert(key, CachedCount{ version, count });
    return count;
}

bool Storage::replaceAutoAnnotations(const QString &datasetId, const QHash<QString, AutoAnnotationRecord> &results)
{
    if (!transaction())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM auto_annotations WHERE dataset_id = ?"));
    q.addBindValue(datasetId);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT INTO auto_annotations(sample_id, dataset_id, task_id, label_name, score, hard,"
                             " hard_coefficient, hard_reasons) VALUES(?,?,?,?,?,?,?,?)"));
    for (auto it = results.cbegin(); ok && it != results.cend(); ++it) {
        QStringList reasons;
        for (int r : it->hardReasons)
            reasons.append(QString::number(r));
        q.addBindValue(it.key());
        q.addBindValue(datasetId);
        q.addBindValue(it->taskId);
        q.addBindValue(it->labelName);
        q.addBindValue(it->score);
        q.addBindValue(it->hard ? 1 : 0);
        q.addBindValue(it->hardCoefficient);
        q.addBindValue(text(reasons.join(QLatin1Char('-'))));
        ok = q.exec();
    }
    if (!ok) {
        m_lastError = q.lastError().text();
        rollback();
        return false;
    }
    return commit();
}

qint64 Storage::countHard(const QString &datasetId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM auto_annotations WHERE dataset_id = ? AND hard = 1"));
    q.addBindValue(datasetId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Storage::countAutoOfTask(const QString &taskId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM auto_annotations WHERE task_id = ?"));
    q.addBindValue(taskId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QHash<int, qint64> Storage::hardReasonCounts(const QString &datasetId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT hard_reasons FROM auto_annotations WHERE dataset_id = ? AND hard = 1"));
    q.addBindValue(datasetId);
    QHash<int, qint64> out;
    if (q.exec()) {
        while (q.next()) {
            const QStringList reasons = q.value(0).toString().split(QLatin1Char('-'), Qt::SkipEmptyParts);
            for (const QString &r : reasons)
                out[r.toInt()] += 1;
        }
    }
    return out;
}

bool Storage::insertTask(const TaskRecord &task)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO tasks(id, dataset_id, task_type, status, create_ms, state) VALUES(?,?,?,?,?,?)"));
    q.addBindValue(task.id);
    q.addBindValue(task.datasetId);
    q.addBindValue(task.taskType);
    q.addBindValue(task.status);
    q.addBindValue(task.createTimeMs);
    q.addBindValue(toJson(task.state));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Storage::updateTask(const QString &taskId, int status, const QJsonObject &state)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE tasks SET status = ?, state = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(toJson(state));
    q.addBindValue(taskId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

namespace {
const QString taskSelect = QStringLiteral("SELECT id, dataset_id, task_type, status, create_ms, state FROM tasks ");

QList<TaskRecord> readTasks(QSqlQuery &q)
{
    QList<TaskRecord> out;
    while (q.next()) {
        out.append(TaskRecord{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                               q.value(4).toLongLong(), parseObject(q.value(5).toString()) });
    }
    return out;
}
} // namespace

std::optional<TaskRecord> Storage::task(const QString &datasetId, const QString &taskId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(taskSelect + QStringLiteral("WHERE dataset_id = ? AND id = ?"));
    q.addBindValue(datasetId);
    q.addBindValue(taskId);
    if (!q.exec())
        return std::nullopt;
    const QList<TaskRecord> found = readTasks(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<TaskRecord> Storage::tasks(const QString &datasetId, const QString &taskType) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(taskSelect + QStringLiteral("WHERE dataset_id = ? AND (? = '' OR task_type = ?) ORDER BY create_ms DESC, rowid DESC"));
    q.addBindValue(datasetId);
    q.addBindValue(text(taskType));
    q.addBindValue(text(taskType));
    if (!q.exec())
        return {};
    return readTasks(q);
}

QStringList Storage::activeTaskIds(const QString &datasetId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM tasks WHERE dataset_id = ? AND status IN (-1, 0, 1, 4) ORDER BY create_ms"));
    q.addBindValue(datasetId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

QList<TaskRecord> Storage::activeTasks() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(taskSelect + QStringLiteral("WHERE status IN (-1, 0, 1, 4)")))
        return {};
    return readTasks(q);
}
