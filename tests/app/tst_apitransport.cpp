#include "api/ApiTransport.h"
#include "support/ScriptedServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

// The request policy against a scripted, misbehaving server on loopback: retries, backoff,
// Retry-After, time-outs, resets, redirects and where credentials go.
class tst_ApiTransport : public QObject
{
    Q_OBJECT
private:
    static RetryPolicy fastPolicy()
    {
        RetryPolicy p;
        p.baseDelayMs = 20;
        p.maxDelayMs = 100;
        p.transferTimeoutMs = 2000;
        return p;
    }

    struct Outcome
    {
        HttpReply reply;
        bool called = false;
    };

    static HttpReply send(ApiTransport &transport, const HttpCall &call, const ApiTransport::Authorizer &authorizer = {})
    {
        std::optional<HttpReply> out;
        QObject context;
        transport.send(call, authorizer, &context, [&out](const HttpReply &r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000); }();
        return out.value_or(HttpReply{});
    }
    static HttpCall get(const QUrl &url)
    {
        HttpCall c;
        c.url = url;
        return c;
    }
    static ApiTransport::Authorizer tokenAuthorizer()
    {
        return [](QNetworkRequest &r, const QByteArray &, const QByteArray &) {
            r.setRawHeader("X-Auth-Token", "MII-secret-token");
            r.setRawHeader("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=00");
        };
    }

private slots:
    void retriesA500ThenSucceeds()
    {
        ScriptedServer server({ ScriptedServer::respond(500, R"({"error_code":"ModelArts.4999","error_msg":"System error"})"),
                                ScriptedServer::respond(200, R"({"ok":true})") });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        const HttpReply r = send(transport, get(server.url(QStringLiteral("/x"))));
        QVERIFY(!r.error.isError());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(server.requests().size(), 2);
    }

    void givesUpAfterMaxAttemptsWithTheServicesError()
    {
        ScriptedServer server(
                { ScriptedServer::respond(503, R"({"error_code":"ModelArts.0001","error_msg":"busy"})", { { "X-Request-Id", "r-503" } }) });
        ApiTransport transport;
        RetryPolicy p = fastPolicy();
        p.maxAttempts = 3;
        transport.setPolicy(p);
        const HttpReply r = send(transport, get(server.url(QStringLiteral("/x"))));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(r.error.kind, ApiError::Kind::Service);
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(r.error.code, QStringLiteral("ModelArts.0001"));
        QCOMPARE(r.error.message, QStringLiteral("busy"));
        QCOMPARE(r.error.requestId, QStringLiteral("r-503"));
    }

