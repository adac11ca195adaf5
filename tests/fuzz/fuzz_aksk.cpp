// The AK/SK signature's canonicalisation and verification on both sides: the service's parser of the
// Authorization header and canonical request over arbitrary paths, queries and headers, and the client's
// canonical request over the same URL. Fields, one a line: method, path, query, Authorization, X-Sdk-Date,
// then header lines "name: value".
#include "FuzzInput.h"
#include "api/AkSkSigner.h"
#include "auth/SdkSignature.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> f = fuzzFields(data, size, 6);
    sdksignature::HeaderList headers;
    for (const QByteArray &line : f[5].split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    const auto authorization = sdksignature::parseAuthorization(f[3]);
    (void)sdksignature::parseSdkDate(f[4]);
    const QList<QByteArray> signedHeaders = authorization ? authorization->signedHeaders : QList<QByteArray>{ QByteArrayLiteral("host") };
    const QByteArray canonical = sdksignature::canonicalRequest(f[0], f[1], f[2], headers, signedHeaders, QByteArray(64, '0'));
    const QByteArray toSign = sdksignature::stringToSign(f[4], canonical);
    const QByteArray signature = sdksignature::signatureHex(QByteArrayLiteral("secret"), toSign);
    if (authorization)
        (void)(signature == authorization->signature);

    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("example.com"));
    url.setPath(QString::fromUtf8(f[1]), QUrl::TolerantMode);
    url.setQuery(QString::fromUtf8(f[2]), QUrl::TolerantMode);
    AkSkSigner::Headers clientHeaders;
    for (const auto &[name, value] : headers)
        clientHeaders.append({ name, value });
    (void)AkSkSigner::canonicalRequest(f[0], url, clientHeaders, QByteArray(64, '0'));
    return 0;
}
