#include "review/ReviewJournal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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

QString ReviewJournal::endpointKey(const QUrl &endpoint)
{
    return QString::fromUtf8(endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toEncoded());
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
    }
    m_connection = connection;
    m_path = path;
    if (!migrate()) {
        const QString error = m_lastError;
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
        m_path.clear();
        return fail(error);
    }
    return true;
}

bool ReviewJournal::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // WAL with synchronous NORMAL: a commit is in the WAL file when it returns (it survives the app's crash
    // or kill -9) without waiting for the disk; sync() makes it survive a power cut, off the GUI thread,
    // and markSending() syncs before anything is sent.
    for (const char *sql : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                             "CREATE TABLE IF NOT EXISTS decisions (sample_id TEXT PRIMARY KEY, kind INTEGER NOT NULL,"
                             " label TEXT NOT NULL DEFAULT '', time_ms INTEGER NOT NULL)",
                             "CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                             "CREATE TABLE IF NOT EXISTS vouched (sample_id TEXT PRIMARY KEY, label TEXT NOT NULL)" }) {
        if (!q.exec(QString::fromLatin1(sql)))
            return fail(q.lastError().text());
    }
    // Journals from before sending was journaled get the two columns (NULL sent_label: not being sent).
    if (!q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('decisions') WHERE name = 'sent_label'")))
        return fail(q.lastError().text());
    if (!q.next() && !q.exec(QStringLiteral("ALTER TABLE decisions ADD COLUMN sent_label TEXT")))
        return fail(q.lastError().text());
    return migrateSpotCheck();
}

bool ReviewJournal::inTransaction(const std::function<bool()> &work)
{
    if (!isOpen())
        return fail(QStringLiteral("the journal is not open"));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError().text());
    if (!work()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(error);
    }
    return true;
}

bool ReviewJournal::record(const QList<QPair<QString, Decision>> &decisions, const Answers &answers)
{
    QList<QPair<QString, Decision>> puts;
    QStringList removes;
    for (const auto &entry : decisions) {
        if (entry.second.isNone())
            removes.append(entry.first);
        else
            puts.append(entry);
    }
    return inTransaction([&] { return removeRows(removes) && putRows(puts) && putAnswers(answers); });
}

// Many rows a statement: a bulk decision of 100,000 samples is a few hundred statements, not 100,000.
static constexpr qsizetype rowsPerStatement = 250;

bool ReviewJournal::putRows(const QList<QPair<QString, Decision>> &rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    qsizetype prepared = -1;
    for (qsizetype from = 0; from < rows.size(); from += rowsPerStatement) {
        const qsizetype n = qMin(rowsPerStatement, rows.size() - from);
        if (n != prepared) {
            // A new decision replaces the row: it is not being sent (sent_label NULL).
            QStringList values(n, QStringLiteral("(?, ?, ?, ?)"));
            if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO decisions (sample_id, kind, label, time_ms) VALUES ")
                           + values.join(u',')))
                return fail(q.lastError().text());
            prepared = n;
        }
        for (qsizetype i = from; i < from + n; ++i) {
            const Decision &d = rows[i].second;
            q.addBindValue(rows[i].first);
            q.addBindValue(int(d.kind));
            q.addBindValue(d.kind == DecisionKind::Relabel ? d.label : QStringLiteral(""));
            q.addBindValue(now);
        }
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

