#include "support/TestServer.h"

#include <QElapsedTimer>

#include <algorithm>

// Password logins under attack, over real HTTP: an unknown user costs what a wrong password costs (no
// user names from timing); repeated failures lock the user (429, IAM's error body, Retry-After), even
// for the right password, until the lock ends or an administrator clears it; other users go on; a source that
// fails too often is held back for its failures, not its correct logins. The service's clock is the test's.
class tst_LoginThrottle : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    qint64 m_clockOffset = 0;

    HttpResult login(const QString &user, const QString &password)
    {
        return m_http.loginRequest(m_server->base(), QStringLiteral("acme"), user, password);
    }

    void start(int sourceFailures = 1000)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        ServiceConfig config;
        config.nowMs = [this] { return QDateTime::currentMSecsSinceEpoch() + m_clockOffset; };
        config.loginSourceFailures = sourceFailures;
        QVERIFY(m_server->start(config));
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("bob"), QStringLiteral("password-456"));
    }

private slots:
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
        m_clockOffset = 0;
    }

    void anUnknownUserTakesAsLongAsAWrongPassword()
    {
        start();
        // A user hashed as the service hashes by default (the tests' users use fewer iterations).
        QVERIFY(m_server->storage().identity().upsertUser(QStringLiteral("acme"), QStringLiteral("carol"), QStringLiteral("local"),
                                                          passwordhash::hash(QStringLiteral("right-one"))));
        const auto median = [this](const QString &user) {
            QList<qint64> times;
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer t;
                t.start();
                const HttpResult r = login(user, QStringLiteral("wrong-%1").arg(i));
                times.append(t.nsecsElapsed());
                if (r.status != 401)
                    qFatal("expected 401, got %d", r.status);
            }
            std::sort(times.begin(), times.end());
            return double(times[1]) / 1e6;
        };
        login(QStringLiteral("nobody"), QStringLiteral("warm-up")); // the unknown user's hash is made once
        const double wrongPassword = median(QStringLiteral("carol"));
        const double unknownUser = median(QStringLiteral("nobody-else"));
        qInfo("wrong password %.1f ms, unknown user %.1f ms", wrongPassword, unknownUser);
        // Within a factor of 4 (the machine is shared); without the dummy hash it was 0.4 ms against 268 ms.
        QVERIFY2(unknownUser > wrongPassword / 4 && unknownUser < wrongPassword * 4,
                 qPrintable(QStringLiteral("%1 ms against %2 ms").arg(unknownUser).arg(wrongPassword)));
    }

    void repeatedFailuresLockTheUserNotTheOthers()
    {
        start();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(login(QStringLiteral("alice"), QStringLiteral("guess")).status, 401);
        QCOMPARE(login(QStringLiteral("alice"), QStringLiteral("guess")).status, 401); // the fifth locks
        // Locked: even the right password, at once, with IAM's body and when to try again.
        QElapsedTimer t;
        t.start();
        const HttpResult locked = login(QStringLiteral("alice"), QStringLiteral("password-123"));
        QCOMPARE(locked.status, 429);
        QVERIFY(t.elapsed() < 200); // no hashing for a locked login
        const QJsonObject error = locked.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 429);
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("locked")));
        const int retryAfter = locked.header("Retry-After").toInt();
        QVERIFY(retryAfter > 0 && retryAfter <= 300);
        // Another user is not held back.
        QCOMPARE(login(QStringLiteral("bob"), QStringLiteral("password-456")).status, 201);
        // An unknown user locks the same way (a lock says nothing about who exists).
        for (int i = 0; i < 5; ++i)
            login(QStringLiteral("mallory"), QStringLiteral("guess"));
        QCOMPARE(login(QStringLiteral("mallory"), QStringLiteral("guess")).status, 429);
        // When the lock ends, the right password works, and a success forgets the failures.
        m_clockOffset += qint64(retryAfter) * 1000 + 1;
        QCOMPARE(login(QStringLiteral("alice"), QStringLiteral("password-123")).status, 201);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(login(QStringLiteral("alice"), QStringLiteral("guess")).status, 401);
        QCOMPARE(login(QStringLiteral("alice"), QStringLiteral("password-123")).status, 201);
    }

    // Behind one address (every local client on the loopback binding): before, 30 wrong logins from it
    // refused every user's correct password for a minute.
    void aSourceThatFailsTooOftenIsHeldBackForItsFailuresOnly()
    {
        start(8);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(login(QStringLiteral("user%1").arg(i), QStringLiteral("guess")).status, 401); // spraying names
        QCOMPARE(login(QStringLiteral("user7"), QStringLiteral("guess")).status, 429); // the eighth holds the address back
        // A correct password from the same address is accepted.
        QCOMPARE(login(QStringLiteral("bob"), QStringLiteral("password-456")).status, 201);
        // A user that failed from it is held back at once (no hashing), and the answer says why.
        QElapsedTimer t;
        t.start();
        const HttpResult pair = login(QStringLiteral("user3"), QStringLiteral("guess"));
        QCOMPARE(pair.status, 429);
        QVERIFY(t.elapsed() < 200);
        QVERIFY(pair.header("Retry-After").toInt() > 0);
        const QString pairMessage = pair.json()[QStringLiteral("error")][QStringLiteral("message")].toString();
        QVERIFY2(pairMessage.contains(QStringLiteral("this address"), Qt::CaseInsensitive)
                         && !pairMessage.contains(QStringLiteral("locked")),
                 qPrintable(pairMessage));
        // A new wrong password from it is answered as held back, with the address as the cause.
        const HttpResult more = login(QStringLiteral("alice"), QStringLiteral("guess"));
        QCOMPARE(more.status, 429);
        QVERIFY(more.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("correct password")));
        // Now alice from this address is a failing pair too; bob, who has not failed, still logs in.
        QCOMPARE(login(QStringLiteral("alice"), QStringLiteral("password-123")).status, 429);
        QCOMPARE(login(QStringLiteral("bob"), QStringLiteral("password-456")).status, 201);
        // Once the window is over, the failed pairs may try again.
        m_clockOffset += 61 * 1000;
        QCOMPARE(login(QStringLiteral("user3"), QStringLiteral("guess")).status, 401);
        QCOMPARE(login(QStringLiteral("alice"), QStringLiteral("password-123")).status, 201);
    }

    // `modelarts-local user unlock` (here its storage call, as the command makes it) clears a lock in the
    // running service at the next login; a lock that begins after it holds.
    void anAdministratorUnlocksAUser()
    {
        start();
        for (int i = 0; i < 5; ++i)
            login(QStringLiteral("alice"), QStringLiteral("guess"));
        const HttpResult locked = login(QStringLiteral("alice"), QStringLiteral("password-123"));
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("administrator")));
        QVERIFY(m_server->storage().identity().recordUnlock(QStringLiteral("ACME"), QStringLiteral("Alice"),
                                                            QDateTime::currentMSecsSinceEpoch() + m_clockOffset));
        QCOMPARE(login(QStringLiteral("alice"), QStringLiteral("password-123")).status, 201);
        m_clockOffset += 1000;
        for (int i = 0; i < 5; ++i)
            login(QStringLiteral("alice"), QStringLiteral("guess"));
        QCOMPARE(login(QStringLiteral("alice"), QStringLiteral("password-123")).status, 429); // the old unlock is older
    }
};

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_loginthrottle.moc"
