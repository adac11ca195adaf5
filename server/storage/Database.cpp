#include "storage/Database.h"

#include "Ids.h"
#include "ServerLog.h"
#include "storage/ListingCache.h"
#include "storage/Schema.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <utility>

Database::Database(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_connection(QStringLiteral("storage-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_listingCache(ListingCache::forDataDir(dataDir))
{
}

Database::~Database()
{
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connection); }

bool Database::open(int schemaVersion)
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
        || !exec(QStringLiteral("PRAGMA cache_size=-32768"))
        // Read, never mapped. Every worker's connection would map the whole file again, and the kernel's
        // page-age scanners (DAMON, reclaim) visit every mapping of a page: their cost grows with the
        // connections and is taken from whatever runs on that core (the review's GUI). Reading costs a system
        // call per page not cached; and a read error stays an error, not a SIGBUS.
        || !exec(QStringLiteral("PRAGMA mmap_size=0")))
        return false;
    if (schema::migrate(db, schemaVersion, &m_lastError))
        return true;
    qCWarning(lcStorage).noquote() << m_lastError;
    return false;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text() + QStringLiteral(" in: ") + sql;
        qCWarning(lcStorage).noquote() << m_lastError;
        return false;
    }
    return true;
}

QSqlQuery *Database::prepared(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(connection());
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

Database::Statement::~Statement()
{
    if (m_query)
        m_query->finish();
}

Database::Statement Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery *q = prepared(sql);
    if (!q)
        return Statement(nullptr);
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (!q->exec()) {
        m_lastError = q->lastError().text();
        q->finish();
        return Statement(nullptr);
    }
    return Statement(q);
}

void Database::finishStatements() const
{
    for (const auto &statement : std::as_const(m_statements))
        statement->finish();
}

bool Database::execute(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = select(sql, values);
    return q.isActive();
}

QSqlQuery Database::select(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        m_lastError = q.lastError().text();
    return q;
}

bool Database::transaction()
{
    m_inTransaction = exec(QStringLiteral("BEGIN IMMEDIATE"));
    return m_inTransaction;
}

bool Database::readTransaction()
{
    m_inTransaction = exec(QStringLiteral("BEGIN"));
    return m_inTransaction;
}

bool Database::commit()
{
    QSqlDatabase db = connection();
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        m_inTransaction = m_listingChanged = false;
        return false;
    }
    m_inTransaction = false;
    if (std::exchange(m_listingChanged, false))
        m_listingCache->changed();
    return true;
}

void Database::rollback()
{
    connection().rollback();
    m_inTransaction = m_listingChanged = false; // nothing of it was committed: what listings kept meanwhile still holds
}

void Database::noteListingChange()
{
    m_listingCache->changed();
    m_listingChanged = m_inTransaction; // outside one, the write is committed already
}

QByteArray Database::meta(const QString &key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

QByteArray Database::secret(const QString &key)
{
    QByteArray value = meta(key);
    if (value.isEmpty()) {
        value = ids::randomBytes(32);
        QSqlQuery q(connection());
        // Two processes may race here on first use: keep whichever was written first.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES(?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        q.exec();
        value = meta(key);
    }
    return value;
}
