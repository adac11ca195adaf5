#include "auth/PasswordHash.h"

#include <QTest>

class tst_PasswordHash : public QObject
{
    Q_OBJECT
private slots:
    void verifiesTheRightPasswordOnly()
    {
        const QByteArray encoded = passwordhash::hash(QStringLiteral("correct horse"), 2000);
        QVERIFY(passwordhash::verify(QStringLiteral("correct horse"), encoded));
        QVERIFY(!passwordhash::verify(QStringLiteral("correct hors"), encoded));
        QVERIFY(!passwordhash::verify(QString(), encoded));
    }

    void storesNoPasswordAndSaltsEachHash()
    {
        const QByteArray a = passwordhash::hash(QStringLiteral("secret-password"), 2000);
        const QByteArray b = passwordhash::hash(QStringLiteral("secret-password"), 2000);
        QVERIFY(a != b); // a random salt each time
        QVERIFY(!a.contains("secret-password"));
        QVERIFY(a.startsWith("pbkdf2-sha256$2000$"));
    }

    void defaultIterationsAreStrong()
    {
        QVERIFY(passwordhash::defaultIterations >= 100000);
        QVERIFY(passwordhash::hash(QStringLiteral("x"))
                        .startsWith(QByteArray("pbkdf2-sha256$" + QByteArray::number(passwordhash::defaultIterations))));
    }

    void rejectsMalformedEncodings_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other scheme") << QByteArray("md5$1$c2FsdA==$aGFzaA==");
        QTest::newRow("zero iterations") << QByteArray("pbkdf2-sha256$0$c2FsdA==$aGFzaA==");
        QTest::newRow("not a number") << QByteArray("pbkdf2-sha256$many$c2FsdA==$aGFzaA==");
        QTest::newRow("missing part") << QByteArray("pbkdf2-sha256$1000$c2FsdA==");
    }
    void rejectsMalformedEncodings()
    {
        QFETCH(QByteArray, encoded);
        QVERIFY(!passwordhash::verify(QStringLiteral("anything"), encoded));
    }

    void tamperedHashFails()
    {
        QByteArray encoded = passwordhash::hash(QStringLiteral("pw-123456"), 1000);
        encoded[encoded.size() - 3] = encoded[encoded.size() - 3] == 'A' ? 'B' : 'A';
        QVERIFY(!passwordhash::verify(QStringLiteral("pw-123456"), encoded));
    }
};

QTEST_GUILESS_MAIN(tst_PasswordHash)
#include "tst_passwordhash.moc"