bool ReviewJournal::removeRows(const QStringList &ids)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    qsizetype prepared = -1;
    for (qsizetype from = 0; from < ids.size(); from += rowsPerStatement) {
        const qsizetype n = qMin(rowsPerStatement, ids.size() - from);
        if (n != prepared) {
            const QStringList marks(n, QStringLiteral("?"));
            if (!q.prepare(QStringLiteral("DELETE FROM decisions WHERE sample_id IN (") + marks.join(u',') + QLatin1Char(')')))
                return fail(q.lastError().text());
            prepared = n;
        }
        for (qsizetype i = from; i < from + n; ++i)
            q.addBindValue(ids[i]);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

bool ReviewJournal::forget(const QStringList &sampleIds, const QList<QPair<QString, QString>> &vouched)
{
    // Not record(): a spot-check's answer stays after its sample is confirmed.
    return inTransaction([&] {
        if (!removeRows(sampleIds))
            return false;
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO vouched(sample_id, label) VALUES(?, ?)"));
        for (const auto &[id, label] : vouched) {
            q.addBindValue(id);
            q.addBindValue(label);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        return true;
    });
}

QHash<QString, QString> ReviewJournal::vouched() const
{
    QHash<QString, QString> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT sample_id, label FROM vouched"))) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

bool ReviewJournal::setFullSync(bool on)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(on ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"))
            || fail(q.lastError().text());
}

bool ReviewJournal::sync(const QString &path, QString *error)
{
    // The WAL holds every commit not yet checkpointed, the database file the rest: both to the disk.
    for (const QString &file : QStringList{ path + QStringLiteral("-wal"), path }) {
        QFile f(file);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadWrite)) {
            *error = f.errorString();
            return false;
        }
#ifdef Q_OS_UNIX
        if (::fsync(f.handle()) != 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
#endif
    }
    return true;
}

bool ReviewJournal::markSending(const QList<QPair<QString, QString>> &samples)
{
    // What is sent is on the disk first, and with it every decision committed before (the WAL's order).
    setFullSync(true);
    const auto restore = qScopeGuard([this] { setFullSync(false); });
    return inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("UPDATE decisions SET sent_label = ? WHERE sample_id = ?"));
        for (const auto &[id, label] : samples) {
            q.addBindValue(label.isNull() ? QStringLiteral("") : label);
            q.addBindValue(id);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        return true;
    });
}

bool ReviewJournal::clearSending(const QStringList &sampleIds)
{
    return inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("UPDATE decisions SET sent_label = NULL WHERE sample_id = ?"));
        for (const QString &id : sampleIds) {
            q.addBindValue(id);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        return true;
    });
}

QHash<QString, QString> ReviewJournal::sending() const
{
    QHash<QString, QString> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT sample_id, sent_label FROM decisions WHERE sent_label IS NOT NULL"))) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

bool ReviewJournal::setInfo(const Info &info)
{
    const QList<QPair<QString, QString>> rows{ { QStringLiteral("endpoint"), endpointKey(QUrl(info.endpoint)) },
                                               { QStringLiteral("project_id"), info.projectId },
                                               { QStringLiteral("dataset_id"), info.datasetId },
                                               { QStringLiteral("dataset_name"), info.datasetName },
                                               { QStringLiteral("task_id"), info.taskId } };
    return inTransaction([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO info (key, value) VALUES (?, ?)"));
        for (const auto &[key, value] : rows) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        return true;
    });
}

ReviewJournal::Info ReviewJournal::info() const
{
    QHash<QString, QString> v;
    if (isOpen()) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (q.exec(QStringLiteral("SELECT key, value FROM info"))) {
            while (q.next())
                v.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    return Info{ v.value(QStringLiteral("endpoint")), v.value(QStringLiteral("project_id")), v.value(QStringLiteral("dataset_id")),
                 v.value(QStringLiteral("dataset_name")), v.value(QStringLiteral("task_id")) };
}

QList<ReviewJournal::Unsent> ReviewJournal::unsentWork(const QString &dataDir, const QUrl &endpoint, const QString &projectId)
{
    QList<Unsent> out;
    const QDir dir(QDir(dataDir).filePath(QStringLiteral("journals")));
    for (const QFileInfo &file : dir.entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name)) {
        ReviewJournal journal;
        if (!journal.open(file.absoluteFilePath()))
            continue;
        const Info info = journal.info();
        if (info.endpoint != endpointKey(endpoint) || info.projectId != projectId)
            continue;
        const qint64 n = journal.sending().size();
        if (n > 0)
            out.append(Unsent{ info, file.absoluteFilePath(), n });
    }
    return out;
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
