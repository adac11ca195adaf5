#include "Ids.h"
#include "auth/SdkSignature.h"

#include <QTest>

// The published SDK-HMAC-SHA256 test vector (modelarts-api.md section 3).
class tst_SdkSignature : public QObject
{
    Q_OBJECT
private:
    const sdksignature::HeaderList vectorHeaders{ { "Content-Type", "application/json" },
                                                  { "Host", "service.region.example.com" },
                                                  { "X-Sdk-Date", "20191115T033655Z" } };
    const QByteArray vectorCanonical = "GET\n"
                                       "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                                       "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                                       "content-type:application/json\n"
                                       "host:service.region.example.com\n"
                                       "x-sdk-date:20191115T033655Z\n"
                                       "\n"
                                       "content-type;host;x-sdk-date\n"
                                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

private slots:
    void publishedVector()
    {
        const QByteArray canonical = sdksignature::canonicalRequest("GET", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
                                                                    "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0", vectorHeaders,
                                                                    { "content-type", "host", "x-sdk-date" }, ids::sha256Hex({}));
        QCOMPARE(canonical, vectorCanonical);
        QCOMPARE(ids::sha256Hex(canonical), QByteArray("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"));
        const QByteArray toSign = sdksignature::stringToSign("20191115T033655Z", canonical);
        QCOMPARE(sdksignature::signatureHex("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", toSign),
                 QByteArray("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    }

    void queryOrderAndSpellingDoNotMatter()
    {
        const QByteArray sorted = sdksignature::canonicalQuery("limit=2&marker=13551d6b-755d-4757-b956-536f674975c0");
        QCOMPARE(sdksignature::canonicalQuery("marker=13551d6b-755d-4757-b956-536f674975c0&limit=2"), sorted);
        QCOMPARE(sdksignature::canonicalQuery("b=x%20y&a&c=%7e"), QByteArray("a=&b=x%20y&c=~"));
        QCOMPARE(sdksignature::canonicalQuery("q=a+b"), QByteArray("q=a%20b"));
        QCOMPARE(sdksignature::canonicalQuery({}), QByteArray());
        // Sorted before encoding, as Huawei's signers sort: '[' (0x5B) after 'Z' (0x5A), though "%5B" < "Z".
        QCOMPARE(sdksignature::canonicalQuery("probe=a%5B&probe=aZ"), QByteArray("probe=aZ&probe=a%5B"));
        QCOMPARE(sdksignature::canonicalQuery("b%21=1&b=2&b~=3"), QByteArray("b=2&b%21=1&b~=3")); // "b" < "b!" < "b~"
        QCOMPARE(sdksignature::canonicalQuery("name=%E4%B8%AD&name=z"), QByteArray("name=z&name=%E4%B8%AD"));
    }

    void canonicalUriEncodesSegmentsAndEndsWithSlash_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("/v2/p/datasets") << QByteArray("/v2/p/datasets/");
        QTest::newRow("already slash") << QByteArray("/v2/") << QByteArray("/v2/");
        QTest::newRow("root") << QByteArray("/") << QByteArray("/");
        QTest::newRow("encoded space") << QByteArray("/a%20b/c") << QByteArray("/a%20b/c/");
        QTest::newRow("unreserved decoded") << QByteArray("/%7Euser") << QByteArray("/~user/");
        QTest::newRow("colon encoded") << QByteArray("/a:b") << QByteArray("/a%3Ab/");
    }
    void canonicalUriEncodesSegmentsAndEndsWithSlash()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, expected);
        QCOMPARE(sdksignature::canonicalUri(path), expected);
    }

    void parsesAuthorizationHeaders()
    {
        const auto auth = sdksignature::parseAuthorization(
                "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7BE666");
        QVERIFY(auth);
        QCOMPARE(auth->accessKey, QByteArray("QTWAOYTTINDUT2QVKYUC"));
        QCOMPARE(auth->signedHeaders, (QList<QByteArray>{ "content-type", "host", "x-sdk-date" }));
        QCOMPARE(auth->signature, QByteArray("7be666"));

        const auto legacy = sdksignature::parseAuthorization(
                "SDK-HMAC-SHA256 Credential=AKLEGACY/20150907//ec2/sdk_request, SignedHeaders=host;x-sdk-date, Signature=ab");
        QVERIFY(legacy);
        QCOMPARE(legacy->accessKey, QByteArray("AKLEGACY"));

        QVERIFY(!sdksignature::parseAuthorization("Bearer abc"));
        QVERIFY(!sdksignature::parseAuthorization("SDK-HMAC-SHA256 Access=AK"));
        QVERIFY(!sdksignature::parseAuthorization("SDK-HMAC-SHA256 garbage"));
    }

    void parsesSdkDates()
    {
        const auto date = sdksignature::parseSdkDate("20191115T033655Z");
        QVERIFY(date);
        QCOMPARE(date->toSecsSinceEpoch(), qint64(1573789015));
        QVERIFY(!sdksignature::parseSdkDate("2019-11-15T03:36:55Z"));
    }
};

QTEST_GUILESS_MAIN(tst_SdkSignature)
#include "tst_sdksignature.moc"
