#include "review/ReviewJournal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

ReviewJournal::~ReviewJournal()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString ReviewJournal::pathFor(const QString &dataDir, const QUrl &endpoint, const QString &projectId, const QString &datasetId,
                               const QString &taskId)
{
    const QByteArray key = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toEncoded() + '\n' + projectId.toUtf8() + '\n'
            + datasetId.toUtf8() + '\n' + taskId.toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    return QDir(dataDir).filePath(QStringLiteral("journals/%1.sqlite").arg(name));
}

bool ReviewJournal::fail(const QString &what)
{
    m_lastError = what;
    return false;
}

bool ReviewJournal::open(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath()));
    const QString connection = QStringLiteral("review-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = {};
            QSqlDatabase::removeDatabase(connection);
            return fail(error);
        }
        QSqlQuery q(db);
        // WAL with synchronous FULL: a committed decision survives a power cut, not only a crash.
        for (const char *sql : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                 "CREATE TABLE IF NOT EXISTS decisions (sample_id TEXT PRIMARY KEY, kind INTEGER NOT NULL,"
                                 " label TEXT NOT NULL DEFAULT '', time_ms INTEGER NOT NULL)" }) {
            if (!q.exec(QString::fromLatin1(sql))) {
                const QString error = q.lastError().text();
                q = QSqlQuery();
                db.close();
                db = {};
                QSqlDatabase::removeDatabase(connection);
                return fail(error);
            }
        }
    }
    m_connection = connection;
    m_path = path;
    return true;
}

bool ReviewJournal::record(const QList<QPair<QString, Decision>> &decisions)
{
    if (!isOpen())
        return fail(QStringLiteral("the journal is not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery put(db);
    put.prepare(QStringLiteral("INSERT OR REPLACE INTO decisions (sample_id, kind, label, time_ms) VALUES (?, ?, ?, ?)"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM decisions WHERE sample_id = ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[id, d] : decisions) {
        bool ok;
        if (d.isNone()) {
            remove.addBindValue(id);
            ok = remove.exec();
        } else {
            put.addBindValue(id);
            put.addBindValue(int(d.kind));
            put.addBindValue(d.kind == DecisionKind::Relabel ? d.label : QStringLiteral(""));
            put.addBindValue(now);
            ok = put.exec();
        }
        if (!ok) {
            const QString error = (d.isNone() ? remove : put).lastError().text();
            db.rollback();
            return fail(error);
        }
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(error);
    }
    return true;
}

bool ReviewJournal::forget(const QStringList &sampleIds)
{
    QList<QPair<QString, Decision>> none;
    none.reserve(sampleIds.size());
    for (const QString &id : sampleIds)
        none.append({ id, Decision{} });
    return record(none);
}

QHash<QString, Decision> ReviewJournal::load() const
{
    QHash<QString, Decision> decisions;
    if (!isOpen())
        return decisions;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sample_id, kind, label FROM decisions")))
        return decisions;
    while (q.next()) {
        const int kind = q.value(1).toInt();
        if (kind < int(DecisionKind::Accept) || kind > int(DecisionKind::Reject))
            continue;
        decisions.insert(q.value(0).toString(), Decision{ DecisionKind(kind), q.value(2).toString() });
    }
    return decisions;
}
