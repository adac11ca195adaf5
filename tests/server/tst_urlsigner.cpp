#include "auth/HmacKey.h"
#include "auth/UrlSigner.h"

#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrlQuery>

class tst_UrlSigner : public QObject
{
    Q_OBJECT
private slots:
    // RFC 4231's test vectors 1, 2 and 6 (a key longer than a block is hashed first).
    void hmacKeyGivesTheRfcVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("mac");
        QTest::newRow("1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                           << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                           << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("6") << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                           << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }
    void hmacKeyGivesTheRfcVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, mac);
        const HmacKey hmac(key);
        QCOMPARE(hmac.sign(message).toHex(), mac);
        QCOMPARE(hmac.sign(message).toHex(), mac); // the keyed state is not used up
    }

    // Whatever the sizes around a block: Qt's HMAC, which it replaces.
    void hmacKeyAgreesWithQt()
    {
        for (int keySize : { 0, 1, 32, 63, 64, 65, 200 }) {
            QByteArray key(keySize, Qt::Uninitialized);
            for (int i = 0; i < keySize; ++i)
                key[i] = char(i * 7 + keySize);
            const HmacKey hmac(key);
            for (int size = 0; size < 200; size += 13) {
                const QByteArray message(size, char('a' + size % 26));
                QCOMPARE(hmac.sign(message), QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256));
            }
        }
    }

    void signedUrlVerifiesUntilItExpires()
    {
        const UrlSigner signer("key-0123456789", QUrl(QStringLiteral("http://127.0.0.1:9")), 600);
        const QUrl url = signer.url(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Preview, 1000);
        QCOMPARE(url.path(), QStringLiteral("/obs/DS/S1/preview"));
        const QUrlQuery q(url);
        const qint64 expires = q.queryItemValue(QStringLiteral("Expires")).toLongLong();
        const QByteArray sig = q.queryItemValue(QStringLiteral("Signature")).toLatin1();
        QCOMPARE(expires, qint64(1600));
        QVERIFY(signer.verify(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Preview, expires, sig, 1000));
        QVERIFY(signer.verify(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Preview, expires, sig, 1600));
        QVERIFY(!signer.verify(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Preview, expires, sig, 1601));
    }

    void encodedUrlIsAValidUrlOfTheBaseHost()
    {
        UrlSigner signer("key-0123456789", QUrl(QStringLiteral("https://images.example.com:8443/prefix?x=1")), 600);
        const QString text = signer.encodedUrl(QStringLiteral("DS"), QStringLiteral("S 1"), UrlSigner::Kind::Source, 1000);
        const QUrl url(text, QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.toString(QUrl::FullyEncoded), text);
        QCOMPARE(url.host(), QStringLiteral("images.example.com"));
        QCOMPARE(url.port(), 8443);
        QCOMPARE(url.path(), QStringLiteral("/obs/DS/S 1/source"));
        const QUrlQuery q(url);
        QVERIFY(signer.verify(QStringLiteral("DS"), QStringLiteral("S 1"), UrlSigner::Kind::Source,
                              q.queryItemValue(QStringLiteral("Expires")).toLongLong(),
                              q.queryItemValue(QStringLiteral("Signature")).toLatin1(), 1000));
        QCOMPARE(signer.url(QStringLiteral("DS"), QStringLiteral("S 1"), UrlSigner::Kind::Source, 1000), url);
        signer.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        QVERIFY(signer.encodedUrl(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Preview, 1000)
                        .startsWith(QStringLiteral("http://127.0.0.1:9/obs/DS/S1/preview?Expires=1600&Signature=")));
    }

    void anyChangeBreaksTheSignature()
    {
        const UrlSigner signer("key-0123456789", QUrl(QStringLiteral("http://127.0.0.1:9")), 600);
        const QUrlQuery q(signer.url(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Source, 1000));
        const qint64 expires = q.queryItemValue(QStringLiteral("Expires")).toLongLong();
        const QByteArray sig = q.queryItemValue(QStringLiteral("Signature")).toLatin1();
        QVERIFY(signer.verify(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Source, expires, sig, 1000));
        QVERIFY(!signer.verify(QStringLiteral("DS"), QStringLiteral("S2"), UrlSigner::Kind::Source, expires, sig, 1000));
        QVERIFY(!signer.verify(QStringLiteral("DX"), QStringLiteral("S1"), UrlSigner::Kind::Source, expires, sig, 1000));
        QVERIFY(!signer.verify(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Preview, expires, sig, 1000));
        QVERIFY(!signer.verify(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Source, expires + 1, sig, 1000));
        QVERIFY(!signer.verify(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Source, expires, QByteArray(), 1000));
        const UrlSigner other("another-key", QUrl(QStringLiteral("http://127.0.0.1:9")), 600);
        QVERIFY(!other.verify(QStringLiteral("DS"), QStringLiteral("S1"), UrlSigner::Kind::Source, expires, sig, 1000));
    }
};

QTEST_GUILESS_MAIN(tst_UrlSigner)
#include "tst_urlsigner.moc"
