#include "support/RawClient.h"
#include "support/TestServer.h"

#include <QProcess>
#include <QTcpSocket>

#include <algorithm>
#include <atomic>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Pipelined requests on one blocking socket, as fast as the service takes them, until `go` is cleared or the
// service closes the connection; counts the bytes of answers read.
void pour(quint16 port, std::atomic<qint64> &answered, const std::atomic_bool &go)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0) {
        QByteArray batch;
        for (int i = 0; i < 50; ++i)
            batch += "GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n";
        char buffer[65536];
        while (go && ::send(fd, batch.constData(), size_t(batch.size()), MSG_NOSIGNAL) > 0) {
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            answered += got;
        }
    }
    ::close(fd);
}

} // namespace

// The service's HTTP front over real sockets: limits answered before what is too much is read, slow and
// idle clients let go, junk refused at once, a cap on connections that answers 503 instead of hanging,
// and requests answered side by side, in order on one connection.
class tst_HttpFrontend : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;

    void start(ServiceConfig config = {})
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start(std::move(config)));
    }
    quint16 port() const { return quint16(m_server->base().port()); }

private slots:
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void aTooLargeBodyIsRefusedBeforeItIsRead()
    {
        start();
        RawClient client(port());
        QVERIFY(client.connected());
        // 100 MB announced, not one byte of it sent: the answer comes anyway.
        client.write("PUT /v2/p/datasets/d/data-annotations/samples HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n");
        const RawClient::Answer answer = client.read();
        QCOMPARE(answer.status(), 413);
        QVERIFY2(answer.body.contains("APIGW.0201"), answer.body.constData());
        QVERIFY(client.closedWithin(5000));
    }

    void longUrlsAndHugeHeadersAreRefused()
    {
        start();
        RawClient url(port());
        url.write("GET /" + QByteArray(64 * 1024, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(url.read().status(), 414);
        QVERIFY(url.closedWithin(5000));
        RawClient headers(port());
        headers.write("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(64 * 1024, 'b') + "\r\n\r\n");
        QCOMPARE(headers.read().status(), 431);
        QVERIFY(headers.closedWithin(5000));
    }

    void aClientThatExpectsContinueIsToldToSend()
    {
        // curl and others wait for "100 Continue" before a large body: without it, a second of nothing.
        start();
        RawClient client(port());
        client.write("PUT /nothing HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        QCOMPARE(client.read().status(), 100);
        client.write("{}");
        QCOMPARE(client.read().status(), 404);
    }

    void headOnAnImageSaysItsLength()
    {
        start();
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QString dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 6, 5);
        QVERIFY(!dataset.isEmpty());
        HttpClient http;
        const auto [token, project] =
                http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QJsonObject sample =
                http.get(m_server->url(QStringLiteral("/v2/%1/datasets/%2/data-annotations/samples?limit=1").arg(project, dataset)), token)
                        .json()[QStringLiteral("samples")][0]
                        .toObject();
        for (const QString &kind : { QStringLiteral("source"), QStringLiteral("preview") }) {
            const QUrl url(sample.value(kind).toString());
            QVERIFY(url.isValid());
            const HttpResult get = http.send("GET", url);
            QCOMPARE(get.status, 200);
            QVERIFY(!get.body.isEmpty());
            RawClient raw(port());
            raw.write("HEAD " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: x\r\n\r\n");
            const RawClient::Answer head = raw.read(true);
            QCOMPARE(head.status(), 200);
            QCOMPARE(head.contentLength(), get.body.size());
        }
    }

    void idleConnectionsAreClosed()
    {
        ServiceConfig config;
        config.idleTimeoutMs = 200;
        start(config);
        RawClient idle(port());
        QVERIFY(idle.connected());
        QVERIFY(idle.closedWithin(5000));
        // Between requests too.
        RawClient used(port());
        used.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(used.read().status(), 404);
        QVERIFY(used.closedWithin(5000));
        QTRY_COMPARE(m_server->frontend().connectionCount(), 0);
    }

    void aRequestThatDoesNotArriveGets408()
    {
        ServiceConfig config;
        config.requestTimeoutMs = 300;
        start(config);
        RawClient slow(port());
        slow.write("GET / HTTP/1.1\r\nHost:");
        QCOMPARE(slow.read().status(), 408);
        QVERIFY(slow.closedWithin(5000));
    }

    void junkIsAnsweredAtOnce_data()
    {
        QTest::addColumn<QByteArray>("junk");
        QTest::newRow("TLS hello") << QByteArray::fromHex("16030100f5010000f10303") + QByteArray(64, '\x01');
        QTest::newRow("bare CRLFs") << QByteArray("\r\n").repeated(50);
        QTest::newRow("bogus chunk size") << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nnot-hex\r\n");
    }
    void junkIsAnsweredAtOnce()
    {
        QFETCH(QByteArray, junk);
        start(); // idle and request timeouts of a minute: an answer within seconds is the junk's
        RawClient client(port());
        client.write(junk);
        QCOMPARE(client.read(false, 5000).status(), 400);
        QVERIFY(client.closedWithin(5000));
    }

    void pastTheCapConnectionsGet503()
    {
        ServiceConfig config;
        config.maxConnections = 2;
        start(config);
        RawClient a(port());
        RawClient b(port());
        QTRY_COMPARE(m_server->frontend().connectionCount(), 2);
        RawClient c(port());
        QCOMPARE(c.read().status(), 503);
        QVERIFY(c.closedWithin(5000));
        // Those inside are served; once one goes, a new one is.
        a.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(a.read().status(), 404);
        b.socket().disconnectFromHost();
        QTRY_COMPARE(m_server->frontend().connectionCount(), 1);
        RawClient d(port());
        d.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(d.read().status(), 404);
    }

    void theCapFitsTheDescriptorLimit()
    {
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        rlimit low = saved;
        low.rlim_cur = qMin<rlim_t>(256, saved.rlim_max);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        start();
        const int cap = m_server->frontend().maxConnections();
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &saved), 0);
        QVERIFY2(cap > 0 && cap <= int(low.rlim_cur) - 64, qPrintable(QString::number(cap)));
    }

    void atTheDescriptorLimitNewClientsGet503AndNothingSpins()
    {
        // The service as a process with 256 descriptors, and 300 clients: those past the cap are answered
        // 503 at once (before: they timed out while the service spun at 100 % CPU), and it goes on serving.
        rlimit own{};
        getrlimit(RLIMIT_NOFILE, &own);
        if (own.rlim_cur < 512) {
            own.rlim_cur = qMin<rlim_t>(own.rlim_max, 1024);
            setrlimit(RLIMIT_NOFILE, &own);
        }
        if (own.rlim_cur < 400)
            QSKIP("this test opens 300 connections: the process may open fewer than 400 descriptors");
        QTemporaryDir dir;
        QProcess server;
        server.setChildProcessModifier([] {
            const rlimit limit{ 256, 256 };
            setrlimit(RLIMIT_NOFILE, &limit);
        });
        server.start(QStringLiteral(MODELARTS_LOCAL_BIN),
                     { QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 30000);
        const quint16 servicePort = quint16(QUrl(QString::fromUtf8(server.readLine().trimmed().mid(13))).port());
        QVERIFY(servicePort > 0);
        auto cpuSeconds = [&] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(server.processId()));
            if (!stat.open(QIODevice::ReadOnly))
                return -1.0;
            const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
            return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK)); // utime, stime
        };
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 300; ++i)
            clients.push_back(std::make_unique<RawClient>(servicePort));
        auto refused = [&] { return std::count_if(clients.begin(), clients.end(), [](const auto &c) { return c->closedWithin(0); }); };
        QTRY_VERIFY_WITH_TIMEOUT(refused() >= 300 - 192, 20000); // 256 - 64 kept for the database and files
        const double cpuBefore = cpuSeconds();
        QElapsedTimer window;
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.elapsed() >= 1000, 5000); // a second with 192 idle connections open
        QVERIFY2(cpuSeconds() - cpuBefore < 0.3, qPrintable(QString::number(cpuSeconds() - cpuBefore)));
        RawClient *open = nullptr;
        int answered503 = 0;
        for (const auto &c : clients) {
            if (!c->closedWithin(0))
                open = open ? open : c.get();
            else if (c->read(false, 1000).status() == 503)
                ++answered503;
        }
        QVERIFY2(answered503 >= 300 - 192, qPrintable(QString::number(answered503)));
        QVERIFY(open);
        open->write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(open->read().status(), 404);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    void aSlowRequestDoesNotHoldUpOthers()
    {
        start();
        // A login whose key stretching takes a while.
        QVERIFY(m_server->storage().identity().upsertUser(QStringLiteral("acme"), QStringLiteral("slow"), QStringLiteral("local"),
                                                          passwordhash::hash(QStringLiteral("password-123"), 3000000)));
        RawClient slow(port());
        const QByteArray body = HttpClient::loginBody(QStringLiteral("acme"), QStringLiteral("slow"), QStringLiteral("password-123"),
                                                      QStringLiteral("local"));
        slow.write("POST /v3/auth/tokens HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                   + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        // Other clients are answered while it runs.
        HttpClient http;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(http.get(m_server->url(QStringLiteral("/nothing"))).status, 404);
        QCOMPARE(slow.socket().bytesAvailable(), 0); // still hashing
        QCOMPARE(slow.read(false, 60000).status(), 201);
    }

    void twoCreationsAtOnceMakeOneTask()
    {
        TaskOptions slow;
        slow.minStageMs = 5000; // the first task is still running when the second request is answered
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")), slow);
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QString dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 8, 5);
        HttpClient http;
        const auto [token, project] =
                http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QByteArray body = R"({"task_type":"auto-label"})";
        const QByteArray create = "POST /v2/" + project.toLatin1() + "/datasets/" + dataset.toLatin1()
                + "/tasks HTTP/1.1\r\nHost: x\r\nX-Auth-Token: " + token + "\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body;
        // Both on the workers at once (two connections): the dataset's preconditions are checked for one
        // at a time.
        RawClient a(port());
        RawClient b(port());
        a.write(create);
        b.write(create);
        const QList<int> statuses{ a.read().status(), b.read().status() };
        QCOMPARE(statuses.count(200), 1);
        QCOMPARE(statuses.count(501), 1); // ModelArts.4386: a task exists
        QCOMPARE(m_server->storage().tasks().list(dataset, {}).size(), 1);
    }

    // The front moves bytes on threads of its own: a client is accepted, read and answered while the
    // thread that made the front is busy (here: blocked in a socket call of its own, no event loop).
    void theFrontAnswersWithoutTheThreadThatMadeIt()
    {
        ServiceConfig config;
        config.ioThreads = 2;
        start(config);
        for (int i = 0; i < 4; ++i) { // a connection on each loop, twice
            QTcpSocket client;
            client.connectToHost(QHostAddress::LocalHost, port());
            QVERIFY(client.waitForConnected(5000));
            client.write("GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            QVERIFY(client.waitForBytesWritten(5000));
            QByteArray answer;
            while (client.waitForReadyRead(5000))
                answer += client.readAll();
            answer += client.readAll();
            QVERIFY2(answer.startsWith("HTTP/1.1 404 "), answer.constData());
        }
    }

    // Stopping the service while requests pour in (the front's loops still hand them on while it closes):
    // it closes, every time, and no request finds the workers gone.
    void closingWhileRequestsArrive()
    {
        for (int round = 0; round < 15; ++round) {
            start();
            std::atomic<qint64> answered{ 0 };
            std::atomic_bool go{ true };
            std::vector<std::thread> clients;
            for (int c = 0; c < 3; ++c)
                clients.emplace_back([port = port(), &answered, &go] { pour(port, answered, go); });
            QTRY_VERIFY_WITH_TIMEOUT(answered.load() > 100000, 20000); // a few hundred answers in: requests pour
            m_server->stop();
            go = false;
            for (std::thread &t : clients)
                t.join();
            m_server.reset();
        }
    }

    void pipelinedAnswersComeInOrder()
    {
        start();
        QVERIFY(m_server->storage().identity().upsertUser(QStringLiteral("acme"), QStringLiteral("slow"), QStringLiteral("local"),
                                                          passwordhash::hash(QStringLiteral("password-123"), 1000000)));
        const QByteArray body = HttpClient::loginBody(QStringLiteral("acme"), QStringLiteral("slow"), QStringLiteral("password-123"),
                                                      QStringLiteral("local"));
        RawClient client(port());
        // The slow one first, on the heavy lane; the quick one behind it finishes first but is sent second.
        client.write("POST /v3/auth/tokens HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body
                     + "GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(client.read(false, 60000).status(), 201);
        QCOMPARE(client.read().status(), 404);
    }

    // HTTP/1.1 keeps the connection unless told otherwise, and a client may read the head a byte at a time
    // (Qt 6.4's does, a system call each): the answers that keep it say nothing of it. HTTP/1.0 keeps it
    // only when told, and a closing answer says so to both.
    void onlyWhatIsNotTheDefaultIsSaidOfTheConnection()
    {
        start();
        const auto connectionOf = [](const RawClient::Answer &answer) {
            for (const QByteArray &line : answer.head.split('\n')) {
                if (line.toLower().startsWith("connection:"))
                    return line.mid(11).trimmed().toLower();
            }
            return QByteArray("(none)");
        };
        RawClient http11(port());
        http11.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        const RawClient::Answer kept = http11.read();
        QCOMPARE(kept.status(), 404);
        QCOMPARE(connectionOf(kept), QByteArray("(none)"));
        http11.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n"); // and it is kept
        QCOMPARE(http11.read().status(), 404);
        http11.write("GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(connectionOf(http11.read()), QByteArray("close"));
        QVERIFY(http11.closedWithin(5000));

        RawClient http10(port());
        http10.write("GET /nothing HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QCOMPARE(connectionOf(http10.read()), QByteArray("keep-alive"));
        http10.write("GET /nothing HTTP/1.0\r\n\r\n");
        QCOMPARE(connectionOf(http10.read()), QByteArray("close"));
        QVERIFY(http10.closedWithin(5000));
    }
};

QTEST_GUILESS_MAIN(tst_HttpFrontend)
#include "tst_httpfrontend.moc"
