#include "api/ApiTransport.h"
#include "api/BatchUpdateJob.h"
#include "api/ModelArtsClient.h"
#include "support/ScriptedServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <optional>

// The batch update (BatchUpdateJob through ModelArtsClient) against scripted services over real HTTP on
// loopback: an answer cut off, a refusal against no answer, a chunk too large for a service, a refusal of
// every size.
class tst_BatchUpdate : public QObject
{
    Q_OBJECT

private:
    // Sends `updates` with a client of `service` (retries 10 ms apart) and waits for the outcome; `answered`
    // gets each progress report.
    Result<BatchUpdateResult> send(const QUrl &service, const QList<SampleUpdate> &updates, QList<qint64> *answered = nullptr)
    {
        ApiTransport transport;
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        transport.setPolicy(fast);
        ModelArtsClient client(&transport, service);
        client.useAkSk(AkSkSigner("AK", "SK"), QStringLiteral("p"));
        std::optional<Result<BatchUpdateResult>> out;
        client.batchUpdate(
                QStringLiteral("D"), updates, this, [&](const Result<BatchUpdateResult> &r) { out = r; },
                [answered](qint64 n, qint64) {
                    if (answered)
                        answered->append(n);
                });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(Result<BatchUpdateResult>{});
    }

    // The sample ids of request `i` of `server` (a batch update's body).
    static QStringList idsSent(const ScriptedServer &server, int i)
    {
        const QByteArray request = server.requests().value(i);
        const QJsonArray samples =
                QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).object().value(QStringLiteral("samples")).toArray();
        QStringList ids;
        for (const QJsonValue &s : samples)
            ids.append(s.toObject().value(QStringLiteral("sample_id")).toString());
        return ids;
    }

    static QList<SampleUpdate> numberedUpdates(int count)
    {
        QList<SampleUpdate> updates;
        for (int i = 0; i < count; ++i)
            updates.append(SampleUpdate{ QStringLiteral("s%1").arg(i), {}, {} });
        return updates;
    }

private slots:
    void batchUpdateCutOffMidAnswerIsSentAgainAndCountedOnce()
    {
        // The first answer breaks off mid-body: the chunk goes again (the update is idempotent) and its
        // samples count once.
        ScriptedServer server({ ScriptedServer::partial("{\"success\":true,\"resu"), ScriptedServer::respond(200, R"({"success":true})") });
        QList<qint64> answered;
        const auto out = send(server.url({}), numberedUpdates(2), &answered);
        QVERIFY(out.ok());
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(out.value->succeeded(), 2);
        QCOMPARE(out.value->notSent(), 0);
        QCOMPARE(answered, QList<qint64>{ 2 });
    }

    void aRefusalIsAnAnswerAnUnreachableServiceIsNot()
    {
        // The service answers for the whole request: both are refused, with its reason.
        ScriptedServer locked({ ScriptedServer::respond(400, R"({"error_code":"ModelArts.4350","error_msg":"Dataset is locked"})") });
        const auto refused = send(locked.url({}), numberedUpdates(2));
        QVERIFY(refused.value);
        QCOMPARE(refused.value->notSent(), 0);
        for (const SampleOutcome &o : refused.value->outcomes) {
            QVERIFY(o.refused());
            QCOMPARE(o.errorCode, QStringLiteral("ModelArts.4350"));
        }
        // Nobody listens: not sent, with the fault, and nobody's refusal.
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        const quint16 port = gone.serverPort();
        gone.close();
        const auto unsent = send(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), numberedUpdates(2));
        QVERIFY(unsent.value);
        QCOMPARE(unsent.value->notSent(), 2);
        QCOMPARE(unsent.value->fault.kind, ApiError::Kind::Network);
        for (const SampleOutcome &o : unsent.value->outcomes)
            QVERIFY(!o.refused());
    }

    void aLargeChunkRefusedGoesAgainSmaller()
    {
        // A service that takes at most 100 samples a request refuses the two chunks of 500 as a whole: they
        // go again as ten of 100, and every sample is confirmed once, counted once.
        const QByteArray tooMany = R"({"error_code":"ModelArts.0001","error_msg":"Too many samples"})";
        ScriptedServer server({ ScriptedServer::respond(413, tooMany), ScriptedServer::respond(413, tooMany),
                                ScriptedServer::respond(200, R"({"success":true})") });
        const QList<SampleUpdate> updates = numberedUpdates(1000);
        QList<qint64> answered;
        const auto out = send(server.url({}), updates, &answered);
        QVERIFY(out.value);
        QCOMPARE(server.requests().size(), 12);
        QCOMPARE(idsSent(server, 0).size(), BatchUpdateJob::batchLimit);
        QCOMPARE(idsSent(server, 1).size(), BatchUpdateJob::batchLimit);
        QStringList confirmed;
        for (int i = 2; i < 12; ++i) {
            QCOMPARE(idsSent(server, i).size(), BatchUpdateJob::fallbackLimit);
            confirmed += idsSent(server, i);
        }
        std::sort(confirmed.begin(), confirmed.end());
        QStringList all;
        for (const SampleUpdate &u : updates)
            all.append(u.sampleId);
        std::sort(all.begin(), all.end());
        QCOMPARE(confirmed, all);
        QCOMPARE(out.value->succeeded(), 1000);
        QCOMPARE(out.value->notSent(), 0);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(out.value->outcomes[i].sampleId, updates[i].sampleId); // in request order
        QVERIFY(std::is_sorted(answered.begin(), answered.end()));
        QCOMPARE(answered.last(), qint64(1000));
    }

    void aRefusalOfEverySizeIsOneRequestMore()
    {
        // A locked dataset refuses whatever is sent: the chunk of 500 goes again as five of 100 (one request
        // more than if it had been sent so), the last chunk of 100 is refused once, and every sample carries
        // the service's reason.
        ScriptedServer locked({ ScriptedServer::respond(400, R"({"error_code":"ModelArts.4350","error_msg":"Dataset is locked"})") });
        const auto out = send(locked.url({}), numberedUpdates(600));
        QVERIFY(out.value);
        QCOMPARE(locked.requests().size(), 7);
        QCOMPARE(out.value->notSent(), 0);
        QCOMPARE(out.value->outcomes.size(), 600);
        for (const SampleOutcome &o : out.value->outcomes) {
            QVERIFY(o.refused());
            QCOMPARE(o.errorCode, QStringLiteral("ModelArts.4350"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_BatchUpdate)
#include "tst_batchupdate.moc"
