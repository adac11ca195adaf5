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

std::optional<qint64> ListingCache::count(const QString &key, quint64 generation) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_counts.constFind(key);
    if (it == m_counts.cend() || it->generation != generation || generation != this->generation())
        return std::nullopt;
    return it->value;
}

void ListingCache::setCount(const QString &key, quint64 generation, qint64 count)
{
    QMutexLocker lock(&m_mutex);
    if (m_counts.size() >= kMaxCounts)
        m_counts.clear();
    m_counts.insert(key, Entry<qint64>{ generation, count });
}

std::optional<ListingCache::PageEnd> ListingCache::pageEnd(const QString &key, quint64 generation) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_pageEnds.constFind(key);
    if (it == m_pageEnds.cend() || it->generation != generation || generation != this->generation())
        return std::nullopt;
    return it->value;
}

void ListingCache::setPageEnd(const QString &key, quint64 generation, PageEnd end)
{
    QMutexLocker lock(&m_mutex);
    if (m_pageEnds.size() >= kMaxPageEnds)
        m_pageEnds.clear();
    m_pageEnds.insert(key, Entry<PageEnd>{ generation, end });
}
