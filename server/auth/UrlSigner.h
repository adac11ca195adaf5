#pragma once

#include "auth/HmacKey.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// Presigned image URLs of modelarts-local, in the manner of OBS: the URL carries its expiry and an
// HMAC-SHA256 over what it names, so an image can be fetched without a token and only until it expires.
class UrlSigner final
{
public:
    UrlSigner(QByteArray key, QUrl baseUrl, qint64 lifetimeSeconds);

    enum class Kind { Source, Preview };

    QUrl url(const QString &datasetId, const QString &sampleId, Kind kind, qint64 nowSeconds) const;
    // The same URL, fully encoded, without going through QUrl.
    QString encodedUrl(const QString &datasetId, const QString &sampleId, Kind kind, qint64 nowSeconds) const;
    // True when `signature` is the one this signer gives for the same resource and expiry, and
    // `expires` is not in the past.
    bool verify(const QString &datasetId, const QString &sampleId, Kind kind, qint64 expires, const QByteArray &signature,
                qint64 nowSeconds) const;

    static QString kindName(Kind kind);
    void setBaseUrl(const QUrl &baseUrl)
    {
        m_baseUrl = baseUrl;
        m_encodedBase.clear();
    }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QByteArray signature(const QString &datasetId, const QString &sampleId, Kind kind, qint64 expires) const;

    HmacKey m_key;
    QUrl m_baseUrl;
    mutable QString m_encodedBase; // scheme://host:port of m_baseUrl, encoded
    qint64 m_lifetime;
};
