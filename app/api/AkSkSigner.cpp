#include "api/AkSkSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace {

QByteArray rfc3986(const QByteArray &raw)
{
    return raw.toPercentEncoding(); // unreserved: A-Z a-z 0-9 - _ . ~
}

QByteArray sha256Hex(const QByteArray &data) { return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); }

} // namespace

AkSkSigner::AkSkSigner(QByteArray accessKey, QByteArray secretKey)
    : m_accessKey(std::move(accessKey))
    , m_secretKey(std::move(secretKey))
{
}

QByteArray AkSkSigner::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (url.host().contains(QLatin1Char(':')))
        host = '[' + host + ']';
    const int port = url.port();
    const bool defaultPort =
            port < 0 || (url.scheme() == QLatin1String("https") && port == 443) || (url.scheme() == QLatin1String("http") && port == 80);
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QByteArray AkSkSigner::canonicalRequest(const QByteArray &method, const QUrl &url, const Headers &signedHeaders,
                                        const QByteArray &payloadHashHex)
{
    // URI: every segment decoded then encoded again, ending in '/'.
    QList<QByteArray> segments = url.path(QUrl::FullyEncoded).toUtf8().split('/');
    for (QByteArray &segment : segments)
        segment = rfc3986(QByteArray::fromPercentEncoding(segment));
    QByteArray uri = segments.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri.append('/');

    // Query: decoded, sorted by name then value (decoded, as the reference signers sort), encoded again.
    std::vector<std::pair<QByteArray, QByteArray>> params;
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray v) { return QByteArray::fromPercentEncoding(v.replace('+', ' ')); };
        params.emplace_back(decode(eq < 0 ? pair : pair.left(eq)), decode(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
    }
    std::sort(params.begin(), params.end());
    QByteArray canonicalQuery;
    for (const auto &[k, v] : params) {
        if (!canonicalQuery.isEmpty())
            canonicalQuery += '&';
        canonicalQuery += rfc3986(k) + '=' + rfc3986(v);
    }

    // Headers: lower-case names, trimmed values, sorted.
    std::map<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : signedHeaders)
        headers[name.toLower().trimmed()] = value.trimmed();
    QByteArray canonicalHeaders;
    QList<QByteArray> names;
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        names.append(name);
    }
    return method.toUpper() + '\n' + uri + '\n' + canonicalQuery + '\n' + canonicalHeaders + '\n' + names.join(';') + '\n' + payloadHashHex;
}

QByteArray AkSkSigner::stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest)
{
    return QByteArrayLiteral("SDK-HMAC-SHA256\n") + sdkDate + '\n' + sha256Hex(canonicalRequest);
}

QByteArray AkSkSigner::signature(const QByteArray &secretKey, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256).toHex();
}

AkSkSigner::Headers AkSkSigner::sign(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body,
                                     const QDateTime &now) const
{
    const QByteArray sdkDate = now.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    Headers toSign;
    for (const auto &[name, value] : headers) {
        // The Python SDK signs every header whose name has no underscore; so do we.
        if (!name.contains('_') && name.compare("authorization", Qt::CaseInsensitive) != 0)
            toSign.append({ name, value });
    }
    toSign.append({ QByteArrayLiteral("Host"), hostHeader(url) });
    toSign.append({ QByteArrayLiteral("X-Sdk-Date"), sdkDate });
    const QByteArray canonical = canonicalRequest(method, url, toSign, sha256Hex(body));
    QList<QByteArray> names;
    for (const auto &[name, value] : toSign)
        names.append(name.toLower());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    const QByteArray authorization = QByteArrayLiteral("SDK-HMAC-SHA256 Access=") + m_accessKey + QByteArrayLiteral(", SignedHeaders=")
            + names.join(';') + QByteArrayLiteral(", Signature=") + signature(m_secretKey, stringToSign(sdkDate, canonical));
    return { { QByteArrayLiteral("X-Sdk-Date"), sdkDate }, { QByteArrayLiteral("Authorization"), authorization } };
}
