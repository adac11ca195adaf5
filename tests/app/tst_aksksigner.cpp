#include "api/AkSkSigner.h"
#include "api/ApiTransport.h"
#include "api/ModelArtsClient.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

class tst_AkSkSigner : public QObject
{
    Q_OBJECT
private slots:
    void publishedTestVector()
    {
        const QUrl url(QStringLiteral("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/"
                                      "vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"));
        const AkSkSigner::Headers headers{ { "Content-Type", "application/json" },
                                           { "Host", "service.region.example.com" },
                                           { "X-Sdk-Date", "20191115T033655Z" } };
        const QByteArray emptyHash = QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex();
        const QByteArray canonical = AkSkSigner::canonicalRequest("GET", url, headers, emptyHash);
        QCOMPARE(canonical,
                 QByteArray("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\nlimit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                            "content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n\n"
                            "content-type;host;x-sdk-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex(),
                 QByteArray("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"));
        QCOMPARE(AkSkSigner::signature("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", AkSkSigner::stringToSign("20191115T033655Z", canonical)),
                 QByteArray("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));

        // The same through sign(): the Authorization header of the vector.
        const AkSkSigner signer("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
        const QDateTime when = QDateTime::fromString(QStringLiteral("20191115T033655Z"), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QDateTime utc = when;
        utc.setTimeZone(QTimeZone::utc());
        const auto out = signer.sign("GET", url, { { "Content-Type", "application/json" } }, {}, utc);
        QCOMPARE(out.value(0).second, QByteArray("20191115T033655Z"));
        QCOMPARE(out.value(1).second,
                 QByteArray("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
                            "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    }

    // The query sorted before it is encoded, as the reference signers do (the service's canonicaliser agrees).
    void queryIsSortedDecoded()
    {
        const QByteArray hash = QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex();
        const AkSkSigner::Headers headers{ { "Host", "example.com" }, { "X-Sdk-Date", "20191115T033655Z" } };
        const auto queryOf = [&](const char *url) {
            return AkSkSigner::canonicalRequest("GET", QUrl(QString::fromLatin1(url)), headers, hash).split('\n').value(2);
        };
        QCOMPARE(queryOf("https://example.com/v1?probe=a%5B&probe=aZ"), QByteArray("probe=aZ&probe=a%5B"));
        QCOMPARE(queryOf("https://example.com/v1?b~=3&b%21=1&b=2"), QByteArray("b=2&b%21=1&b~=3"));
    }

    void hostHeaderKeepsOnlyANonDefaultPort()
    {
        QCOMPARE(AkSkSigner::hostHeader(QUrl(QStringLiteral("https://a.example.com/x"))), QByteArray("a.example.com"));
        QCOMPARE(AkSkSigner::hostHeader(QUrl(QStringLiteral("https://a.example.com:443/x"))), QByteArray("a.example.com"));
        QCOMPARE(AkSkSigner::hostHeader(QUrl(QStringLiteral("http://127.0.0.1:8080/x"))), QByteArray("127.0.0.1:8080"));
    }

    void modelartsLocalAcceptsItsSignatures()
    {
        QTemporaryDir dir;
        TestServer server(dir.filePath(QStringLiteral("data")));
        QVERIFY(server.start());
        server.addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QString dataset = server.importGenerated(dir.filePath(QStringLiteral("src")), QStringLiteral("with space & more"), 6, 5);
        QVERIFY(!dataset.isEmpty());
        const auto user = server.storage().identity().userByName(QStringLiteral("acme"), QStringLiteral("alice"));
        QVERIFY(server.storage().identity().addAccessKey(
                AccessKeyRecord{ QStringLiteral("AKLOCAL000000000001"), "secret-key-value", user->id, user->project.id }));

        ApiTransport transport;
        ModelArtsClient client(&transport, server.base());
        client.useAkSk(AkSkSigner("AKLOCAL000000000001", "secret-key-value"), user->project.id);
        // GET with a query, including characters that need encoding (search text).
        std::optional<Result<QList<Dataset>>> list;
        client.listDatasets(QStringLiteral("with space & more"), this, [&](const Result<QList<Dataset>> &r) { list = r; });
        QTRY_VERIFY(list.has_value());
        QVERIFY2(list->ok(), qPrintable(list->error.toString()));
        QCOMPARE(list->value->size(), 1);
        // PUT with a body.
        std::optional<Result<SamplePage>> page;
        client.samples(dataset, { QStringLiteral("__NONE__"), {}, 0, 5, {}, {} }, this, [&](const Result<SamplePage> &r) { page = r; });
        QTRY_VERIFY(page.has_value());
        QVERIFY(page->ok());
        std::optional<Result<BatchUpdateResult>> updated;
        client.batchUpdate(
                dataset, { SampleUpdate{ page->value->samples.first().id, { SampleLabel{ QStringLiteral("star"), 0, {}, {}, {} } }, {} } },
                this, [&](const Result<BatchUpdateResult> &r) { updated = r; });
        QTRY_VERIFY(updated.has_value());
        QVERIFY2(updated->ok(), qPrintable(updated->error.toString()));
        QCOMPARE(updated->value->succeeded(), qint64(1));

        // A wrong SK is refused.
        client.useAkSk(AkSkSigner("AKLOCAL000000000001", "wrong"), user->project.id);
        list.reset();
        client.listDatasets({}, this, [&](const Result<QList<Dataset>> &r) { list = r; });
        QTRY_VERIFY(list.has_value());
        QCOMPARE(list->error.kind, ApiError::Kind::Auth);
        QCOMPARE(list->error.code, QStringLiteral("APIGW.0301"));
    }
};

QTEST_GUILESS_MAIN(tst_AkSkSigner)
#include "tst_aksksigner.moc"
