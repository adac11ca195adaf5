#include "support/ServiceFixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

// modelarts-local takes its input strictly (issue 36): a query parameter that cannot apply, a number not
// in its plain form or given twice, a method in lower case: 400 naming what is wrong. HEAD answers as GET
// without the body. Over real HTTP on 127.0.0.1.
class tst_StrictInput : public QObject, private ServiceFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void parameterErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit over 100") << QStringLiteral("datasets?limit=101") << QStringLiteral("limit");
        QTest::newRow("limit zero") << QStringLiteral("datasets?limit=0") << QStringLiteral("limit");
        QTest::newRow("limit text") << QStringLiteral("datasets?limit=ten") << QStringLiteral("limit");
        QTest::newRow("offset negative") << QStringLiteral("datasets?offset=-1") << QStringLiteral("offset");
        QTest::newRow("order") << QStringLiteral("datasets?order=up") << QStringLiteral("order");
        QTest::newRow("sort_by") << QStringLiteral("datasets?sort_by=size") << QStringLiteral("sort_by");
        QTest::newRow("dataset_version") << QStringLiteral("datasets?dataset_version=v3") << QStringLiteral("dataset_version");
        QTest::newRow("samples limit") << QStringLiteral("datasets/%1/data-annotations/samples?limit=500") << QStringLiteral("limit");
        QTest::newRow("sample_state") << QStringLiteral("datasets/%1/data-annotations/samples?sample_state=__BOGUS__")
                                      << QStringLiteral("sample_state");
        QTest::newRow("auto limit") << QStringLiteral("datasets/%1/auto-annotations/samples?limit=101") << QStringLiteral("limit");
        QTest::newRow("low_score") << QStringLiteral("datasets/%1/auto-annotations/samples?low_score=abc") << QStringLiteral("low_score");
        QTest::newRow("high_score") << QStringLiteral("datasets/%1/auto-annotations/samples?high_score=2") << QStringLiteral("high_score");
        QTest::newRow("search_conditions") << QStringLiteral("datasets/%1/auto-annotations/samples?search_conditions=%5Bnope")
                                           << QStringLiteral("search_conditions");
        QTest::newRow("hard condition") << QStringLiteral(
                "datasets/%1/auto-annotations/samples?search_conditions=%5B%7B%22hard%22%3A%222%22%7D%5D")
                                        << QStringLiteral("hard");
        // A filter that cannot apply is an error, not a listing that ignores it.
        QTest::newRow("sample_name number") << QStringLiteral(
                "datasets/%1/auto-annotations/samples?search_conditions=%5B%7B%22sample_name%22%3A5%7D%5D")
                                            << QStringLiteral("sample_name");
        QTest::newRow("label_list string") << QStringLiteral(
                "datasets/%1/auto-annotations/samples?search_conditions=%5B%7B%22label_list%22%3A%22cat%22%7D%5D")
                                           << QStringLiteral("label_list");
        QTest::newRow("label_list empty") << QStringLiteral(
                "datasets/%1/auto-annotations/samples?search_conditions=%5B%7B%22label_list%22%3A%7B%22labels%22%3A%5B%5D%7D%7D%5D")
                                          << QStringLiteral("label_list");
        // Numbers in their plain form only, given once (issue 36).
        QTest::newRow("limit plus") << QStringLiteral("datasets/%1/data-annotations/samples?limit=%2B5") << QStringLiteral("limit");
        QTest::newRow("limit space") << QStringLiteral("datasets/%1/data-annotations/samples?limit=%205") << QStringLiteral("limit");
        QTest::newRow("limit empty") << QStringLiteral("datasets/%1/data-annotations/samples?limit=") << QStringLiteral("limit");
        QTest::newRow("limit twice") << QStringLiteral("datasets/%1/data-annotations/samples?limit=5&limit=6") << QStringLiteral("limit");
        QTest::newRow("low_score nan") << QStringLiteral("datasets/%1/auto-annotations/samples?low_score=nan")
                                       << QStringLiteral("low_score");
        QTest::newRow("high_score inf") << QStringLiteral("datasets/%1/auto-annotations/samples?high_score=inf")
                                        << QStringLiteral("high_score");
        QTest::newRow("tasks offset text") << QStringLiteral("datasets/%1/tasks?offset=abc") << QStringLiteral("offset");
        QTest::newRow("tasks limit negative") << QStringLiteral("datasets/%1/tasks?limit=-1") << QStringLiteral("limit");
        QTest::newRow("tasks offset 2^64") << QStringLiteral("datasets/%1/tasks?offset=18446744073709551616") << QStringLiteral("offset");
        QTest::newRow("auto conditions object")
                << QStringLiteral("datasets/%1/auto-annotations/samples?search_conditions=%7B%7D") << QStringLiteral("search_conditions");
        QTest::newRow("auto conditions empty one") << QStringLiteral("datasets/%1/auto-annotations/samples?search_conditions=%5B%7B%7D%5D")
                                                   << QStringLiteral("search_conditions");
        QTest::newRow("samples conditions object")
                << QStringLiteral("datasets/%1/data-annotations/samples?search_conditions=%7B%7D") << QStringLiteral("search_conditions");
        QTest::newRow("samples conditions empty one")
                << QStringLiteral("datasets/%1/data-annotations/samples?search_conditions=%5B%7B%7D%5D")
                << QStringLiteral("search_conditions");
        QTest::newRow("auto conditions unknown")
                << QStringLiteral("datasets/%1/auto-annotations/samples?search_conditions=%5B%7B%22labeler%22%3A%22x%22%7D%5D")
                << QStringLiteral("labeler");
        QTest::newRow("auto order") << QStringLiteral("datasets/%1/auto-annotations/samples?order=x") << QStringLiteral("order");
        QTest::newRow("samples state") << QStringLiteral("datasets/%1/data-annotations/samples?sample_state=x")
                                       << QStringLiteral("sample_state");
        QTest::newRow("datasets order") << QStringLiteral("datasets?order=x&x=%1") << QStringLiteral("order");
        QTest::newRow("datasets sort_by") << QStringLiteral("datasets?sort_by=x&x=%1") << QStringLiteral("sort_by");
        QTest::newRow("samples name a number") << QStringLiteral(
                "datasets/%1/data-annotations/samples?search_conditions=%5B%7B%22sample_name%22%3A12345%7D%5D")
                                               << QStringLiteral("sample_name");
        QTest::newRow("auto name a number") << QStringLiteral(
                "datasets/%1/auto-annotations/samples?search_conditions=%5B%7B%22sample_name%22%3A12345%7D%5D")
                                            << QStringLiteral("sample_name");
        QTest::newRow("score nan") << QStringLiteral(
                "datasets/%1/auto-annotations/samples?search_conditions=%5B%7B%22score%22%3A%22nan-nan%22%7D%5D")
                                   << QStringLiteral("score");
    }
    void parameterErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        const HttpResult r = m_http.get(v2(path.arg(m_dataset)), m_token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.0104"));
        QVERIFY2(r.json()[QStringLiteral("error_msg")].toString().contains(field),
                 qPrintable(r.json()[QStringLiteral("error_msg")].toString()));
    }

    void headIsGetWithoutTheBody()
    {
        const HttpResult get = m_http.get(v2(QStringLiteral("datasets")), m_token);
        QCOMPARE(get.status, 200);
        QVERIFY(!get.body.isEmpty());
        QNetworkAccessManager nam; // head(): a HEAD the client knows has no body to wait for
        QNetworkRequest request(v2(QStringLiteral("datasets")));
        request.setRawHeader("X-Auth-Token", m_token);
        std::unique_ptr<QNetworkReply> head(nam.head(request));
        QSignalSpy finished(head.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(head->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(head->readAll().isEmpty());
        QCOMPARE(head->rawHeader("Content-Type"), get.header("Content-Type"));
    }

    void aLowerCaseMethodIsRefused()
    {
        const HttpResult r = m_http.send("get", v2(QStringLiteral("datasets")), {}, { { "X-Auth-Token", m_token } });
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json()[QStringLiteral("error_msg")].toString().contains(QStringLiteral("get")), r.body.constData());
    }
};

QTEST_MAIN(tst_StrictInput)
#include "tst_strictinput.moc"
