#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Server side of Huawei Cloud's SDK-HMAC-SHA256 request signing (modelarts-api.md section 3).
// Written independently of the client's signer so that a misreading of the spec cannot hide in shared code.
namespace sdksignature {

inline constexpr QByteArrayView algorithm = "SDK-HMAC-SHA256";

struct Authorization
{
    QByteArray accessKey;
    QList<QByteArray> signedHeaders; // lowercase, as sent
    QByteArray signature; // lowercase hex
};

// Parses "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex" (and the legacy
// "Credential=AK/..." form). std::nullopt when the header is not of that shape.
std::optional<Authorization> parseAuthorization(const QByteArray &header);

// RFC 3986 encoding with the unreserved set A-Za-z0-9-_.~ (space becomes %20).
QByteArray encode(const QByteArray &raw);

// The canonical URI: each segment of the (percent-decoded) path encoded again, ending in '/'.
QByteArray canonicalUri(const QByteArray &encodedPath);
// The canonical query: parameters decoded, sorted by name then value (decoded, as the reference signers
// sort), encoded again, joined with '&'.
QByteArray canonicalQuery(const QByteArray &encodedQuery);

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &encodedPath, const QByteArray &encodedQuery,
                            const HeaderList &headers, const QList<QByteArray> &signedHeaders, const QByteArray &payloadHashHex);

QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest);
QByteArray signatureHex(const QByteArray &secretKey, const QByteArray &stringToSign);

// "YYYYMMDDTHHMMSSZ" in UTC.
std::optional<QDateTime> parseSdkDate(const QByteArray &value);

} // namespace sdksignature
