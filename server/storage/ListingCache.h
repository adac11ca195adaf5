#pragma once

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

// What listing auto annotations page after page learns, shared by every connection of the process to one
// data directory (each worker thread of the service has its own connection, and a client's next page may
// go to any of them): the count of each query, and where each page ended (score and rowid of its last
// entry) so that the next page starts there instead of skipping `offset` entries. Valid while nothing was
// committed since (a page with no end known just before it starts at the nearest one known before it
// and skips the rest: pages asked for in parallel, or after a restart of the listing, cost what the first
// does): every write of labels or auto annotations moves the generation, and the commit of a transaction
// that holds one moves it again (Database::noteListingChange); other commits (tokens, a task's progress)
// do not. (Another process writing auto annotations of the same data
// directory would not be seen; only the service does.) Thread-safe.
class ListingCache final
{
public:
    struct PageEnd
    {
        double score = 0;
        qint64 rowid = 0;
    };

    // The cache of the data directory `dataDir` (one per directory in the process).
    static std::shared_ptr<ListingCache> forDataDir(const QString &dataDir);

    // Read before the statement whose result is kept, and passed back with it.
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }
    void changed() { m_generation.fetch_add(1, std::memory_order_acq_rel); }

    std::optional<qint64> count(const QString &key, quint64 generation) const;
    void setCount(const QString &key, quint64 generation, qint64 count);
    // The end of the page that ends nearest at or before `offset` of the query `key`: its offset and end.
    std::optional<std::pair<qint64, PageEnd>> pageEndBefore(const QString &key, qint64 offset, quint64 generation) const;
    void setPageEnd(const QString &key, qint64 offset, quint64 generation, PageEnd end);

private:
    template<typename T>
    struct Entry
    {
        quint64 generation = 0;
        T value{};
    };
    template<typename T>
    std::optional<T> find(const QHash<QString, Entry<T>> &entries, const QString &key, quint64 generation) const;
    template<typename T>
    void keep(QHash<QString, Entry<T>> &entries, qsizetype max, const QString &key, quint64 generation, T value);

    std::atomic<quint64> m_generation{ 1 };
    mutable QMutex m_mutex;
    QHash<QString, Entry<qint64>> m_counts;
    QHash<QString, Entry<QMap<qint64, PageEnd>>> m_pageEnds; // by query, then by offset
    qsizetype m_pageEndCount = 0;
};
