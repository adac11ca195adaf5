#include "session/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

// The OS keychain where there is one (a desktop session); where there is none (CI, a server), every call
// says so and nothing is kept anywhere else.
class tst_CredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void keysNameTheirLogin()
    {
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("https://iam.myhuaweicloud.com"), QStringLiteral("acme"), QStringLiteral("alice")),
                 QStringLiteral("https://iam.myhuaweicloud.com|acme|alice"));
        QVERIFY(CredentialStore::keyFor(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"))
                != CredentialStore::keyFor(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")));
    }

    void storesWhereAKeychainExistsAndSaysSoWhereNot()
    {
        CredentialStore store(QStringLiteral("AutoLabel Reviewer tests"));
        std::optional<std::pair<bool, QString>> availability;
        store.checkAvailability(this, [&](bool ok, const QString &reason) { availability = { ok, reason }; });
        QTRY_VERIFY_WITH_TIMEOUT(availability.has_value(), 30000);
        const QString key = QStringLiteral("test|acme|alice-%1").arg(QCoreApplication::applicationPid());

        std::optional<std::pair<bool, QString>> stored;
        store.store(key, QStringLiteral("s3cret-value"), this, [&](bool ok, const QString &error) { stored = { ok, error }; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
        std::optional<std::pair<std::optional<QString>, QString>> loaded;
        store.load(key, this, [&](const std::optional<QString> &secret, const QString &error) { loaded = { secret, error }; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30000);

        if (!availability->first) {
            qInfo("no keychain here: %s", qPrintable(availability->second));
            QVERIFY(!availability->second.isEmpty()); // says why
            QVERIFY(!stored->first);
            QVERIFY(!stored->second.isEmpty());
            QVERIFY(!loaded->first.has_value());
            QVERIFY(!loaded->second.isEmpty());
            return;
        }
        QVERIFY2(stored->first, qPrintable(stored->second));
        QCOMPARE(loaded->first.value_or(QString()), QStringLiteral("s3cret-value"));
        std::optional<bool> removed;
        store.remove(key, this, [&](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        QVERIFY(*removed);
        loaded.reset();
        store.load(key, this, [&](const std::optional<QString> &secret, const QString &error) { loaded = { secret, error }; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30000);
        QVERIFY(!loaded->first.has_value());
        QVERIFY(loaded->second.isEmpty()); // simply not there
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
