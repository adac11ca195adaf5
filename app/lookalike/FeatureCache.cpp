#include "lookalike/FeatureCache.h"

#include <QFile>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

namespace featurecache {
namespace {

constexpr const char *schema[] = {
    "PRAGMA journal_mode=WAL",
    "CREATE TABLE IF NOT EXISTS space (id INTEGER PRIMARY KEY CHECK (id = 1), bytes BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS vectors (sample_id TEXT PRIMARY KEY, signature BLOB NOT NULL, vector BLOB NOT NULL)",
};

// Runs `work` on a connection of its own to `path` (made and removed here); its error in `error`.
bool withConnection(const QString &path, QString *error, const std::function<bool(QSqlDatabase &, QString *)> &work)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    const QString name = QStringLiteral("feature-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = true;
            for (const char *sql : schema) {
                if (ok && !q.exec(QString::fromLatin1(sql))) {
                    *error = q.lastError().text();
                    ok = false;
                }
            }
            ok = ok && work(db, error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool readAll(QSqlDatabase &db, Contents &out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT bytes FROM space WHERE id = 1"))) {
        *error = q.lastError().text();
        return false;
    }
    if (q.next()) {
        const QByteArray bytes = q.value(0).toByteArray();
        out.space.assign(bytes.constData(), size_t(bytes.size()));
    }
    if (!q.exec(QStringLiteral("SELECT sample_id, signature, vector FROM vectors"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Entry e{ q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toByteArray() };
        out.entries.insert(e.id, e);
    }
    return true;
}

bool write(QSqlDatabase &db, const std::string &space, const std::vector<Entry> &entries, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    bool ok = true;
    if (!space.empty()) {
        ok = q.exec(QStringLiteral("DELETE FROM vectors"))
                && q.prepare(QStringLiteral("INSERT OR REPLACE INTO space (id, bytes) VALUES (1, ?)"));
        q.addBindValue(QByteArray(space.data(), qsizetype(space.size())));
        ok = ok && q.exec();
    }
    ok = ok && q.prepare(QStringLiteral("INSERT OR REPLACE INTO vectors (sample_id, signature, vector) VALUES (?, ?, ?)"));
    for (size_t i = 0; ok && i < entries.size(); ++i) {
        q.addBindValue(entries[i].id);
        q.addBindValue(entries[i].signature);
        q.addBindValue(entries[i].vector);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        *error = ok ? db.lastError().text() : q.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

QString pathFor(const QString &cacheDir, const QUrl &endpoint, const QString &projectId, const QString &datasetId)
{
    const QByteArray key = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toEncoded() + '\n' + projectId.toUtf8() + '\n'
            + datasetId.toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    return QDir(cacheDir).filePath(QStringLiteral("features/%1.sqlite").arg(name));
}

Contents load(const QString &path)
{
    Contents out;
    if (!withConnection(path, &out.error, [&out](QSqlDatabase &db, QString *error) { return readAll(db, out, error); }))
        out = Contents{ {}, {}, out.error };
    return out;
}

bool store(const QString &path, const std::string &space, const std::vector<Entry> &entries, QString *error)
{
    return withConnection(path, error, [&](QSqlDatabase &db, QString *e) { return write(db, space, entries, e); });
}

bool setAside(const QString &path, QString *error)
{
    const QString aside = path + QStringLiteral(".unreadable");
    QFile::remove(aside);
    for (const char *suffix : { "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix)); // what belonged to the unreadable file
    QFile file(path);
    if (file.exists() && !file.rename(aside)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace featurecache
