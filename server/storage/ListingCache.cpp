#include "storage/ListingCache.h"

#include <QFileInfo>

namespace {

constexpr qsizetype kMaxCounts = 256;
constexpr qsizetype kMaxPageEnds = 200000; // every page of 20 million samples, or of 50 clients paging 20 queries

} // namespace

std::shared_ptr<ListingCache> ListingCache::forDataDir(const QString &dataDir)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<ListingCache>> caches;
    const QString key = QFileInfo(dataDir).absoluteFilePath();
    QMutexLocker lock(&mutex);
    std::shared_ptr<ListingCache> cache = caches.value(key).lock();
    if (!cache) {
        cache = std::make_shared<ListingCache>();
        caches.insert(key, cache);
    }
    return cache;
}

template<typename T>
std::optional<T> ListingCache::find(const QHash<QString, Entry<T>> &entries, const QString &key, quint64 generation) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = entries.constFind(key);
    if (it == entries.cend() || it->generation != generation || generation != this->generation())
        return std::nullopt;
    return it->value;
}

template<typename T>
void ListingCache::keep(QHash<QString, Entry<T>> &entries, qsizetype max, const QString &key, quint64 generation, T value)
{
    QMutexLocker lock(&m_mutex);
    if (entries.size() >= max)
        entries.clear();
    entries.insert(key, Entry<T>{ generation, value });
}

std::optional<qint64> ListingCache::count(const QString &key, quint64 generation) const { return find(m_counts, key, generation); }

void ListingCache::setCount(const QString &key, quint64 generation, qint64 count) { keep(m_counts, kMaxCounts, key, generation, count); }

std::optional<std::pair<qint64, ListingCache::PageEnd>> ListingCache::pageEndBefore(const QString &key, qint64 offset,
                                                                                    quint64 generation) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_pageEnds.constFind(key);
    if (it == m_pageEnds.cend() || it->generation != generation || generation != this->generation())
        return std::nullopt;
    auto end = it->value.upperBound(offset); // the first after offset
    if (end == it->value.cbegin())
        return std::nullopt;
    --end;
    return std::make_pair(end.key(), end.value());
}

void ListingCache::setPageEnd(const QString &key, qint64 offset, quint64 generation, PageEnd end)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_pageEnds.find(key);
    if (it != m_pageEnds.end() && it->generation != generation) { // an older listing's ends: gone
        m_pageEndCount -= it->value.size();
        it->value.clear();
        it->generation = generation;
    }
    if (m_pageEndCount >= kMaxPageEnds) {
        m_pageEnds.clear();
        m_pageEndCount = 0;
        it = m_pageEnds.end();
    }
    if (it == m_pageEnds.end())
        it = m_pageEnds.insert(key, Entry<QMap<qint64, PageEnd>>{ generation, {} });
    const qsizetype before = it->value.size();
    it->value.insert(offset, end);
    m_pageEndCount += it->value.size() - before;
}
