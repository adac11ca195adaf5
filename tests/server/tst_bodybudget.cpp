#include "support/AutoLabeledSeed.h"
#include "support/RawClient.h"
#include "support/TestServer.h"

#include "http/BodyBudget.h"
#include "rest/JsonBody.h"

#include <QProcess>

namespace {

// A batch update of `items` samples whose last item is wrong: refused once all of it is read.
QByteArray refusedUpdate(int items)
{
    const QByteArray item = R"({"sample_id":"0123456789abcdef0123456789abcdef","labels":[{"name":"daisy"}]},)";
    return R"({"samples":[)" + item.repeated(items) + R"({"sample_id":12}]})";
}

double residentMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

// The memory that request bodies cost the service: bodies in flight share a budget (503 with Retry-After
// past it, before the body is read), a body of too many JSON elements is refused as they are counted,
// before a document is built, and what a large body cost is given back to the system afterwards.
class tst_BodyBudget : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;

private slots:
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void theBudgetHoldsBodiesInFlight()
    {
        BodyBudget budget(10, 2);
        QVERIFY(budget.take(6));
        QVERIFY(!budget.take(6)); // 12 > 10: refused, nothing taken
        QCOMPARE(budget.inFlight(), qint64(6));
        QVERIFY(budget.take(6, true)); // a body already in memory is counted, whatever the budget
        {
            const std::shared_ptr<void> hold = budget.hold(6);
            const std::shared_ptr<void> copy = hold;
            QCOMPARE(budget.inFlight(), qint64(12));
        }
        QCOMPARE(budget.inFlight(), qint64(6)); // given back with the last copy
        budget.give(6);
        QCOMPARE(budget.inFlight(), qint64(0));
        QCOMPARE(budget.peak(), qint64(12));
        QCOMPARE(budget.trims(), 1); // the heap trimmed when the last body went
        QVERIFY(budget.take(50)); // one body alone fits, larger than the budget (the size limit bounds it)
    }

    void largeBodiesPastTheBudgetGet503BeforeTheyAreRead()
    {
        ServiceConfig config;
        config.bodyBudgetBytes = 3 * 1024 * 1024;
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start(config));
        const quint16 port = quint16(m_server->base().port());
        const QByteArray head = "PUT /nothing HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(2 * 1024 * 1024) + "\r\n\r\n";
        RawClient first(port);
        first.write(head + "{");
        QTRY_COMPARE(m_server->frontend().bodyBudget().inFlight(), qint64(2 * 1024 * 1024));
        RawClient second(port);
        second.write(head);
        const RawClient::Answer refused = second.read();
        QCOMPARE(refused.status(), 503);
        QVERIFY2(refused.head.contains("Retry-After: 1"), refused.head.constData());
        QVERIFY2(refused.body.contains("bodies"), refused.body.constData());
        QVERIFY(second.closedWithin(5000));
        // The first body arrives and is answered; its share goes back, and the next one is read.
        first.write(QByteArray(2 * 1024 * 1024 - 1, ' '));
        QCOMPARE(first.read().status(), 404);
        QTRY_COMPARE(m_server->frontend().bodyBudget().inFlight(), qint64(0));
        RawClient third(port);
        third.write(head + QByteArray(2 * 1024 * 1024, ' '));
        QCOMPARE(third.read().status(), 404);
        QVERIFY(m_server->frontend().bodyBudget().peak() <= config.bodyBudgetBytes);
    }

    void aBodyOfTooManyElementsIsRefusedAsTheyAreCounted()
    {
        QCOMPARE(jsonbody::pastElements("{\"a\":[1,2,3],\"b\":\"[,,,{\"}", 5), qsizetype(-1)); // 5: {, [, two commas, one more
        QCOMPARE(jsonbody::pastElements("{\"a\":[1,2,3],\"b\":\"x\"}", 4), qsizetype(12)); // the comma before "b"
        QCOMPARE(jsonbody::pastElements("[\"\\\"[[[\", 1]", 1), qsizetype(8)); // an escaped quote stays in the string
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QString dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("d"), 5, { QStringLiteral("daisy") });
        HttpClient http;
        const auto [token, project] =
                http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QUrl url = m_server->url(QStringLiteral("/v2/%1/datasets/%2/data-annotations/samples").arg(project, dataset));
        const HttpResult many = http.withToken("PUT", url, token, refusedUpdate(int(jsonbody::maxElements / 3)));
        QCOMPARE(many.status, 400);
        QVERIFY2(many.body.contains("more than 200000 JSON elements"), many.body.constData());
        // Under the cap, the body is read and its wrong item named, as before.
        const HttpResult wrong = http.withToken("PUT", url, token, refusedUpdate(1000));
        QCOMPARE(wrong.status, 400);
        QVERIFY2(wrong.body.contains("samples[1000].sample_id"), wrong.body.constData());
    }

    // The service as a process: before, one refused 12 MB body left it 80-450 MB larger for good.
    void memoryIsGivenBackAfterLargeBodies()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QString dataset;
        {
            Storage storage(data);
            QVERIFY(storage.open());
            QVERIFY(storage.identity().upsertUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("local"),
                                                  passwordhash::hash(QStringLiteral("password-123"), 1000)));
            dataset = seed::autoLabeled(storage, QStringLiteral("d"), 5, { QStringLiteral("daisy") });
        }
        QProcess server;
        server.start(
                QStringLiteral(MODELARTS_LOCAL_BIN),
                { QStringLiteral("serve"), QStringLiteral("--data-dir"), data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 30000);
        const QUrl base(QString::fromUtf8(server.readLine().trimmed().mid(13)));
        HttpClient http;
        const auto [token, project] = http.login(base, QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        QVERIFY(!token.isEmpty());
        QUrl url = base;
        url.setPath(QStringLiteral("/v2/%1/datasets/%2/data-annotations/samples").arg(project, dataset));
        const QByteArray body = refusedUpdate(int(jsonbody::maxElements / 6)); // under the element cap: parsed in full
        const double idle = residentMb(server.processId()); // logged in, nothing else yet
        for (int round = 0; round < 4; ++round) {
            QNetworkAccessManager nam; // six at once
            QList<QNetworkReply *> replies;
            for (int i = 0; i < 6; ++i) {
                QNetworkRequest request(url);
                request.setRawHeader("X-Auth-Token", token);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                replies.append(nam.put(request, body));
            }
            for (QNetworkReply *reply : replies) {
                QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
                QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 400);
            }
            qDeleteAll(replies);
        }
        const double after = residentMb(server.processId());
        qInfo("resident: %.1f MB idle, %.1f MB after 24 refused bodies of %.1f MB", idle, after, double(body.size()) / 1e6);
        QVERIFY2(after - idle < 50, qPrintable(QStringLiteral("%1 MB after, %2 MB idle").arg(after).arg(idle)));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(tst_BodyBudget)
#include "tst_bodybudget.moc"
