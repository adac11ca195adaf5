#include "UrlSigner.h"

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
