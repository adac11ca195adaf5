// The presigned-URL verifier: any query string as sent, parsed as the image route parses it, then
// verified. Fields, one a line: dataset id, sample id, kind (0/1), encoded query.
#include "FuzzInput.h"
#include "auth/UrlSigner.h"
#include "rest/QueryParams.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const UrlSigner signer(QByteArrayLiteral("0123456789abcdef0123456789abcdef"), QUrl(QStringLiteral("http://127.0.0.1:1")), 3600);
    const QList<QByteArray> f = fuzzFields(data, size, 4);
    const QueryParams params(f[3]);
    bool ok = false;
    const qint64 expires = params.value(QStringLiteral("Expires")).toLongLong(&ok);
    const auto kind = f[2].startsWith('1') ? UrlSigner::Kind::Preview : UrlSigner::Kind::Source;
    (void)signer.verify(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), kind, ok ? expires : 0,
                        params.value(QStringLiteral("Signature")).toLatin1(), 1700000000);
    // A URL the signer made verifies, whatever the ids.
    const QUrl made(signer.encodedUrl(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), kind, 1700000000));
    const QueryParams back(made.query(QUrl::FullyEncoded).toUtf8());
    if (!signer.verify(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), kind, back.value(QStringLiteral("Expires")).toLongLong(),
                       back.value(QStringLiteral("Signature")).toLatin1(), 1700000000))
        __builtin_trap();
    return 0;
}