    void honoursRetryAfter()
    {
        ScriptedServer server({ ScriptedServer::respond(429, R"({"error_code":"ModelArts.4395","error_msg":"Too many dataset requests"})",
                                                        { { "Retry-After", "1" } }),
                                ScriptedServer::respond(200, "{}") });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        QElapsedTimer timer;
        timer.start();
        const HttpReply r = send(transport, get(server.url(QStringLiteral("/x"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.attempts, 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void doesNotWaitForAnUnreasonableRetryAfter()
    {
        ScriptedServer server({ ScriptedServer::respond(429, "{}", { { "Retry-After", "3600" } }), ScriptedServer::respond(200, "{}") });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        const HttpReply r = send(transport, get(server.url(QStringLiteral("/x"))));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.error.httpStatus, 429);
    }

    void neverRetriesOtherClientErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
        QTest::newRow("501 of a task creation") << 501; // ModelArts.4386: a task exists; creation is never retried
    }
    void neverRetriesOtherClientErrors()
    {
        QFETCH(int, status);
        ScriptedServer server({ ScriptedServer::respond(status, R"({"error_code":"ModelArts.4352","error_msg":"Dataset does not exist"})"),
                                ScriptedServer::respond(200, "{}") });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        HttpCall call = get(server.url(QStringLiteral("/x")));
        call.idempotent = status != 501; // task creation (the only 501 of the API) is not idempotent
        const HttpReply r = send(transport, call);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.error.httpStatus, status);
        QCOMPARE(r.error.code, QStringLiteral("ModelArts.4352"));
        QCOMPARE(r.error.kind, status == 401 ? ApiError::Kind::Auth : status == 403 ? ApiError::Kind::Forbidden : ApiError::Kind::Service);
    }

    void nonIdempotentCallsAreNotRetried()
    {
        ScriptedServer server({ ScriptedServer::respond(500, "{}"), ScriptedServer::respond(200, "{}") });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        HttpCall call = get(server.url(QStringLiteral("/tasks")));
        call.method = "POST";
        call.body = "{}";
        call.idempotent = false;
        const HttpReply r = send(transport, call);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(r.error.httpStatus, 500);
    }

    void aServerThatNeverAnswersTimesOut()
    {
        ScriptedServer server({ ScriptedServer::hang() });
        ApiTransport transport;
        RetryPolicy p = fastPolicy();
        p.transferTimeoutMs = 300;
        p.maxAttempts = 2;
        transport.setPolicy(p);
        QElapsedTimer timer;
        timer.start();
        const HttpReply r = send(transport, get(server.url(QStringLiteral("/slow"))));
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(r.attempts, 2);
        QTRY_COMPARE(server.requests().size(), 2);
        QVERIFY(timer.elapsed() >= 600);
        QVERIFY(r.error.isTransient());
    }

    void aResetMidBodyIsRetried()
    {
        ScriptedServer server({ ScriptedServer::partial(R"({"samples":[{"sample_id")"), ScriptedServer::respond(200, R"({"ok":1})") });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        const HttpReply r = send(transport, get(server.url(QStringLiteral("/x"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"ok":1})"));
        QCOMPARE(r.attempts, 2);
    }

    void aResetEveryTimeIsANetworkError()
    {
        ScriptedServer server({ ScriptedServer::partial("{\"a\":") });
        ApiTransport transport;
        RetryPolicy p = fastPolicy();
        p.maxAttempts = 2;
        transport.setPolicy(p);
        const HttpReply r = send(transport, get(server.url(QStringLiteral("/x"))));
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QCOMPARE(r.attempts, 2);
    }

    void aRefusedConnectionIsANetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ApiTransport transport;
        RetryPolicy p = fastPolicy();
        p.maxAttempts = 2;
        transport.setPolicy(p);
        const HttpReply r = send(transport, get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QCOMPARE(r.attempts, 2);
    }

    void credentialsGoOnlyToTrustedOrigins()
    {
        ScriptedServer trusted({ ScriptedServer::respond(200, "{}") });
        ScriptedServer other({ ScriptedServer::respond(200, "{}") });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        transport.setTrustedOrigins({ trusted.url({}) });
        send(transport, get(trusted.url(QStringLiteral("/a"))), tokenAuthorizer());
        QCOMPARE(trusted.header(0, "X-Auth-Token"), QByteArray("MII-secret-token"));
        send(transport, get(other.url(QStringLiteral("/b"))), tokenAuthorizer());
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(other.header(0, "X-Auth-Token").isEmpty());
        QVERIFY(other.header(0, "Authorization").isEmpty());
        // Presigned URLs: no credentials even to the trusted host.
        HttpCall presigned = get(trusted.url(QStringLiteral("/obs/x?Signature=abc")));
        presigned.authenticated = false;
        send(transport, presigned, tokenAuthorizer());
        QVERIFY(trusted.header(1, "X-Auth-Token").isEmpty());
    }

    void aRedirectToAnotherHostCarriesNoCredentials()
    {
        // 127.0.0.2 is loopback too, but another origin.
        ScriptedServer foreign({ ScriptedServer::respond(200, R"({"moved":true})") }, QHostAddress(QStringLiteral("127.0.0.2")));
        ScriptedServer service(
                { ScriptedServer::respond(307, "", { { "Location", foreign.url(QStringLiteral("/elsewhere")).toEncoded() } }) });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        transport.setTrustedOrigins({ service.url({}) });
        const HttpReply r = send(transport, get(service.url(QStringLiteral("/v2/p/datasets"))), tokenAuthorizer());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.finalUrl.host(), QStringLiteral("127.0.0.2"));
        QCOMPARE(service.header(0, "X-Auth-Token"), QByteArray("MII-secret-token"));
        QCOMPARE(foreign.requests().size(), 1);
        QVERIFY(foreign.header(0, "X-Auth-Token").isEmpty());
        QVERIFY(foreign.header(0, "Authorization").isEmpty());
        QVERIFY(!foreign.requests().first().contains("MII-secret-token"));
    }

    void aRedirectWithinTheServiceKeepsCredentials()
    {
        ScriptedServer service(
                { ScriptedServer::respond(302, "", { { "Location", "/v2/p/datasets/" } }), ScriptedServer::respond(200, "{}") });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        transport.setTrustedOrigins({ service.url({}) });
        const HttpReply r = send(transport, get(service.url(QStringLiteral("/v2/p/datasets"))), tokenAuthorizer());
        QCOMPARE(r.status, 200);
        QCOMPARE(service.requests().size(), 2);
        QCOMPARE(service.header(1, "X-Auth-Token"), QByteArray("MII-secret-token"));
    }

    void redirectLoopsEnd()
    {
        ScriptedServer service({ ScriptedServer::respond(302, "", { { "Location", "/again" } }) });
        ApiTransport transport;
        transport.setPolicy(fastPolicy());
        const HttpReply r = send(transport, get(service.url(QStringLiteral("/again"))));
        QCOMPARE(r.error.kind, ApiError::Kind::Redirect);
        QCOMPARE(service.requests().size(), fastPolicy().maxRedirects + 1);
    }

    void noCallbackAfterTheContextIsGone()
    {
        ScriptedServer server({ ScriptedServer::respond(200, "{}") });
        ApiTransport transport;
        bool called = false;
        auto context = std::make_unique<QObject>();
        transport.send(get(server.url(QStringLiteral("/x"))), {}, context.get(), [&called](const HttpReply &) { called = true; });
        context.reset();
        // A second call as a barrier: when its answer is in, the first one's has been handled too.
        QObject alive;
        bool second = false;
        transport.send(get(server.url(QStringLiteral("/y"))), {}, &alive, [&second](const HttpReply &) { second = true; });
        QTRY_VERIFY(second);
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(!called);
    }

    void caFilesAreValidated()
    {
        ApiTransport transport;
        QString error;
        QVERIFY(!transport.addCaCertificatesFromFile(QStringLiteral("/nonexistent/ca.pem"), &error));
        QVERIFY(error.contains(QStringLiteral("Cannot read")));
        QTemporaryFile junk;
        QVERIFY(junk.open());
        junk.write("not a certificate");
        junk.close();
        QVERIFY(!transport.addCaCertificatesFromFile(junk.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("no PEM or DER certificate")));
        QCOMPARE(transport.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    }
};

QTEST_GUILESS_MAIN(tst_ApiTransport)
#include "tst_apitransport.moc"
