#include "support/RawClient.h"
#include "support/TestServer.h"

#include "http/ConnectionSlots.h"

#include <QMutex>

#include <algorithm>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// The service's log lines while a test runs (the message handler is process-wide).
QMutex g_logMutex;
QStringList g_log;
void keepLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_logMutex);
    if (QByteArray(context.category ? context.category : "") == "modelarts.local.server")
        g_log.append(message);
}
int linesContaining(const QString &text)
{
    const QMutexLocker lock(&g_logMutex);
    return int(std::count_if(g_log.begin(), g_log.end(), [&](const QString &line) { return line.contains(text); }));
}

// `count` connects to 127.0.0.1:`port`, one after another, each as soon as the one before is made; the
// slowest connect's time in milliseconds. The sockets stay open until `closeAfter` is cleared.
qint64 slowestConnectMs(quint16 port, int count)
{
    std::vector<int> sockets;
    qint64 slowest = 0;
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QElapsedTimer timer;
        timer.start();
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
            slowest = std::max<qint64>(slowest, 1000000);
        slowest = std::max(slowest, timer.elapsed());
        sockets.push_back(fd);
    }
    for (int fd : sockets)
        ::close(fd);
    return slowest;
}

} // namespace

// The front's connection slots under a client that wants them all: a request sent by half is let go at the
// request time-out, not held as idle; one address cannot take every slot; a burst of connects does not wait
// in the kernel; a flood of refused connections is a line or two in the log, not one per connection.
class tst_ConnectionSlots : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;

    void start(ServiceConfig config)
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
        qInstallMessageHandler(nullptr);
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }

    // The request line and a header, then nothing: before, the connection counted as idle (60 s) and 520 of
    // them held every slot for a minute.
    void aRequestSentByHalfGets408AtTheRequestTimeout()
    {
        ServiceConfig config;
        config.idleTimeoutMs = 60 * 1000;
        config.requestTimeoutMs = 300;
        start(config);
        RawClient half(port());
        QVERIFY(half.connected());
        half.write("GET /v3 HTTP/1.1\r\nHost: x\r\n");
        QElapsedTimer timer;
        timer.start();
        const RawClient::Answer answer = half.read(false, 10000);
        QCOMPARE(answer.status(), 408);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(half.closedWithin(5000));
        QTRY_COMPARE(m_server->frontend().connectionCount(), 0);
    }

    void oneAddressCannotTakeEverySlot()
    {
        ServiceConfig config;
        config.maxConnections = 8;
        config.maxConnectionsPerSource = 3;
        start(config);
        std::vector<std::unique_ptr<RawClient>> greedy;
        for (int i = 0; i < 3; ++i)
            greedy.push_back(std::make_unique<RawClient>(port()));
        QTRY_COMPARE(m_server->frontend().connectionsFrom(QStringLiteral("127.0.0.1")), 3);
        RawClient fourth(port());
        const RawClient::Answer refused = fourth.read();
        QCOMPARE(refused.status(), 503);
        QVERIFY2(refused.body.contains("from this address"), refused.body.constData());
        QVERIFY(fourth.closedWithin(5000));
        // Another address is served meanwhile, and so is the greedy one's connection that asks.
        RawClient other(port(), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(other.connected());
        other.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(other.read().status(), 404);
        greedy.front()->write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(greedy.front()->read().status(), 404);
        // When one of its connections closes, the address may open another.
        greedy.back().reset();
        QTRY_COMPARE(m_server->frontend().connectionsFrom(QStringLiteral("127.0.0.1")), 2);
        RawClient again(port());
        again.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(again.read().status(), 404);
    }

    // With Qt's default backlog of 50, some of 300 back-to-back connects waited a second or more for the
    // kernel to send their SYN again.
    void aBurstOfConnectsDoesNotWaitForTheKernel()
    {
        ServiceConfig config;
        config.maxConnectionsPerSource = config.maxConnections;
        start(config);
        qint64 slowest = 0;
        std::thread burst([&slowest, port = port()] { slowest = slowestConnectMs(port, 300); });
        burst.join();
        QVERIFY2(slowest < 900, qPrintable(QStringLiteral("the slowest connect took %1 ms").arg(slowest)));
    }

    void refusalsAreLoggedOncePerInterval()
    {
        qInstallMessageHandler(keepLog);
        qint64 now = 1000000;
        ConnectionSlots shared(
                { 2, 2 }, [&now] { return now; }, 10 * 1000);
        QVERIFY(!shared.take(QStringLiteral("10.0.0.1")));
        QVERIFY(!shared.take(QStringLiteral("10.0.0.2")));
        for (int i = 0; i < 100; ++i) {
            const ConnectionSlots::Refusal refusal = shared.take(QStringLiteral("10.0.0.3"));
            QCOMPARE(refusal.status, 503);
            now += 10;
        }
        QCOMPARE(linesContaining(QStringLiteral("connection refused")), 1);
        now += 10 * 1000;
        QVERIFY(shared.take(QStringLiteral("10.0.0.3")));
        QCOMPARE(linesContaining(QStringLiteral("connection refused")), 2);
        QCOMPARE(linesContaining(QStringLiteral("and 99 more refused")), 1);
        // Slots given back are taken again; a source's own cap holds with room in all.
        shared.give(QStringLiteral("10.0.0.1"));
        QCOMPARE(shared.open(), 1);
        ConnectionSlots perSource({ 10, 1 });
        QVERIFY(!perSource.take(QStringLiteral("10.0.0.1")));
        QVERIFY(perSource.take(QStringLiteral("10.0.0.1")));
        QVERIFY(!perSource.take(QStringLiteral("10.0.0.2")));
        QCOMPARE(perSource.openFrom(QStringLiteral("10.0.0.1")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionSlots)
#include "tst_connectionslots.moc"
