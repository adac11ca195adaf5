#include "UrlSigner.h"

#include "Ids.h"

#include <QUrlQuery>

UrlSigner::UrlSigner(QByteArray key, QUrl baseUrl, qint64 lifetimeSeconds)
    : m_key(std::move(key))
    , m_baseUrl(std::move(baseUrl))
    , m_lifetime(lifetimeSeconds)
{
}

QString UrlSigner::kindName(Kind kind)
{
    return kind == Kind::Source ? QStringLiteral("source") : QStringLiteral("preview");
}

QByteArray UrlSigner::signature(const QString &datasetId, const QString &sampleId, Kind kind, qint64 expires) const
{
    const QByteArray message = datasetId.toUtf8() + '/' + sampleId.toUtf8() + '/' + kindName(kind).toUtf8() + '\n'
            + QByteArray::number(expires);
    return ids::hmacSha256(m_key, message).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl UrlSigner::url(const QString &datasetId, const QString &sampleId, Kind kind, qint64 nowSeconds) const
{
    const qint64 expires = nowSeconds + m_lifetime;
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/obs/%1/%2/%3").arg(datasetId, sampleId, kindName(kind)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("Expires"), QString::number(expires));
    query.addQueryItem(QStringLiteral("Signature"), QString::fromLatin1(signature(datasetId, sampleId, kind, expires)));
    url.setQuery(query);
    return url;
}

bool UrlSigner::verify(const QString &datasetId, const QString &sampleId, Kind kind, qint64 expires,
                       const QByteArray &signatureValue, qint64 nowSeconds) const
{
    if (expires < nowSeconds)
        return false;
    return ids::constantTimeEquals(signature(datasetId, sampleId, kind, expires), signatureValue);
}
