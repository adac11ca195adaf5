#include "auth/UrlSigner.h"

#include "Ids.h"

#include <QUrlQuery>

UrlSigner::UrlSigner(QByteArray key, QUrl baseUrl, qint64 lifetimeSeconds)
    : m_key(key)
    , m_baseUrl(std::move(baseUrl))
    , m_lifetime(lifetimeSeconds)
{
}

QString UrlSigner::kindName(Kind kind) { return kind == Kind::Source ? QStringLiteral("source") : QStringLiteral("preview"); }

QByteArray UrlSigner::signature(const QString &datasetId, const QString &sampleId, Kind kind, qint64 expires) const
{
    const QByteArray message =
            datasetId.toUtf8() + '/' + sampleId.toUtf8() + '/' + kindName(kind).toUtf8() + '\n' + QByteArray::number(expires);
    return m_key.sign(message).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl UrlSigner::url(const QString &datasetId, const QString &sampleId, Kind kind, qint64 nowSeconds) const
{
    return QUrl::fromEncoded(encodedUrl(datasetId, sampleId, kind, nowSeconds).toLatin1(), QUrl::StrictMode);
}

QString UrlSigner::encodedUrl(const QString &datasetId, const QString &sampleId, Kind kind, qint64 nowSeconds) const
{
    // Put together as text: a page of samples signs two URLs each, and QUrl's parsing would cost more
    // than the signature. Ids are percent-encoded; the base64url signature needs no encoding.
    if (m_encodedBase.isEmpty())
        m_encodedBase = m_baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    const qint64 expires = nowSeconds + m_lifetime;
    return m_encodedBase + QStringLiteral("/obs/") + QString::fromLatin1(QUrl::toPercentEncoding(datasetId)) + QLatin1Char('/')
            + QString::fromLatin1(QUrl::toPercentEncoding(sampleId)) + QLatin1Char('/') + kindName(kind) + QStringLiteral("?Expires=")
            + QString::number(expires) + QStringLiteral("&Signature=") + QString::fromLatin1(signature(datasetId, sampleId, kind, expires));
}

bool UrlSigner::verify(const QString &datasetId, const QString &sampleId, Kind kind, qint64 expires, const QByteArray &signatureValue,
                       qint64 nowSeconds) const
{
    if (expires < nowSeconds)
        return false;
    return ids::constantTimeEquals(signature(datasetId, sampleId, kind, expires), signatureValue);
}
