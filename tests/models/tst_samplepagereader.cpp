#include "support/SampleCompare.h"
#include "json/JsonCodec.h"
#include "json/JsonReaders.h"

#include <QFile>
#include <QTest>

using namespace jsoncodec;

// The page reader (in place, JsonCursor) against the document decoder it stands in for: where it reads a
// page it must read what QJsonDocument reads; where it declines, decodeSamplePage must answer as the
// document decoder does (the same samples, or the same error).
class tst_SamplePageReader : public QObject
{
    Q_OBJECT
private:
    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(AUTOLABEL_TEST_DATA_DIR "/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }
    static QByteArray page(const QByteArray &sample, const QByteArray &count = "3")
    {
        return "{\"sample_count\":" + count + ",\"samples\":[" + sample + "]}";
    }
    static void sameAsTree(const QByteArray &body)
    {
        const auto tree = decodeSamplePageTree(body);
        const auto read = decodeSamplePage(body);
        QCOMPARE(read.ok(), tree.ok());
        QCOMPARE(read.error, tree.error);
        if (tree.ok())
            QCOMPARE(pageDifference(*read.value, *tree.value), QString());
    }

private slots:
    void readsTheFixturesAsTheDocumentDoes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("seed") << QStringLiteral("seed_auto_annotation_samples.json");
        QTest::newRow("doc auto-annotations") << QStringLiteral("doc_auto_annotation_samples.json");
        QTest::newRow("doc samples") << QStringLiteral("doc_list_samples.json");
    }
    void readsTheFixturesAsTheDocumentDoes()
    {
        QFETCH(QString, name);
        const QByteArray body = fixture(name);
        const auto read = detail::readSamplePage(body);
        QVERIFY2(read, "the reader declined a page of the contract's own examples");
        const auto tree = decodeSamplePageTree(body);
        QVERIFY2(tree.ok(), qPrintable(tree.error));
        QVERIFY(!read->samples.isEmpty());
        QCOMPARE(pageDifference(*read, *tree.value), QString());
    }

