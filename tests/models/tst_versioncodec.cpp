#include "json/ManifestFormat.h"
#include "json/VersionCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jsoncodec;

// The version, export and manifest decoders read the contract's examples verbatim (tests/data), and the
// documented variants: a ratio as a string or a number, SUCCESSED or SUCCEEDED, usage in any case, a
// property as an object or a JSON string, a list without label_stats.
class tst_VersionCodec : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(AUTOLABEL_TEST_DATA_DIR "/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }

private slots:
    void versionListExample()
    {
        const auto list = decodeVersionList(fixture(QStringLiteral("versions_list_example.json")));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.value->total, 3);
        QCOMPARE(list.value->versions.size(), 3);
        const DatasetVersion &v3 = list.value->versions[0];
        QCOMPARE(v3.id, QStringLiteral("54IXbeJhfttGpL46lbv"));
        QCOMPARE(v3.name, QStringLiteral("V003"));
        QCOMPARE(v3.status, VersionStatus::Normal);
        QVERIFY(v3.isCurrent);
        QCOMPARE(v3.trainRatio, 0.8);
        QCOMPARE(v3.totalSamples, 10);
        QCOMPARE(v3.annotatedSamples, 10);
        QCOMPARE(v3.previousVersionId, QStringLiteral("eSOKEQaXhKzxN00WKoV"));
        QCOMPARE(v3.manifestPath,
                 QStringLiteral("/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V003/V003.manifest"));
        QVERIFY(v3.labelStats.isEmpty()); // the list has none
        QCOMPARE(list.value->versions[1].trainRatio, 0.9999);
        QVERIFY(!list.value->versions[2].isCurrent);
    }

    void versionDescribeExample()
    {
        const auto v = decodeVersion(fixture(QStringLiteral("version_describe_example.json")));
        QVERIFY2(v.ok(), qPrintable(v.error));
        QCOMPARE(v.value->name, QStringLiteral("V002"));
        QCOMPARE(v.value->labelType, QStringLiteral("single"));
        QCOMPARE(v.value->labelStats.size(), 2);
        QCOMPARE(v.value->labelStats[0].name, QStringLiteral("Rabbits"));
        QCOMPARE(v.value->labelStats[0].sampleCount, 5);
        QCOMPARE(v.value->createTimeMs, 1605691027084);
    }

    void versionVariantsAndErrors()
    {
        QCOMPARE(decodeVersion(R"({"version_id":"a","train_evaluate_sample_ratio":0.7,"status":"0"})").value->trainRatio, 0.7);
        QCOMPARE(decodeVersion(R"({"version_id":"a","status":"0"})").value->status, VersionStatus::Creating);
        QCOMPARE(decodeVersion(R"({"version_id":"a","status":4,"message":"disk"})").value->message, QStringLiteral("disk"));
        QCOMPARE(decodeVersion(R"({"version_id":"a","status":17})").value->status, VersionStatus::Unknown);
        QCOMPARE(decodeVersion(R"({"version_id":"a","train_evaluate_sample_ratio":"7"})").value->trainRatio, 1.0); // out of range
        QVERIFY(!decodeVersion(R"({"version_name":"V001"})").ok()); // no id: an error naming it
        QVERIFY(decodeVersion(R"({"version_name":"V001"})").error.contains(QStringLiteral("version_id")));
        QVERIFY(!decodeVersionList(R"({"total_number":1})").ok());
        QCOMPARE(decodeCreateVersion(R"({"version_id":"sntOdOuB0D9C6fC4TXs"})").value.value(), QStringLiteral("sntOdOuB0D9C6fC4TXs"));
        QVERIFY(!decodeCreateVersion("{}").ok());
    }

    void exportExamples()
    {
        const auto t = decodeExportTask(fixture(QStringLiteral("export_task_status_example.json")));
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.value->id, QStringLiteral("TZMuy7OKbClkGCAc3gb"));
        QCOMPARE(t.value->status, ExportStatus::Running);
        QCOMPARE(t.value->progress, 0.0);
        QCOMPARE(t.value->exportFormat, 2);
        const auto list = decodeExportTaskList(fixture(QStringLiteral("export_tasks_list_example.json")));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.value->total, 2);
        QCOMPARE(list.value->tasks[0].status, ExportStatus::Succeeded); // "SUCCESSED", sic
        QCOMPARE(list.value->tasks[0].finishedSamples, 20);
        QCOMPARE(list.value->tasks[0].progress, 100.0);
        QCOMPARE(exportStatusFrom(QStringLiteral("SUCCEEDED")), ExportStatus::Succeeded);
        QCOMPARE(exportStatusFrom(QStringLiteral("failed")), ExportStatus::Failed);
        QCOMPARE(exportStatusFrom(QStringLiteral("PAUSED")), ExportStatus::Unknown);
        QCOMPARE(decodeExportTask(R"({"task_id":"x","progress":1e300})").value->progress, 100.0);
        QCOMPARE(decodeCreateExport(R"({"task_id":"rF9NNoB56k5rtYKg2Y7"})").value.value(), QStringLiteral("rF9NNoB56k5rtYKg2Y7"));
    }

    void encoders()
    {
        PublishRequestOptions o;
        QCOMPARE(QJsonDocument::fromJson(encodePublish(o)).object(), QJsonObject({ { QStringLiteral("clear_hard_property"), true } }));
        o.name = QStringLiteral("V004");
        o.trainRatio = 0.8;
        o.keepHardExamples = true;
        const QJsonObject body = QJsonDocument::fromJson(encodePublish(o)).object();
        QCOMPARE(body[QStringLiteral("version_name")].toString(), QStringLiteral("V004"));
        QCOMPARE(body[QStringLiteral("train_evaluate_sample_ratio")].toString(), QStringLiteral("0.80")); // a String, as documented
        QCOMPARE(body[QStringLiteral("clear_hard_property")].toBool(), false);
        const QJsonObject exported = QJsonDocument::fromJson(encodeExport(QStringLiteral("/b/d/"), ExportSelection::Labeled, 1)).object();
        QCOMPARE(exported[QStringLiteral("export_type")].toInt(), 0);
        QCOMPARE(exported[QStringLiteral("export_params")].toObject()[QStringLiteral("export_dest")].toString(), QStringLiteral("DIR"));
    }

    void manifestExamples()
    {
        const QList<QByteArray> lines = fixture(QStringLiteral("manifest_examples.manifest")).split('\n');
        QString error;
        const auto first = manifestformat::read(lines[0], &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->usage, QStringLiteral("TRAIN")); // "train" in the file
        QCOMPARE(first->annotations.size(), 2);
        QCOMPARE(first->annotations[1].name, QStringLiteral("向日葵"));
        QCOMPARE(first->annotations[0].annotatedBy, QStringLiteral("human/username/username"));
        QCOMPARE(first->id, QStringLiteral("0018d384b32f6d931e06540eba0019d1"));
        const auto second = manifestformat::read(lines[1], &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->id.isEmpty());
        QCOMPARE(second->annotations[0].property[QStringLiteral("items")].toArray().size(), 1); // a JSON string, read
        const auto doc = manifestformat::read(lines[2], &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->hard, true);
        QCOMPARE(doc->annotations[0].property[QStringLiteral("color")].toString(), QStringLiteral("white"));
        QCOMPARE(doc->annotations[1].confidence.value(), 0.8);
        QCOMPARE(doc->annotations[1].annotatedBy, QStringLiteral("modelarts/active-learning"));
        // The underscore aliases; refusals name what is wrong.
        const QByteArray aliases = R"({"source":"s3://b/a.jpg","annotation":[{"name":"x","annotated_by":"human","creation_time":"t"}]})";
        const auto aliased = manifestformat::read(aliases, &error);
        QVERIFY2(aliased, qPrintable(error));
        QCOMPARE(aliased->annotations[0].annotatedBy, QStringLiteral("human"));
        QCOMPARE(aliased->annotations[0].creationTime, QStringLiteral("t"));
        QVERIFY(!manifestformat::read(R"({"annotation":[]})", &error));
        QVERIFY(error.contains(QStringLiteral("source")));
        const QByteArray nameless = R"({"source":"s3://b/a.jpg","annotation":[{"type":"x"}]})";
        QVERIFY(!manifestformat::read(nameless, &error));
        QVERIFY(error.contains(QStringLiteral("name")));
    }

    void manifestRoundTripAndCsv()
    {
        Sample s;
        s.id = QStringLiteral("0162005993f8065ef47eefb59d1e4970");
        s.annotatedBy = QStringLiteral("human/acme/alice");
        s.timeMs = 1548214230000;
        s.labels = { SampleLabel{ QStringLiteral("cat"), 0, QStringLiteral("1"), 0.93, {} } };
        QString error;
        const auto e = manifestformat::read(manifestformat::line(s, QStringLiteral("s3://b/cat.jpg")), &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->source, QStringLiteral("s3://b/cat.jpg"));
        QCOMPARE(e->usage, QStringLiteral("TRAIN"));
        QCOMPARE(e->annotations[0].name, QStringLiteral("cat"));
        QCOMPARE(e->annotations[0].type, QStringLiteral("modelarts/image_classification"));
        QCOMPARE(e->annotations[0].creationTime, QStringLiteral("2019-01-23 11:30:30")); // UTC+8
        QCOMPARE(e->annotations[0].confidence.value(), 0.93);
        QCOMPARE(manifestformat::csvRow({ QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("plain") }),
                 QByteArray("\"a,b\",\"say \"\"hi\"\"\",plain\r\n"));
    }
};

QTEST_GUILESS_MAIN(tst_VersionCodec)
#include "tst_versioncodec.moc"
