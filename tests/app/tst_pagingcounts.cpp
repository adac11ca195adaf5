#include "api/AkSkSigner.h"
#include "api/ApiTransport.h"
#include "api/ModelArtsClient.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

// A service (or a proxy) whose sample_count lies: the client pages until a short page whatever the count
// says, so it neither stops early (a count of 100, 1e300 or -5 over 2,050 samples) nor waits for pages that
// never come (2e9).
class tst_PagingCounts : public QObject
{
    Q_OBJECT
private:
    static constexpr int kActual = 2050;

    // Auto-annotation pages of kActual samples, each answer with `count` as its sample_count.
    static void serve(QHttpServer &server, const QByteArray &count, int *requests)
    {
        server.route(QStringLiteral("/v2/<arg>/datasets/<arg>/auto-annotations/samples"),
                     [count, requests](const QString &, const QString &, const QHttpServerRequest &request) {
                         ++*requests;
                         const QUrlQuery q(request.url());
                         const int page = q.queryItemValue(QStringLiteral("offset")).toInt();
                         const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
                         QJsonArray samples;
                         for (int i = page * limit; i < qMin(kActual, (page + 1) * limit); ++i)
                             samples.append(
                                     QJsonObject{ { QStringLiteral("sample_id"), QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')) },
                                                  { QStringLiteral("labels"),
                                                    QJsonArray{ QJsonObject{ { QStringLiteral("name"), QStringLiteral("cat") },
                                                                             { QStringLiteral("score"), 0.5 } } } } });
                         const QByteArray items = QJsonDocument(samples).toJson(QJsonDocument::Compact);
                         return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                    R"({"sample_count":)" + count + R"(,"samples":)" + items + "}");
                     });
    }

private slots:
    void everySampleWhateverTheCountSays_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::newRow("true") << QByteArray::number(kActual);
        QTest::newRow("too low") << QByteArray("100");
        QTest::newRow("1e300") << QByteArray("1e300");
        QTest::newRow("-5") << QByteArray("-5");
        QTest::newRow("2e9") << QByteArray("2e9");
        QTest::newRow("not a number") << QByteArray("\"many\"");
    }
    void everySampleWhateverTheCountSays()
    {
        QFETCH(QByteArray, count);
        QHttpServer server;
        int requests = 0;
        serve(server, count, &requests);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        ApiTransport transport;
        ModelArtsClient client(&transport, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.useAkSk(AkSkSigner("AK", "SK"), QStringLiteral("p"));
        std::optional<Result<QList<Sample>>> out;
        qint64 lastTotal = -1;
        client.allAutoAnnotations(
                QStringLiteral("d"), {}, this, [&](const Result<QList<Sample>> &r) { out = r; },
                [&](const QList<Sample> &, qint64 total) { lastTotal = total; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000);
        QVERIFY2(out->ok(), qPrintable(out->error.toString()));
        QCOMPARE(out->value->size(), kActual);
        QCOMPARE(out->value->first().id, QStringLiteral("s00000"));
        QCOMPARE(out->value->last().id, QStringLiteral("s02049"));
        // What the progress said at the end is at least what came, never a count from nowhere.
        QVERIFY(lastTotal >= kActual);
        QVERIFY(lastTotal <= qint64(2000000000));
        // No more pages than there are, and the few in flight past the end at most.
        QVERIFY2(requests <= 21 + ModelArtsClient::parallelPages, qPrintable(QString::number(requests)));
    }
};

QTEST_GUILESS_MAIN(tst_PagingCounts)
#include "tst_pagingcounts.moc"