    // Pages it must read itself (declining them would only be slow): each read as the document reads it.
    void readsWhatTheDocumentReads_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("utf-8 text") << page(R"({"sample_id":"a","sample_name":"玫瑰 🌹.jpg","labels":[{"name":"玫瑰","score":0.9}]})");
        // (not a raw string: moc misreads \" in one)
        QTest::newRow("escapes") << page(
                "{\"sample_id\":\"a\\\"b\",\"sample_name\":\"q\\\"b\\\\c\\/d\\u00e9\\ud83c\\udf39\\n\\t\\b\\f\\r\\u0000\","
                "\"sample_dir\":\"\\u4e2d/\"}");
        QTest::newRow("other order, unknown keys")
                << page(R"({"extra":{"deep":[1,[2,{"x":null}],true,false,"s\u00e9"]},"source":"https://h/a/b%20c.jpg?x=1",)"
                        R"("metadata":{"@modelarts:size":[640,480,4],"other":[]},"sample_id":"s1","labels":[],"preview":"p"})");
        QTest::newRow("numbers as text") << page(R"({"sample_id":"a","sample_size":" 42 ","sample_time":"1.6e12","sample_type":"1",)"
                                                 R"("labels":[{"name":"x","type":"1","id":7,"score":"0.25"}]})",
                                                 "\"7\"");
        QTest::newRow("numbers") << page(R"({"sample_id":"a","sample_size":9007199254740993,"sample_time":-0,"sample_type":1E2,)"
                                         R"("labels":[{"name":"x","id":12345678901234567890,"score":-0.0}]})",
                                         "1e300");
        QTest::newRow("white space") << QByteArray(" \r\n\t{ \"samples\" : [ { \"sample_id\" : \"a\" , \"labels\" : null } ] } \n");
        QTest::newRow("no count, empty page") << QByteArray(R"({"samples":[]})");
        QTest::newRow("negative count") << page(R"({"sample_id":"a"})", "-5");
        QTest::newRow("metadata not an object") << page(R"({"sample_id":"a","metadata":"x","labels":[{"name":"r","property":[1]}]})");
        QTest::newRow("hard from the metadata")
                << page(R"({"sample_id":"a","metadata":{"@modelarts:hard":"true","@modelarts:hard_coefficient":0.5,)"
                        R"("@modelarts:hard_reasons":[3,"4",2.5,1e10],"@modelarts:size":[2,3]},)"
                        R"("labels":[{"name":"r","property":{"@modelarts:hard":"false","@modelarts:hard_reasons":"1-2"}}]})");
        QTest::newRow("hard from the property") << page(R"({"sample_id":"a","metadata":{"@modelarts:hard":null},)"
                                                        R"("labels":[{"name":"r","property":{"@modelarts:hard_coefficient":"0.7",)"
                                                        R"("@modelarts:hard_reasons":"0-6;8"}}]})");
        QTest::newRow("strings of the wrong type") << page(R"({"sample_id":"a","sample_status":5,"annotated_by":{},"source":[],)"
                                                           R"("sample_name":null,"sample_dir":true})");
    }
    void readsWhatTheDocumentReads()
    {
        QFETCH(QByteArray, body);
        const auto read = detail::readSamplePage(body);
        QVERIFY2(read, "the reader declined");
        const auto tree = decodeSamplePageTree(body);
        QVERIFY2(tree.ok(), qPrintable(tree.error));
        QCOMPARE(pageDifference(*read, *tree.value), QString());
    }

    // What it leaves to the document: malformed pages (the document names the fault) and the unusual.
    void declinesAndTheDocumentAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("a key twice") << page(R"({"sample_id":"a","sample_id":"b"})");
        QTest::newRow("an escaped key") << page(R"({"sample\u005fid":"a"})");
        QTest::newRow("a lone surrogate") << page(R"({"sample_id":"a","sample_name":"\ud800x"})");
        QTest::newRow("invalid utf-8") << page("{\"sample_id\":\"a\",\"sample_name\":\"\xff\xfe\"}");
        QTest::newRow("a raw control character") << page("{\"sample_id\":\"a\",\"sample_name\":\"a\x01\"}");
        QTest::newRow("a trailing comma") << page(R"({"sample_id":"a",})");
        QTest::newRow("garbage after") << page(R"({"sample_id":"a"})") + "x";
        QTest::newRow("1.") << page(R"({"sample_id":"a","sample_size":1.})");
        QTest::newRow("a number out of range") << page(R"({"sample_id":"a","sample_size":1e400})");
        QTest::newRow("no samples") << QByteArray(R"({"sample_count":1})");
        QTest::newRow("a sample not an object") << QByteArray(R"({"samples":[1]})");
        QTest::newRow("no sample id") << page(R"({"sample_name":"a"})");
        QTest::newRow("a label without a name") << page(R"({"sample_id":"a","labels":[{"score":1}]})");
        QTest::newRow("labels not an array") << page(R"({"sample_id":"a","labels":{}})");
        QTest::newRow("a duplicate in a property") << page(R"({"sample_id":"a","labels":[{"name":"r","property":{"k":1,"k":2}}]})");
        QTest::newRow("deep nesting") << page(R"({"sample_id":"a","x":)" + QByteArray(100, '[') + QByteArray(100, ']') + "}");
        QTest::newRow("truncated") << page(R"({"sample_id":"a"})").chopped(3);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not an object") << QByteArray("[]");
    }
    void declinesAndTheDocumentAnswers()
    {
        QFETCH(QByteArray, body);
        QVERIFY2(!detail::readSamplePage(body), "the reader took what it must leave to the document");
        sameAsTree(body);
    }
};

QTEST_GUILESS_MAIN(tst_SamplePageReader)
#include "tst_samplepagereader.moc"
