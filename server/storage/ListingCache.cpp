#include "storage/ListingCache.h"

#include <QFileInfo>

namespace {

constexpr qsizetype kMaxCounts = 256;
constexpr qsizetype kMaxPageEnds = 4096; // 50 clients paging 20 queries each

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

std::optional<ListingCache::PageEnd> ListingCache::pageEnd(const QString &key, quint64 generation) const
{
    return find(m_pageEnds, key, generation);
}

void ListingCache::setPageEnd(const QString &key, quint64 generation, PageEnd end) { keep(m_pageEnds, kMaxPageEnds, key, generation, end); }
