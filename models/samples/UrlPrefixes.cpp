#include "samples/UrlPrefixes.h"

#include <QUrl>

#include <limits>

UrlPrefixes::Split UrlPrefixes::split(const QByteArray &url, const QString &sampleId)
{
    const qsizetype query = url.indexOf('?');
    const qsizetype pathEnd = query < 0 ? url.size() : query;
    const qsizetype authority = url.indexOf("://");
    const qsizetype pathStart = authority < 0 ? 0 : url.indexOf('/', authority + 3);
    qsizetype cut = pathEnd > 0 ? url.lastIndexOf('/', pathEnd - 1) : -1;
    if (cut <= pathStart) // no folder: nothing shared worth keeping apart
        return { {}, QByteArray(url.constData(), url.size()) };
    const qsizetype folder = url.lastIndexOf('/', cut - 1);
    if (folder > pathStart && !sampleId.isEmpty()) {
        // The id as it is (modelarts-local's ids need no encoding), else encoded.
        const QByteArrayView name = QByteArrayView(url).sliced(folder + 1, cut - folder - 1);
        if (name.size() == sampleId.size() ? QLatin1StringView(name) == sampleId : name == QUrl::toPercentEncoding(sampleId))
            cut = folder;
    }
    // Copies of their exact size: a converted string keeps room to grow.
    return { QByteArray(url.constData(), cut + 1), QByteArray(url.constData() + cut + 1, url.size() - cut - 1) };
}

std::uint16_t UrlPrefixes::intern(const QByteArray &prefix)
{
    if (prefix.isEmpty())
        return 0;
    if (m_last != 0 && m_prefixes[m_last] == prefix) // the samples of a page mostly share one
        return m_last;
    const auto it = m_index.constFind(prefix);
    if (it != m_index.cend())
        return m_last = *it;
    if (m_prefixes.size() > std::numeric_limits<std::uint16_t>::max())
        return 0;
    const auto n = std::uint16_t(m_prefixes.size());
    m_prefixes.append(prefix);
    m_index.insert(prefix, n);
    return m_last = n;
}

void UrlPrefixes::clear()
{
    m_prefixes = { QByteArray() };
    m_index.clear();
    m_last = 0;
}
