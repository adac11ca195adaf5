#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>

// The presigned URLs of one dataset's images share their start (scheme, host, bucket, folders), and a
// review holds two per sample: the start is kept once, each sample keeps the rest. A million samples
// save about 100 MB.
class UrlPrefixes
{
public:
    struct Split
    {
        QByteArray prefix;
        QByteArray tail;
    };
    // Cut where the sample's own part begins: after the last folder, or before a folder named by the
    // sample's id (modelarts-local's /obs/<dataset>/<sample>/preview). `url` is the URL's text in UTF-8
    // (QUrl::fromEncoded of the joined parts is QUrl of the text).
    static Split split(const QByteArray &url, const QString &sampleId);

    // The prefix's number (0 is the empty prefix: when 65,535 are known, the rest are kept whole).
    std::uint16_t intern(const QByteArray &prefix);
    QByteArray join(std::uint16_t prefix, const QByteArray &tail) const { return m_prefixes.value(prefix) + tail; }
    void clear();

private:
    QList<QByteArray> m_prefixes{ QByteArray() };
    QHash<QByteArray, std::uint16_t> m_index;
    std::uint16_t m_last = 0; // the prefix interned last
};
