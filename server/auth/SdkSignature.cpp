#include "auth/SdkSignature.h"

#include "Ids.h"

#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace sdksignature {
namespace {

QByteArray headerValue(const HeaderList &headers, const QByteArray &lowerName)
{
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerName)
            return value;
    }
    return {};
}

} // namespace

std::optional<Authorization> parseAuthorization(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    if (!trimmed.startsWith(QByteArray(QByteArray(algorithm.data(), algorithm.size()) + ' ')))
        return std::nullopt;
    Authorization auth;
    const QList<QByteArray> parts = trimmed.mid(algorithm.size() + 1).split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "Access") {
            auth.accessKey = value;
        } else if (key == "Credential") {
            auth.accessKey = value.split('/').value(0);
        } else if (key == "SignedHeaders") {
            auth.signedHeaders = value.split(';');
        } else if (key == "Signature") {
            auth.signature = value.toLower();
        }
    }
    if (auth.accessKey.isEmpty() || auth.signedHeaders.isEmpty() || auth.signature.isEmpty())
        return std::nullopt;
    return auth;
}

QByteArray encode(const QByteArray &raw)
{
    return raw.toPercentEncoding(); // leaves exactly A-Za-z0-9 - _ . ~ as they are
}

QByteArray canonicalUri(const QByteArray &encodedPath)
{
    QList<QByteArray> segments = encodedPath.split('/');
    for (QByteArray &segment : segments)
        segment = encode(QByteArray::fromPercentEncoding(segment));
    QByteArray uri = segments.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray canonicalQuery(const QByteArray &encodedQuery)
{
    if (encodedQuery.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> params;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray rawKey = eq < 0 ? pair : pair.left(eq);
        const QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        // '+' in a query means a space to most clients; decode it so both spellings sign alike.
        auto decode = [](QByteArray v) { return QByteArray::fromPercentEncoding(v.replace('+', ' ')); };
        params.append({ decode(rawKey), decode(rawValue) });
    }
    // Sorted as the reference signers sort: the decoded names and values, then encoded ("a[" after "aZ").
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += encode(key) + '=' + encode(value);
    }
    return out;
}

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &encodedPath, const QByteArray &encodedQuery,
                            const HeaderList &headers, const QList<QByteArray> &signedHeaders, const QByteArray &payloadHashHex)
{
    QList<QByteArray> names;
    for (const QByteArray &name : signedHeaders)
        names.append(name.toLower().trimmed());
    std::sort(names.begin(), names.end());
    QByteArray canonicalHeaders;
    for (const QByteArray &name : names)
        canonicalHeaders += name + ':' + headerValue(headers, name).trimmed() + '\n';
    return method.toUpper() + '\n' + canonicalUri(encodedPath) + '\n' + canonicalQuery(encodedQuery) + '\n' + canonicalHeaders + '\n'
            + names.join(';') + '\n' + payloadHashHex;
}

QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest)
{
    return QByteArray(algorithm.data(), algorithm.size()) + '\n' + sdkDate + '\n' + ids::sha256Hex(canonicalRequest);
}

QByteArray signatureHex(const QByteArray &secretKey, const QByteArray &stringToSign)
{
    return ids::hmacSha256(secretKey, stringToSign).toHex();
}

std::optional<QDateTime> parseSdkDate(const QByteArray &value)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(value), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!dt.isValid())
        return std::nullopt;
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

} // namespace sdksignature
