#include "session/Session.h"
#include "support/TestServer.h"

// Logging in the way the desktop app does, and what the user is told when it fails.
class tst_Session : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    qint64 m_serverClockOffset = 0;
    QString m_projectId;

    LoginRequest passwordRequest(const QString &password = QStringLiteral("password-123")) const
    {
        LoginRequest r;
        r.endpoints = Endpoints{ m_server->base(), m_server->base(), {} };
        r.password = PasswordCredentials{ QStringLiteral("acme"), QStringLiteral("alice"), password, QStringLiteral("local") };
        return r;
    }
    LoginRequest akSkRequest(const QByteArray &sk = "sk-value") const
    {
        LoginRequest r;
        r.mode = LoginRequest::Mode::AkSk;
        r.endpoints = Endpoints{ m_server->base(), m_server->base(), {} };
        r.accessKey = "AKSESSION0000000001";
        r.secretKey = sk;
        r.projectId = m_projectId;
        return r;
    }
    // Logs in; the message of the failure, or "" on success.
    QString attempt(Session &session, const LoginRequest &request)
    {
        QSignalSpy ok(&session, &Session::loggedIn);
        QSignalSpy failed(&session, &Session::loginFailed);
        session.login(request);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(ok.size() + failed.size() == 1, 30000); }();
        return failed.isEmpty() ? QString() : failed.first().at(1).toString();
    }

