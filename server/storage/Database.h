#pragma once

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <utility>

class ListingCache;

class QSqlQuery;

// One connection to modelarts-local's SQLite database (WAL) in the data directory, with the statements
// prepared on it. A Database belongs to the thread that created it; a thread that needs the database opens
// its own. The stores (identity, datasets, samples, annotations, tasks) all work through one Database.
class Database final
{
public:
    explicit Database(const QString &dataDir);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating the file and its schema if needed). False with lastError() set on failure.
    // `schemaVersion` (tests): an older schema than the current one, as an older modelarts-local left it.
    bool open(int schemaVersion = 0);
    QString dataDir() const { return m_dataDir; }
    QString lastError() const { return m_lastError; }
    // An error of SQLite as a person reads it: a full disk (SQLITE_FULL) says so.
    static bool isFull(const QString &error) { return error.contains(QLatin1String("is full"), Qt::CaseInsensitive); }
    static QString describeError(const QString &error)
    {
        return isFull(error) ? QStringLiteral("the service's storage is full (%1): free space where its data directory is").arg(error)
                             : error;
    }
    // What went wrong last, for the stores (kept for lastError()).
    void setError(const QString &error) const { m_lastError = error; }

    QSqlDatabase connection() const;
    bool exec(const QString &sql);
    // A statement prepared once, by its SQL, finished and ready to bind; nullptr when it does not prepare
    // (lastError says why).
    QSqlQuery *prepared(const QString &sql) const;
    // Finishes every prepared statement. One left with rows unread keeps its read snapshot open (WAL): the
    // connection would go on reading the database as it was, past other connections' commits.
    void finishStatements() const;
    // A prepared statement run with `values` bound in order, finished when this goes: for the lookups
    // every request makes (its token, user, dataset), which preparing each time cost a tenth of a page
    // of samples. Empty (false) when it failed, with lastError() set. One at a time per SQL text.
    class Statement
    {
    public:
        explicit Statement(QSqlQuery *query)
            : m_query(query)
        {
        }
        ~Statement();
        Q_DISABLE_COPY(Statement)
        Statement(Statement &&other) noexcept
            : m_query(std::exchange(other.m_query, nullptr))
        {
        }
        explicit operator bool() const { return m_query != nullptr; }
        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query; }

    private:
        QSqlQuery *m_query;
    };
    Statement run(const QString &sql, const QVariantList &values) const;
    // Runs a statement with `values` bound in order. False with lastError() set.
    bool execute(const QString &sql, const QVariantList &values);
    // Runs a query with `values` bound in order: positioned before its first row; when it failed, it has
    // no rows and lastError() says why.
    QSqlQuery select(const QString &sql, const QVariantList &values) const;

    // A write transaction: it takes the database's write lock at once (BEGIN IMMEDIATE), waiting for it up
    // to the busy timeout. A deferred one that reads first cannot take the lock once another connection has
    // committed meanwhile: SQLite answers "database is locked" at once, whatever the timeout.
    bool transaction();
    // A read-only snapshot: every read until rollback() sees the database as of its first read.
    bool readTransaction();
    // Also moves the listing cache's generation when the transaction changed what listings read.
    bool commit();
    void rollback();

    // Shared by every connection of the process to this data directory.
    ListingCache &listingCache() const { return *m_listingCache; }
    // Said by a write of auto annotations or of what removes them (a sample's labels): moves the listing
    // cache's generation now (outside a transaction the write is committed) and again when the
    // transaction it is in commits (until then, a listing may still read what was before and keep it under
    // the new generation). Commits of anything else (tokens, a task's progress) leave the listings' cache.
    void noteListingChange();

    // Settings kept in the database.
    QByteArray meta(const QString &key) const;
    // A random secret created on first use (the URL signing key).
    QByteArray secret(const QString &key);

private:
    QString m_dataDir;
    QString m_connection;
    std::shared_ptr<ListingCache> m_listingCache;
    bool m_inTransaction = false;
    bool m_listingChanged = false; // in the transaction under way
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    mutable QString m_lastError;
};
