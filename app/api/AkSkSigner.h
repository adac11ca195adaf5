#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

// Huawei Cloud's SDK-HMAC-SHA256 request signing for AK/SK authentication (modelarts-api.md section 3):
// canonical request (URI ending in '/', sorted query, signed headers, body hash), string to sign,
// HMAC-SHA256 with the SK. Holds the SK in memory only; never logs it.
class AkSkSigner final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    AkSkSigner() = default;
    AkSkSigner(QByteArray accessKey, QByteArray secretKey);

    bool isNull() const { return m_accessKey.isEmpty() || m_secretKey.isEmpty(); }
    QByteArray accessKey() const { return m_accessKey; }

    // The headers to add to a request: X-Sdk-Date and Authorization. `headers` are the request's own
    // (Content-Type, X-Project-Id, ...); they are all signed, with Host taken from the URL.
    Headers sign(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body, const QDateTime &now) const;

    // The parts of the algorithm, for the published test vector.
    static QByteArray canonicalRequest(const QByteArray &method, const QUrl &url, const Headers &signedHeaders,
                                       const QByteArray &payloadHashHex);
    static QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest);
    static QByteArray signature(const QByteArray &secretKey, const QByteArray &stringToSign);
    static QByteArray hostHeader(const QUrl &url);

private:
    QByteArray m_accessKey;
    QByteArray m_secretKey;
};