private slots:
    void init()
    {
        m_serverClockOffset = 0;
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        ServiceConfig config;
        config.nowMs = [this] { return QDateTime::currentMSecsSinceEpoch() + m_serverClockOffset; };
        QVERIFY(m_server->start(config));
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const auto user = m_server->storage().identity().userByName(QStringLiteral("acme"), QStringLiteral("alice"));
        m_projectId = user->project.id;
        QVERIFY(m_server->storage().identity().addAccessKey(
                AccessKeyRecord{ QStringLiteral("AKSESSION0000000001"), "sk-value", user->id, user->project.id }));
    }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void passwordLogin()
    {
        Session session;
        QSignalSpy busy(&session, &Session::busyChanged);
        QCOMPARE(attempt(session, passwordRequest()), QString());
        QVERIFY(session.isLoggedIn());
        QVERIFY(!session.isBusy());
        QCOMPARE(busy.size(), 2); // on, off
        QCOMPARE(session.projectId(), m_projectId);
        QCOMPARE(session.who(), QStringLiteral("alice @ acme / local"));
        std::optional<Result<QList<Dataset>>> list;
        session.client()->listDatasets({}, this, [&](const Result<QList<Dataset>> &r) { list = r; });
        QTRY_VERIFY(list.has_value() && list->ok());
        session.logout();
        QVERIFY(!session.isLoggedIn());
        QVERIFY(session.request().password.password.isEmpty());
    }

    void wrongPasswordIsSaidWithTheServiceCode()
    {
        Session session;
        const QString message = attempt(session, passwordRequest(QStringLiteral("wrong")));
        QVERIFY2(message.contains(QStringLiteral("user name or password is wrong")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("IAM.401")));
        QVERIFY(!session.isLoggedIn());
        QCOMPARE(session.request().password.password, QStringLiteral("wrong")); // the form keeps what was typed
    }

    // Wrong passwords in a row warn before IAM locks the user (5 here); the lock is said in minutes.
    void wrongPasswordsInARowWarnAndTheLockIsSaidInMinutes()
    {
        Session session;
        QStringList messages;
        for (int i = 0; i < 6; ++i)
            messages << attempt(session, passwordRequest(QStringLiteral("wrong")));
        QVERIFY2(!messages[1].contains(QStringLiteral("in a row")), qPrintable(messages[1]));
        QVERIFY2(messages[2].contains(QStringLiteral("That is 3 wrong password")), qPrintable(messages[2]));
        QVERIFY2(messages[4].contains(QStringLiteral("That is 5 wrong password")), qPrintable(messages[4]));
        // The sixth finds the user locked for 300 seconds: five minutes, not seconds, not the service's English.
        QVERIFY2(messages[5].contains(QStringLiteral("locked this user for about 5 minute")), qPrintable(messages[5]));
        QVERIFY2(!messages[5].contains(QStringLiteral("seconds")), qPrintable(messages[5]));
        // A right password after the lock is still refused; a new user's count starts afresh.
        LoginRequest bob = passwordRequest(QStringLiteral("wrong"));
        bob.password.user = QStringLiteral("bob");
        QVERIFY2(!attempt(session, bob).contains(QStringLiteral("in a row")), "another user's count is its own");
    }

    // An address held back for its failures (everyone behind it is one address) is not called a user lock.
    void anAddressHeldBackIsNotCalledALock()
    {
        m_server.reset();
        ServiceConfig config;
        config.loginSourceFailures = 3;
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start(config));
        Session session;
        LoginRequest other = passwordRequest(QStringLiteral("wrong"));
        for (const QString &user : { QStringLiteral("carol"), QStringLiteral("dave") }) {
            other.password.user = user;
            attempt(session, other);
        }
        other.password.user = QStringLiteral("erin");
        const QString held = attempt(session, other); // the third failure holds the address
        QVERIFY2(held.contains(QStringLiteral("address has failed too many logins")), qPrintable(held));
        QVERIFY2(held.contains(QStringLiteral("right password is still accepted")), qPrintable(held));
        QVERIFY2(!held.contains(QStringLiteral("locked")), qPrintable(held));
        const QString pair = attempt(session, other); // erin again, from here: held before the password is checked
        QVERIFY2(pair.contains(QStringLiteral("this user's logins from here")), qPrintable(pair));
        QCOMPARE(attempt(session, passwordRequest()), QString()); // alice has not failed: she logs in
    }

    void akSkLoginIsCheckedAtOnce()
    {
        Session session;
        QCOMPARE(attempt(session, akSkRequest()), QString());
        QCOMPARE(session.who(), QStringLiteral("AK AKSESSION0000000001 / project %1").arg(m_projectId));
        Session wrong;
        const QString message = attempt(wrong, akSkRequest("not-it"));
        QVERIFY2(message.contains(QStringLiteral("AK/SK signature was refused")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("APIGW.0301")));
    }

    void aSkewedClockIsNamed()
    {
        m_serverClockOffset = 20 * 60 * 1000; // the service is 20 minutes ahead
        Session session;
        const QString message = attempt(session, akSkRequest());
        QVERIFY2(message.contains(QStringLiteral("clock")), qPrintable(message));
    }

    void unreachableAndTlsProblemsAreNamed()
    {
        Session session;
        LoginRequest nowhere = passwordRequest();
        nowhere.endpoints = Endpoints{ QUrl(QStringLiteral("http://127.0.0.1:1")), QUrl(QStringLiteral("http://127.0.0.1:1")), {} };
        const QString unreachable = attempt(session, nowhere);
        QVERIFY2(unreachable.contains(QStringLiteral("cannot be reached")), qPrintable(unreachable));
        LoginRequest badCa = passwordRequest();
        badCa.caFile = m_dir->filePath(QStringLiteral("missing-ca.pem"));
        const QString ca = attempt(session, badCa);
        QVERIFY2(ca.contains(QStringLiteral("missing-ca.pem")), qPrintable(ca));
    }

    void cancelDropsTheAttempt()
    {
        Session session;
        QSignalSpy ok(&session, &Session::loggedIn);
        QSignalSpy failed(&session, &Session::loginFailed);
        session.login(passwordRequest());
        QVERIFY(session.isBusy());
        session.cancel();
        QVERIFY(!session.isBusy());
        // Then a real login goes through, and the cancelled one never reports.
        QCOMPARE(attempt(session, passwordRequest()), QString());
        QCOMPARE(ok.size(), 1);
        QCOMPARE(failed.size(), 0);
    }

    void describeCoversEveryKind()
    {
        for (auto kind :
             { ApiError::Kind::Auth, ApiError::Kind::Forbidden, ApiError::Kind::Tls, ApiError::Kind::Network, ApiError::Kind::Timeout,
               ApiError::Kind::Redirect, ApiError::Kind::Decode, ApiError::Kind::Cancelled, ApiError::Kind::Service }) {
            ApiError e;
            e.kind = kind;
            e.message = QStringLiteral("detail");
            QVERIFY(!Session::describe(e).isEmpty());
        }
        ApiError service;
        service.kind = ApiError::Kind::Service;
        service.code = QStringLiteral("ModelArts.4352");
        service.message = QStringLiteral("Dataset does not exist");
        // A known code in the client's own words (translated); an unknown one with the service's text.
        QCOMPARE(Session::describe(service), QStringLiteral("The dataset does not exist (any more). (ModelArts.4352)"));
        service.code = QStringLiteral("ModelArts.4801");
        QVERIFY2(Session::describe(service).startsWith(QStringLiteral("The labeling job does not exist.")),
                 qPrintable(Session::describe(service)));
        service.code = QStringLiteral("ModelArts.9999");
        QCOMPARE(Session::describe(service), QStringLiteral("The service refused the request: Dataset does not exist (ModelArts.9999)"));
        QVERIFY(Session::describe(ApiError{}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Session)
#include "tst_session.moc"
