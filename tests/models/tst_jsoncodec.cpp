#include "json/JsonCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace jsoncodec;

// The decoders against the seed's bodies and the contract's examples (tests/data), verbatim.
class tst_JsonCodec : public QObject
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
    static QByteArray sampleWith(const QString &metadata, const QString &labels = QStringLiteral(R"([{"name":"rose","score":1}])"))
    {
        return QStringLiteral(R"({"sample_count":1,"samples":[{"sample_id":"a","labels":%1,"metadata":%2}]})")
                .arg(labels, metadata)
                .toUtf8();
    }

private slots:
    void seedTaskInfo()
    {
        const auto t = decodeTaskInfo(fixture(QStringLiteral("seed_task_info.json")));
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.value->status, TaskStatus::Running);
        QCOMPARE(t.value->progress, 30.0);
        QCOMPARE(t.value->code, QStringLiteral("ModelArts.4914"));
        QCOMPARE(t.value->datasetId, QStringLiteral("6mHUGe7ETlhayb4qDMN"));
        QCOMPARE(t.value->createTime, QStringLiteral("2021-06-18 19:14:55"));
        QCOMPARE(t.value->elapsedSeconds, qint64(55));
        QCOMPARE(t.value->totalSamples, qint64(30));
        QCOMPARE(t.value->annotatedSamples, qint64(28));
        QCOMPARE(t.value->config.value(QStringLiteral("confidence_scope")).toString(), QStringLiteral("0.0-0.5"));
        QVERIFY(!t.value->isTerminal());
        QCOMPARE(t.value->events.size(), 5);
        const TaskEvent &labeling = t.value->events[2];
        QCOMPARE(labeling.name, QStringLiteral("labeling"));
        QCOMPARE(labeling.status, QStringLiteral("running"));
        QVERIFY(!labeling.elapsedSeconds); // absent in the seed
        QCOMPARE(*labeling.createTimeMs, qint64(1624014916770));
        QCOMPARE(labeling.children.size(), 4);
        QCOMPARE(labeling.children[2].name, QStringLiteral("jobstat_running"));
        QCOMPARE(*labeling.children[2].elapsedSeconds, qint64(20));
        QCOMPARE(labeling.children[2].level, 2);
        QVERIFY(!labeling.children[3].createTimeMs); // waiting: not started
        QCOMPARE(t.value->events[0].elapsedSeconds.value(), qint64(21));
    }

    void docTaskStates()
    {
        const auto running = decodeTaskInfo(fixture(QStringLiteral("doc_task_info_running.json")));
        QVERIFY(running.ok());
        const auto list = decodeTaskList(fixture(QStringLiteral("doc_list_tasks.json")));
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.value->total, qint64(1));
        const TaskInfo &t = list.value->tasks.first();
        QCOMPARE(t.status, TaskStatus::Succeeded);
        QVERIFY(t.isTerminal());
        QCOMPARE(t.taskId, QStringLiteral("5QPy73VwnwHi5NqvbcP"));
        QCOMPARE(t.datasetId, QStringLiteral("OBegCXHxTJ2JHRAZWr0"));
        QCOMPARE(t.unconfirmedSamples, qint64(198));
        QCOMPARE(t.type, 0);
        QCOMPARE(decodeCreateTask(fixture(QStringLiteral("seed_create_task_response.json"))).value.value(),
                 QStringLiteral("7eAtpiNSaI1mCHJK3SJ"));
    }

    void seedAutoAnnotationSamples()
    {
        const auto page = decodeSamplePage(fixture(QStringLiteral("seed_auto_annotation_samples.json")));
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.value->total, qint64(2));
        const Sample &hard = page.value->samples[0];
        QCOMPARE(hard.id, QStringLiteral("44827d0dc5fd6ff5be6dd0e14103121e"));
        QCOMPARE(hard.labelName(), QStringLiteral("rose"));
        QCOMPARE(hard.score().value(), 1.0); // an integer 1 in the seed
        QVERIFY(hard.hard.hard); // metadata true, although the label property says "false"
        QCOMPARE(hard.hard.coefficient, 1.0);
        QCOMPARE(hard.hard.reasons, QList<int>{ 3 });
        QCOMPARE(hard.width, 320);
        QCOMPARE(hard.height, 238);
        QCOMPARE(hard.channels, 3);
        QCOMPARE(hard.status, QStringLiteral("UN_ANNOTATION"));
        QCOMPARE(hard.labels.first().id, QStringLiteral("1"));
        QCOMPARE(hard.labels.first().property.value(QStringLiteral("@modelarts:hard")).toString(), QStringLiteral("false"));
        QVERIFY(hard.name.startsWith(QStringLiteral("145862135_ab710de93c_n.jpg"))); // from the URL when sample_name is absent
        const Sample &easy = page.value->samples[1];
        QVERIFY(!easy.hard.hard);
        QVERIFY(easy.hard.reasons.isEmpty());
        QCOMPARE(easy.width, 500);
    }

    void docAutoAnnotationSamples()
    {
        const auto page = decodeSamplePage(fixture(QStringLiteral("doc_auto_annotation_samples.json")));
        QVERIFY2(page.ok(), qPrintable(page.error));
        const Sample &s = page.value->samples[1];
        QCOMPARE(s.score().value(), 0.66);
        QCOMPARE(s.hard.reasons, (QList<int>{ 8, 6, 5, 3 }));
        QCOMPARE(s.channels, 0); // no @modelarts:size
        QVERIFY(s.preview.isEmpty());
        QVERIFY(!page.value->samples[0].preview.isEmpty());
    }

    void datasetsStatsSamplesToken()
    {
        const auto datasets = decodeDatasetList(fixture(QStringLiteral("doc_list_datasets.json")));
        QVERIFY2(datasets.ok(), qPrintable(datasets.error));
        QCOMPARE(datasets.value->total, qint64(1));
        const Dataset &d = datasets.value->datasets.first();
        QCOMPARE(d.id, QStringLiteral("gfghHSokody6AJigS5A"));
        QCOMPARE(d.labels.size(), 2);
        QCOMPARE(d.labels[0].color, QStringLiteral("#3399ff"));
        QCOMPARE(d.totalSamples, qint64(10));
        QVERIFY(d.isImageClassification());

        const auto stats = decodeStats(fixture(QStringLiteral("doc_dataset_stats.json")));
        QVERIFY2(stats.ok(), qPrintable(stats.error));
        QCOMPARE(stats.value->labels.size(), 2);
        QCOMPARE(stats.value->labels[0].sampleCount, qint64(6));
        QCOMPARE(stats.value->unlabeled(), qint64(309));
        QCOMPARE(stats.value->keySamples, qint64(2));

        const auto samples = decodeSamplePage(fixture(QStringLiteral("doc_list_samples.json")));
        QVERIFY2(samples.ok(), qPrintable(samples.error));
        QCOMPARE(samples.value->samples[0].status, QStringLiteral("MANUAL_ANNOTATION"));
        QCOMPARE(samples.value->samples[0].annotatedBy, QStringLiteral("human/test_123/test_123"));
        QCOMPARE(samples.value->samples[1].width, 1242);

        const auto token = decodeToken(fixture(QStringLiteral("doc_token_response.json")), "MIItoken");
        QVERIFY2(token.ok(), qPrintable(token.error));
        QCOMPARE(token.value->projectId, QStringLiteral("aa2d97d7e62c4b7da3ffdfc11551f878"));
        QCOMPARE(token.value->projectName, QStringLiteral("cn-north-4"));
        QCOMPARE(token.value->expiresAtMs - token.value->issuedAtMs, qint64(24 * 3600 * 1000));
        QCOMPARE(token.value->expiresAtMs, QDateTime(QDate(2024, 5, 2), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QVERIFY(!decodeToken(fixture(QStringLiteral("doc_token_response.json")), {}).ok());
        // IAM's microseconds.
        const auto micro = decodeToken(R"({"token":{"project":{"id":"p"},"expires_at":"2020-01-04T09:05:22.701000Z"}})", "t");
        QVERIFY(micro.ok());
        QCOMPARE(micro.value->expiresAtMs % 1000, qint64(701));
    }

    void batchUpdateAnswers()
    {
        const QList<SampleUpdate> sent{ { QStringLiteral("a"), {}, {} }, { QStringLiteral("b"), {}, {} } };
        const auto ok = decodeBatchUpdate(fixture(QStringLiteral("seed_update_samples_response.json")), sent);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value->succeeded(), qint64(2));
        const QJsonObject errors = QJsonDocument::fromJson(fixture(QStringLiteral("doc_error_bodies.json"))).object();
        const auto partial = decodeBatchUpdate(QJsonDocument(errors[QStringLiteral("update_partial")].toObject()).toJson(), sent);
        QVERIFY(partial.ok());
        QCOMPARE(partial.value->succeeded(), qint64(1));
        QCOMPARE(partial.value->outcomes[1].sampleId, QStringLiteral("b"));
        QCOMPARE(partial.value->outcomes[1].errorCode, QStringLiteral("ModelArts.4420"));
        QVERIFY(!decodeBatchUpdate(QJsonDocument(errors[QStringLiteral("update_partial")].toObject()).toJson(), sent.mid(0, 1)).ok());
        QVERIFY(!decodeBatchUpdate("{}", sent).ok());
    }

    void errorShapes()
    {
        const QJsonObject errors = QJsonDocument::fromJson(fixture(QStringLiteral("doc_error_bodies.json"))).object();
        auto body = [&](const char *key) { return QJsonDocument(errors[QLatin1String(key)].toObject()).toJson(); };
        const ApiError modelarts = decodeError(400, body("modelarts"), "rid-1");
        QCOMPARE(modelarts.code, QStringLiteral("ModelArts.4352"));
        QCOMPARE(modelarts.message, QStringLiteral("Dataset does not exist"));
        QCOMPARE(modelarts.requestId, QStringLiteral("rid-1"));
        QCOMPARE(modelarts.kind, ApiError::Kind::Service);
        QVERIFY(!modelarts.isTransient());
        const ApiError gateway = decodeError(401, body("gateway"), {});
        QCOMPARE(gateway.kind, ApiError::Kind::Auth);
        QCOMPARE(gateway.code, QStringLiteral("APIGW.0301"));
        QCOMPARE(gateway.requestId, QStringLiteral("9a2e2a5b3d1c4e0f8b7a6c5d4e3f2a1b"));
        const ApiError iam = decodeError(401, body("iam_401"), {});
        QCOMPARE(iam.code, QStringLiteral("IAM.401"));
        QCOMPARE(iam.message, QStringLiteral("The username or password is wrong."));
        const ApiError html = decodeError(502, "<html>Bad gateway</html>", {});
        QVERIFY(html.isTransient());
        QVERIFY(html.message.contains(QStringLiteral("Bad gateway")));
        QCOMPARE(decodeError(429, {}, {}).isTransient(), true);
        QCOMPARE(decodeError(403, {}, {}).kind, ApiError::Kind::Forbidden);
    }

    void tolerantHardFlags_data()
    {
        QTest::addColumn<QString>("metadata");
        QTest::addColumn<QString>("labels");
        QTest::addColumn<bool>("hard");
        QTest::addColumn<double>("coefficient");
        QTest::addColumn<QList<int>>("reasons");
        const QString plain = QStringLiteral(R"([{"name":"rose","score":1}])");
        QTest::newRow("json true") << QStringLiteral(
                R"({"@modelarts:hard":true,"@modelarts:hard_coefficient":1,"@modelarts:hard_reasons":[3]})")
                                   << plain << true << 1.0 << QList<int>{ 3 };
        QTest::newRow("string false") << QStringLiteral(R"({"@modelarts:hard":"false"})") << plain << false << 0.0 << QList<int>{};
        QTest::newRow("number 0") << QStringLiteral(R"({"@modelarts:hard":0})") << plain << false << 0.0 << QList<int>{};
        QTest::newRow("number 1, string coefficient")
                << QStringLiteral(R"({"@modelarts:hard":1,"@modelarts:hard_coefficient":"0.75"})") << plain << true << 0.75 << QList<int>{};
        QTest::newRow("string true") << QStringLiteral(R"({"@modelarts:hard":"true"})") << plain << true << 0.0 << QList<int>{};
        QTest::newRow("from label property strings")
                << QStringLiteral("{}")
                << QStringLiteral(
                           R"([{"name":"r","property":{"@modelarts:hard":"1","@modelarts:hard_coefficient":"0.5","@modelarts:hard_reasons":"3-20-21-19"}}])")
                << true << 0.5 << QList<int>{ 3, 20, 21, 19 };
        QTest::newRow("string ids") << QStringLiteral(R"({"@modelarts:hard":true,"@modelarts:hard_reasons":["8","6"]})") << plain << true
                                    << 0.0 << QList<int>{ 8, 6 };
        QTest::newRow("nothing") << QStringLiteral("{}") << plain << false << 0.0 << QList<int>{};
    }
    void tolerantHardFlags()
    {
        QFETCH(QString, metadata);
        QFETCH(QString, labels);
        QFETCH(bool, hard);
        QFETCH(double, coefficient);
        QFETCH(QList<int>, reasons);
        const auto page = decodeSamplePage(sampleWith(metadata, labels));
        QVERIFY2(page.ok(), qPrintable(page.error));
        const Sample &s = page.value->samples.first();
        QCOMPARE(s.hard.hard, hard);
        QCOMPARE(s.hard.coefficient, coefficient);
        QCOMPARE(s.hard.reasons, reasons);
    }

    void tolerantScoresAndStatuses()
    {
        auto score = [](const char *json) {
            return decodeSamplePage(QByteArray(R"({"samples":[{"sample_id":"a","labels":[{"name":"x","score":)") + json + "}]}]}")
                    .value->samples.first()
                    .score();
        };
        QCOMPARE(score("1").value(), 1.0);
        QCOMPARE(score("0.66").value(), 0.66);
        QCOMPARE(score("\"0.5\"").value(), 0.5);
        QVERIFY(!score("null"));
        const auto odd = decodeSamplePage(R"({"samples":[{"sample_id":"a","sample_status":"SOMETHING_NEW"}]})");
        QVERIFY(odd.ok());
        QCOMPARE(odd.value->samples.first().status, QStringLiteral("SOMETHING_NEW"));
        QVERIFY(odd.value->samples.first().labels.isEmpty());
        QCOMPARE(odd.value->total, qint64(1)); // no sample_count: the page's size
    }

    // Numbers a fuzzer or a lying proxy sends: never converted out of range (undefined behaviour), a count
    // that cannot be one is the page's size.
    void outOfRangeNumbersAreNotIntegers_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::addColumn<qint64>("total");
        QTest::newRow("1e300") << QByteArray("1e300") << qint64(1);
        QTest::newRow("-1e300") << QByteArray("-1e300") << qint64(1);
        QTest::newRow("-5") << QByteArray("-5") << qint64(1);
        QTest::newRow("huge string") << QByteArray("\"9e99\"") << qint64(1);
        QTest::newRow("2e9") << QByteArray("2e9") << qint64(2000000000);
        QTest::newRow("2^53") << QByteArray("9007199254740992") << qint64(9007199254740992);
        QTest::newRow("2^53 + 2") << QByteArray("9007199254740994") << qint64(1);
    }
    void outOfRangeNumbersAreNotIntegers()
    {
        QFETCH(QByteArray, count);
        QFETCH(qint64, total);
        const auto page = decodeSamplePage(R"({"sample_count":)" + count + R"(,"samples":[{"sample_id":"a"}]})");
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.value->total, total);
        const auto task = decodeTaskInfo(
                R"({"task_id":"t","status":1,"progress":1e308,"events":[{"name":"e","create_time":1e300,"elapsed_time":-1e300}]})");
        QVERIFY2(task.ok(), qPrintable(task.error));
        QVERIFY(!task.value->events.value(0).createTimeMs);
        QVERIFY(!task.value->events.value(0).elapsedSeconds);
    }

    void aTaskStatusIsASmallInteger_data()
    {
        // Found by fuzz_jsoncodec: 6.7e57 was cast to int (undefined behaviour).
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("6.7e57") << QByteArray("6666666666666666666666666666666666666666666666666666666662");
        QTest::newRow("2^31") << QByteArray("2147483648");
        QTest::newRow("-1e300") << QByteArray("-1e300");
        QTest::newRow("fraction") << QByteArray("1.5");
    }
    void aTaskStatusIsASmallInteger()
    {
        QFETCH(QByteArray, status);
        const auto task = decodeTaskInfo(R"({"task_id":"t","status":)" + status + "}");
        QVERIFY(!task.ok());
        QVERIFY2(task.error.contains(QStringLiteral("status is not a task status")), qPrintable(task.error));
        QVERIFY(decodeTaskInfo(R"({"task_id":"t","status":"2"})").ok()); // a numeric string still is one
    }

    void hardReasonsOutOfRangeAreSkipped()
    {
        // Found by fuzz_jsoncodec: 8.9e15 was cast to int (undefined behaviour).
        QCOMPARE(flexibleIdList(QJsonDocument::fromJson("[8888888888888888, 6, 1e300, -3e10, 2.5, \"5\"]").array()), (QList<int>{ 6, 5 }));
    }

    void strictOnStructure_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"samples\":[") << QStringLiteral("not valid JSON");
        QTest::newRow("array body") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no samples") << QByteArray("{\"sample_count\":3}") << QStringLiteral("samples is missing");
        QTest::newRow("samples object") << QByteArray("{\"samples\":{}}") << QStringLiteral("samples is missing or not an array");
        QTest::newRow("sample not object") << QByteArray("{\"samples\":[1]}") << QStringLiteral("samples[0] is not an object");
        QTest::newRow("no sample_id") << QByteArray(R"({"samples":[{"sample_id":"a"},{"labels":[]}]})")
                                      << QStringLiteral("samples[1].sample_id is missing");
        QTest::newRow("labels not array") << QByteArray(R"({"samples":[{"sample_id":"a","labels":"rose"}]})")
                                          << QStringLiteral("samples[0].labels is not an array");
        QTest::newRow("label without name") << QByteArray(R"({"samples":[{"sample_id":"a","labels":[{"score":1}]}]})")
                                            << QStringLiteral("samples[0].labels[0].name is missing");
    }
    void strictOnStructure()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto page = decodeSamplePage(body);
        QVERIFY(!page.ok());
        QVERIFY2(page.error.contains(field), qPrintable(page.error));
    }

    void strictElsewhere()
    {
        QVERIFY(decodeDatasetList(R"({"datasets":[{"dataset_name":"x"}]})").error.contains(QStringLiteral("datasets[0].dataset_id")));
        QVERIFY(decodeDatasetList(R"({"total_number":1})").error.contains(QStringLiteral("datasets")));
        QVERIFY(decodeTaskInfo(R"({"progress":3})").error.contains(QStringLiteral("status")));
        QVERIFY(decodeTaskInfo(R"({"status":1,"result":{"events":{}}})").error.contains(QStringLiteral("events")));
        QVERIFY(decodeTaskList(R"({"tasks":[{"task_id":"t"}]})").error.contains(QStringLiteral("tasks[0].status")));
        QVERIFY(decodeCreateTask("{}").error.contains(QStringLiteral("task_id")));
        QVERIFY(decodeToken(R"({"token":{"expires_at":"2024-05-02T08:00:00.000000Z"}})", "t").error.contains(QStringLiteral("project.id")));
        QVERIFY(decodeLabels(R"({"labels":[{"type":0}]})").error.contains(QStringLiteral("labels[0].name")));
        QVERIFY(decodeStats(R"({"label_stats":[{"count":1}]})").error.contains(QStringLiteral("label_stats[0].name")));
    }

    void encodersWriteTheSeedsShapes()
    {
        const QJsonObject token = QJsonDocument::fromJson(encodeTokenRequest(QStringLiteral("domain_name"), QStringLiteral("user_name"),
                                                                             QStringLiteral("user_password"), QStringLiteral("cn-north-1")))
                                          .object();
        QCOMPARE(token, QJsonDocument::fromJson(fixture(QStringLiteral("seed_token_request.json"))).object());
        QCOMPARE(QJsonDocument::fromJson(encodeCreateTask(false, true)).object(),
                 QJsonDocument::fromJson(fixture(QStringLiteral("seed_create_task_request.json"))).object());
        // The batch update: the samples' ids and labels, copied from the auto-annotation list.
        const auto page = decodeSamplePage(fixture(QStringLiteral("seed_auto_annotation_samples.json")));
        QList<SampleUpdate> updates;
        for (const Sample &s : page.value->samples)
            updates.append(SampleUpdate{ s.id, s.labels, {} });
        const QJsonObject encoded = QJsonDocument::fromJson(encodeBatchUpdate(updates)).object();
        QJsonObject expected = QJsonDocument::fromJson(fixture(QStringLiteral("seed_update_samples_request.json"))).object();
        QCOMPARE(encoded, expected);
        QCOMPARE(QJsonDocument::fromJson(encodeBatchUpdate({ SampleUpdate{ QStringLiteral("x"), {}, {} } })).object(),
                 QJsonDocument::fromJson(R"({"samples":[{"sample_id":"x","labels":[]}]})").object());
    }
};

QTEST_GUILESS_MAIN(tst_JsonCodec)
#include "tst_jsoncodec.moc"
