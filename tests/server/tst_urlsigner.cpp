#include "auth/UrlSigner.h"

#include <QTest>
#include <QUrlQuery>

class tst_UrlSigner : public QObject
{
    Q_OBJECT
private slots:
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
