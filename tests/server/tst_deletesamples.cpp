#include "support/ServiceFixture.h"

#include <QDir>
#include <QDirIterator>

// DeleteSamples (modelarts-api.md 5.9) on modelarts-local over real HTTP: the documented body and answer,
// a deleted sample gone from every listing and counted as deleted, deleting again no error, an unknown id
// refused in its result, a malformed body changing nothing, and delete_source taking the image file too.
class tst_DeleteSamples : public QObject, private ServiceFixture
{
    Q_OBJECT
private:
    HttpResult remove(const QByteArray &body)
    {
        return m_http.withToken("POST", ds(QStringLiteral("data-annotations/samples/delete")), m_token, body);
    }
    QString idAt(int i) { return samplesOf(QStringLiteral("limit=100"))[i].toObject()[QStringLiteral("sample_id")].toString(); }
    int total() { return m_http.get(ds(), m_token).json()[QStringLiteral("total_sample_count")].toInt(); }
    int imageFiles() const
    {
        int n = 0;
        QDirIterator it(m_server->dataDir(), { QStringLiteral("*.png"), QStringLiteral("*.jpg") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            n += path.contains(QLatin1String("/preview")) ? 0 : 1;
        }
        return n;
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void theDocumentedBatchDeletesAndCounts()
    {
        const int before = total();
        const QString a = idAt(0);
        const QString b = idAt(1);
        const HttpResult r = remove(QStringLiteral(R"({"samples":["%1","%2"]})").arg(a, b).toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject({ { QStringLiteral("success"), true } }));
        QCOMPARE(total(), before - 2);
        QCOMPARE(m_http.get(ds(), m_token).json()[QStringLiteral("deleted_sample_count")].toInt(), 2);
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/stats")), m_token)
                         .json()[QStringLiteral("sample_stats")]
                         .toObject()[QStringLiteral("deleted")]
                         .toInt(),
                 2);
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples/") + a), m_token).status, 400); // gone
        for (const QJsonValue &s : samplesOf(QStringLiteral("limit=100")))
            QVERIFY(s.toObject()[QStringLiteral("sample_id")].toString() != a);
        // Again, with an id that never was: the deleted one is no error, the unknown one is refused.
        const HttpResult again = remove(QStringLiteral(R"({"samples":["%1","ffffffffffffffffffffffffffffffff"]})").arg(a).toUtf8());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()[QStringLiteral("success")].toBool(), false);
        const QJsonArray results = again.json()[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject()[QStringLiteral("success")].toBool(), true);
        QCOMPARE(results[1].toObject()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4420"));
        QCOMPARE(total(), before - 2);
        QCOMPARE(imageFiles(), before); // delete_source false: the files stay
    }

    void deleteSourceTakesTheFile()
    {
        const int files = imageFiles();
        QVERIFY(files > 0);
        QCOMPARE(remove(QStringLiteral(R"({"samples":["%1"],"delete_source":true})").arg(idAt(0)).toUtf8()).status, 200);
        QCOMPARE(imageFiles(), files - 1);
    }

    void malformedBodiesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no samples") << QByteArray("{}") << QStringLiteral("samples must be a non-empty array");
        QTest::newRow("empty samples") << QByteArray(R"({"samples":[]})") << QStringLiteral("samples must be a non-empty array");
        QTest::newRow("id number") << QByteArray(R"({"samples":["%1", 5]})") << QStringLiteral("samples[1]");
        QTest::newRow("delete_source text") << QByteArray(R"({"samples":["%1"],"delete_source":"yes"})") << QStringLiteral("delete_source");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
    }
    void malformedBodiesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const int before = total();
        body.replace("%1", idAt(0).toUtf8());
        const HttpResult r = remove(body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.0104"));
        QVERIFY2(r.json()[QStringLiteral("error_msg")].toString().contains(field),
                 qPrintable(r.json()[QStringLiteral("error_msg")].toString()));
        QCOMPARE(total(), before);
    }
};

QTEST_GUILESS_MAIN(tst_DeleteSamples)
#include "tst_deletesamples.moc"
