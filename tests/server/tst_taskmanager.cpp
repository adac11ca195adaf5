#include "support/TestServer.h"

#include <QRegularExpression>

// Auto-label tasks over real HTTP: lifecycle, preconditions, failure, stop, concurrency and restart.
class tst_TaskManager : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_token;
    QString m_project;

    void startServer(int minStageMs)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        TaskOptions options;
        options.minStageMs = minStageMs;
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")), options);
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        login();
    }
    void login()
    {
        const auto l = m_http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_token = l.first;
        m_project = l.second;
        QVERIFY(!m_token.isEmpty());
    }
    QUrl ds(const QString &dataset, const QString &rest = {}) const
    {
        return m_server->url(
                QStringLiteral("/v2/%1/datasets/%2%3").arg(m_project, dataset, rest.isEmpty() ? QString() : QLatin1Char('/') + rest));
    }
    HttpResult create(const QString &dataset,
                      const QByteArray &body = R"({"task_type":"auto-label","collect_key_sample":true,"config":{"algorithm_type":"fast"}})")
    {
        return m_http.withToken("POST", ds(dataset, QStringLiteral("tasks")), m_token, body);
    }
    QJsonObject task(const QString &dataset, const QString &taskId)
    {
        return m_http.get(ds(dataset, QStringLiteral("tasks/") + taskId), m_token).json();
    }
    int status(const QString &dataset, const QString &taskId) { return task(dataset, taskId).value(QStringLiteral("status")).toInt(-99); }
    static QJsonObject findEvent(const QJsonObject &info, const QString &name)
    {
        const QJsonArray events = info[QStringLiteral("result")].toObject()[QStringLiteral("events")].toArray();
        for (const QJsonValue &e : events) {
            if (e[QStringLiteral("name")].toString() == name)
                return e.toObject();
            for (const QJsonValue &c : e[QStringLiteral("events")].toArray()) {
                if (c[QStringLiteral("name")].toString() == name)
                    return c.toObject();
            }
        }
        return {};
    }
    // name/level/ordinal of every event, depth first: the tree's shape.
    static QStringList treeShape(const QJsonArray &events)
    {
        QStringList out;
        for (const QJsonValue &e : events) {
            out.append(QStringLiteral("%1/%2/%3")
                               .arg(e[QStringLiteral("name")].toString())
                               .arg(e[QStringLiteral("level")].toInt())
                               .arg(e[QStringLiteral("ordinal")].toInt()));
            out += treeShape(e[QStringLiteral("events")].toArray());
        }
        return out;
    }
    QString makeFolderDataset(const QString &name, const QStringList &classes, int perClass, int rgba = 0, int unlabeled = 3)
    {
        QString error;
        const QString folder = m_dir->filePath(QStringLiteral("src/") + name);
        if (!demoimages::generate(folder, perClass + unlabeled, 5, &error, 64, 48))
            return {};
        // Keep only the wanted classes; move `unlabeled` images of each to unlabeled/.
        QDir(folder).mkpath(QStringLiteral("unlabeled"));
        for (const QString &cls : demoimages::classNames()) {
            QDir dir(folder + QLatin1Char('/') + cls);
            if (!classes.contains(cls)) {
                dir.removeRecursively();
                continue;
            }
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            for (int i = 0; i < unlabeled; ++i)
                QFile::rename(dir.filePath(files[i]), folder + QStringLiteral("/unlabeled/") + files[i]);
        }
        for (int i = 0; i < rgba; ++i) {
            if (!demoimages::generateRgba(folder + QStringLiteral("/unlabeled/alpha_%1.png").arg(i), quint32(i), &error))
                return {};
        }
        ImportOptions options;
        options.datasetName = name;
        options.folder = folder;
        const ImportReport report = importFolder(m_server->storage(), options);
        return report.ok ? report.datasetId : QString();
    }

    // The phases of lifecycleThroughTheSeedsStagesToSuccess, each failing the test where it fails.
    void watchToSuccess(const QString &dataset, const QString &taskId, QJsonObject *out)
    {
        QJsonObject &info = *out;
        // Watch it: progress never goes back, codes move forward through the seed's sequence.
        const QStringList order{ QStringLiteral("ModelArts.4902"), QStringLiteral("ModelArts.4900"), QStringLiteral("ModelArts.4914"),
                                 QStringLiteral("ModelArts.4916"), QStringLiteral("ModelArts.4996") };
        QStringList codesSeen;
        QList<int> statusesSeen;
        double lastProgress = -1;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            info = task(dataset, taskId);
            const double progress = info[QStringLiteral("progress")].toDouble();
            QVERIFY2(progress >= lastProgress, "progress went back");
            lastProgress = progress;
            const QString code = info[QStringLiteral("code")].toString();
            if (codesSeen.isEmpty() || codesSeen.last() != code)
                codesSeen.append(code);
            const int st = info[QStringLiteral("status")].toInt();
            if (statusesSeen.isEmpty() || statusesSeen.last() != st)
                statusesSeen.append(st);
            if (st == 3)
                break;
            QSignalSpy spy(&m_server->tasks(), &TaskManager::taskFinished);
            spy.wait(40); // lets the server run until the next poll
        }
        QCOMPARE(info[QStringLiteral("status")].toInt(), 3);
        for (qsizetype i = 1; i < codesSeen.size(); ++i)
            QVERIFY2(order.indexOf(codesSeen[i]) > order.indexOf(codesSeen[i - 1]), qPrintable(codesSeen.join(QLatin1Char(','))));
        QVERIFY2(codesSeen.size() >= 4, qPrintable(codesSeen.join(QLatin1Char(','))));
        QVERIFY2(statusesSeen.contains(1), "never seen running");
        QCOMPARE(info[QStringLiteral("progress")].toDouble(), 100.0);
        QCOMPARE(info[QStringLiteral("message")].toString(), QStringLiteral("task executed successfully."));
    }

    void compareWithTheSeed(const QString &dataset, const QJsonObject &info)
    {
        // The shape of the seed's body, and its event tree exactly.
        const QJsonObject seed = readFixture(QStringLiteral("seed_task_info.json")).object();
        const QString diff = shapeDifference(seed, info);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(treeShape(info[QStringLiteral("result")].toObject()[QStringLiteral("events")].toArray()),
                 treeShape(seed[QStringLiteral("result")].toObject()[QStringLiteral("events")].toArray()));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                        .match(info[QStringLiteral("create_time")].toString())
                        .hasMatch());
        for (const QString &name : { QStringLiteral("start"), QStringLiteral("jobstat_running"), QStringLiteral("end") }) {
            const QJsonObject e = findEvent(info, name);
            QCOMPARE(e[QStringLiteral("status")].toString(), QStringLiteral("success"));
            QVERIFY(e[QStringLiteral("create_time")].toInteger() > 1600000000000LL);
            QVERIFY(e.contains(QStringLiteral("elapsed_time")));
        }
        QCOMPARE(info[QStringLiteral("config")].toObject()[QStringLiteral("confidence_scope")].toString(), QStringLiteral("0.0-0.5"));
        QCOMPARE(info[QStringLiteral("resource_id")].toString(), dataset);
        QCOMPARE(info[QStringLiteral("result")].toObject()[QStringLiteral("unconfirmed_sample_count")].toInt(), 20);

        // ListTasks.
        const HttpResult list = m_http.get(ds(dataset, QStringLiteral("tasks")), m_token);
        QCOMPARE(list.json()[QStringLiteral("total_count")].toInt(), 1);
        // Paged as documented (offset is the page index): the total is of every page.
        const QJsonObject second = m_http.get(ds(dataset, QStringLiteral("tasks?offset=1&limit=1")), m_token).json();
        QCOMPARE(second[QStringLiteral("tasks")].toArray().size(), 0);
        QCOMPARE(second[QStringLiteral("total_count")].toInt(), 1);
        QCOMPARE(
                m_http.get(ds(dataset, QStringLiteral("tasks?offset=0&limit=1")), m_token).json()[QStringLiteral("tasks")].toArray().size(),
                1);
        const QString listDiff = shapeDifference(readFixture(QStringLiteral("doc_list_tasks.json")).object(), list.json());
        QVERIFY2(listDiff.isEmpty(), qPrintable(listDiff));
        QCOMPARE(list.json()[QStringLiteral("tasks")].toArray()[0].toObject()[QStringLiteral("unconfirmed_sample_count")].toInt(), 20);
        QCOMPARE(m_http.get(ds(dataset), m_token).json()[QStringLiteral("unconfirmed_sample_count")].toInt(), 20);
    }

    void checkAutoLabeledSamples(const QString &dataset, int *hardOut)
    {
        // The auto-labeled samples, as the seed shows them.
        const HttpResult samples = m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples?limit=100")), m_token);
        QCOMPARE(samples.json()[QStringLiteral("sample_count")].toInt(), 20);
        const QString sampleDiff =
                shapeDifference(readFixture(QStringLiteral("seed_auto_annotation_samples.json")).object(), samples.json());
        QVERIFY2(sampleDiff.isEmpty(), qPrintable(sampleDiff));
        int &hard = *hardOut;
        for (const QJsonValue &v : samples.json()[QStringLiteral("samples")].toArray()) {
            const QJsonObject s = v.toObject();
            const QJsonObject label = s[QStringLiteral("labels")].toArray()[0].toObject();
            const QJsonObject meta = s[QStringLiteral("metadata")].toObject();
            const double score = label[QStringLiteral("score")].toDouble();
            QVERIFY(score >= 0 && score <= 1);
            QCOMPARE(s[QStringLiteral("sample_status")].toString(), QStringLiteral("UN_ANNOTATION"));
            QVERIFY(meta[QStringLiteral("@modelarts:hard")].isBool());
            const bool isHard = meta[QStringLiteral("@modelarts:hard")].toBool();
            hard += isHard;
            QCOMPARE(label[QStringLiteral("property")].toObject()[QStringLiteral("@modelarts:hard")].toString(),
                     isHard ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(meta[QStringLiteral("@modelarts:hard_reasons")].toArray().isEmpty(), !isHard);
            if (score <= 0.5)
                QVERIFY(meta[QStringLiteral("@modelarts:hard_reasons")].toArray().contains(1));
        }
        QVERIFY(hard > 0);
    }

    void checkFilters(const QString &dataset, int hard, QJsonArray *ascendingOut)
    {
        // Filters.
        QJsonArray &ascending = *ascendingOut;
        ascending = m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples?limit=100&order=asc")), m_token)
                            .json()[QStringLiteral("samples")]
                            .toArray();
        for (qsizetype i = 1; i < ascending.size(); ++i)
            QVERIFY(ascending[i][QStringLiteral("labels")][0][QStringLiteral("score")].toDouble()
                    >= ascending[i - 1][QStringLiteral("labels")][0][QStringLiteral("score")].toDouble());
        const int hardCount =
                m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples?search_conditions=%5B%7B%22hard%22%3A%221%22%7D%5D")),
                           m_token)
                        .json()[QStringLiteral("sample_count")]
                        .toInt();
        const int easyCount =
                m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples?search_conditions=%5B%7B%22hard%22%3A%220%22%7D%5D")),
                           m_token)
                        .json()[QStringLiteral("sample_count")]
                        .toInt();
        QCOMPARE(hardCount, hard);
        QCOMPARE(hardCount + easyCount, 20);
        const QJsonArray confident =
                m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples?limit=100&low_score=0.6&high_score=1")), m_token)
                        .json()[QStringLiteral("samples")]
                        .toArray();
        for (const QJsonValue &v : confident)
            QVERIFY(v[QStringLiteral("labels")][0][QStringLiteral("score")].toDouble() >= 0.6);
        const QString firstLabel = ascending[0][QStringLiteral("labels")][0][QStringLiteral("name")].toString();
        const QJsonArray byLabel =
                m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples?limit=100&label_name=") + firstLabel), m_token)
                        .json()[QStringLiteral("samples")]
                        .toArray();
        QVERIFY(!byLabel.isEmpty());
        for (const QJsonValue &v : byLabel)
            QCOMPARE(v[QStringLiteral("labels")][0][QStringLiteral("name")].toString(), firstLabel);
        const QString one = ascending[0][QStringLiteral("sample_id")].toString();
        QCOMPARE(m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples/") + one), m_token)
                         .json()[QStringLiteral("sample_id")]
                         .toString(),
                 one);
    }

    void confirmLeavesTheList(const QString &dataset, const QJsonArray &ascending)
    {
        const QString one = ascending[0][QStringLiteral("sample_id")].toString();
        // Confirm the first two as the seed does (sample_id and labels copied back): they leave the list.
        QJsonArray confirm;
        for (int i = 0; i < 2; ++i) {
            confirm.append(QJsonObject{ { QStringLiteral("sample_id"), ascending[i][QStringLiteral("sample_id")] },
                                        { QStringLiteral("labels"), ascending[i][QStringLiteral("labels")] } });
        }
        const HttpResult confirmed = m_http.withToken("PUT", ds(dataset, QStringLiteral("data-annotations/samples")), m_token,
                                                      QJsonDocument(QJsonObject{ { QStringLiteral("samples"), confirm } }).toJson());
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.json()[QStringLiteral("success")].toBool(), true);
        QCOMPARE(
                m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples")), m_token).json()[QStringLiteral("sample_count")].toInt(),
                18);
        const QJsonObject details = m_http.get(ds(dataset), m_token).json();
        QCOMPARE(details[QStringLiteral("unconfirmed_sample_count")].toInt(), 18);
        QCOMPARE(details[QStringLiteral("annotated_sample_count")].toInt(), 27);
        QCOMPARE(m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples/") + one), m_token)
                         .json()[QStringLiteral("error_code")]
                         .toString(),
                 QStringLiteral("ModelArts.4420"));
    }

private slots:
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void lifecycleThroughTheSeedsStagesToSuccess()
    {
        startServer(120);
        const QString dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 9, 5);
        QVERIFY(!dataset.isEmpty());
        const HttpResult created = create(dataset, readFixture(QStringLiteral("seed_create_task_request.json")).toJson());
        QCOMPARE(created.status, 200);
        QVERIFY2(shapeDifference(readFixture(QStringLiteral("seed_create_task_response.json")).object(), created.json()).isEmpty(),
                 created.body.constData());
        const QString taskId = created.json()[QStringLiteral("task_id")].toString();
        QCOMPARE(taskId.size(), 19);

        QJsonObject info;
        watchToSuccess(dataset, taskId, &info);
        if (QTest::currentTestFailed())
            return;
        compareWithTheSeed(dataset, info);
        if (QTest::currentTestFailed())
            return;
        int hard = 0;
        checkAutoLabeledSamples(dataset, &hard);
        if (QTest::currentTestFailed())
            return;
        QJsonArray ascending;
        checkFilters(dataset, hard, &ascending);
        if (QTest::currentTestFailed())
            return;
        confirmLeavesTheList(dataset, ascending);
    }

    void preconditionsAtCreation()
    {
        startServer(0);
        const QString oneLabel = makeFolderDataset(QStringLiteral("one-label"), { QStringLiteral("circle") }, 6);
        const HttpResult r4405 = create(oneLabel);
        QCOMPARE(r4405.status, 400);
        QCOMPARE(r4405.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4405"));

        const QString fewImages = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("few"), 6, 3);
        const HttpResult r4406 = create(fewImages);
        QCOMPARE(r4406.status, 400);
        QCOMPARE(r4406.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4406"));
        const QString message = r4406.json()[QStringLiteral("error_msg")].toString();
        QVERIFY2(message.contains(QStringLiteral("circle (3)")) && message.contains(QStringLiteral("star (3)")), qPrintable(message));

        const QString allLabeled = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("all-labeled"), 5, 5);
        const HttpResult r4407 = create(allLabeled);
        QCOMPARE(r4407.status, 400);
        QCOMPARE(r4407.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4407"));
        QVERIFY(m_http.get(ds(allLabeled, QStringLiteral("tasks")), m_token).json()[QStringLiteral("tasks")].toArray().isEmpty());
    }

    void invalidBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("task_type") << QByteArray(R"({"task_type":"auto-paint"})") << QStringLiteral("task_type");
        QTest::newRow("task_type number") << QByteArray(R"({"task_type":5})") << QStringLiteral("task_type");
        QTest::newRow("algorithm_type") << QByteArray(R"({"task_type":"auto-label","config":{"algorithm_type":"slow"}})")
                                        << QStringLiteral("config.algorithm_type");
        QTest::newRow("config") << QByteArray(R"({"task_type":"auto-label","config":[]})") << QStringLiteral("config");
        QTest::newRow("collect_key_sample") << QByteArray(R"({"task_type":"auto-label","collect_key_sample":"yes"})")
                                            << QStringLiteral("collect_key_sample");
        QTest::newRow("confidence_scope") << QByteArray(R"({"task_type":"auto-label","config":{"confidence_scope":"0.9-0.1"}})")
                                          << QStringLiteral("confidence_scope");
        QTest::newRow("confidence_scope nan") << QByteArray(R"({"task_type":"auto-label","config":{"confidence_scope":"nan-nan"}})")
                                              << QStringLiteral("confidence_scope");
        QTest::newRow("confidence_scope inf") << QByteArray(R"({"task_type":"auto-label","config":{"confidence_scope":"0-inf"}})")
                                              << QStringLiteral("confidence_scope");
        QTest::newRow("ambiguity text") << QByteArray(R"({"task_type":"auto-label","config":{"ambiguity":"yes"}})")
                                        << QStringLiteral("config.ambiguity");
        QTest::newRow("worker_server_num") << QByteArray(R"({"task_type":"auto-label","config":{"worker_server_num":1e300}})")
                                           << QStringLiteral("config.worker_server_num");
        QTest::newRow("name object") << QByteArray(R"({"task_type":"auto-label","config":{"name":{}}})") << QStringLiteral("config.name");
        QTest::newRow("config huge") << QByteArray("{\"task_type\":\"auto-label\",\"config\":{\"x\":\"") + QByteArray(20000, 'a')
                        + QByteArray("\"}}")
                                     << QStringLiteral("16 KB");
        QTest::newRow("not json") << QByteArray(R"({"task_type":)") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray(R"([])") << QStringLiteral("JSON object");
    }
    void invalidBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        startServer(0);
        const QString dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 6, 5);
        const HttpResult r = create(dataset, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.0104"));
        QVERIFY2(r.json()[QStringLiteral("error_msg")].toString().contains(field),
                 qPrintable(r.json()[QStringLiteral("error_msg")].toString()));
        QVERIFY(m_http.get(ds(dataset, QStringLiteral("tasks")), m_token).json()[QStringLiteral("tasks")].toArray().isEmpty());
    }

    void rgbaImagesFailTheLabelingStage()
    {
        startServer(0);
        const QString dataset =
                makeFolderDataset(QStringLiteral("with-alpha"), { QStringLiteral("circle"), QStringLiteral("square") }, 6, 2);
        QVERIFY(!dataset.isEmpty());
        const HttpResult created = create(dataset);
        QCOMPARE(created.status, 200); // not refused at creation, like the cloud
        const QString taskId = created.json()[QStringLiteral("task_id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(status(dataset, taskId), 2, 30000);
        const QJsonObject info = task(dataset, taskId);
        QVERIFY(info[QStringLiteral("error_msg")].toString().contains(QStringLiteral("alpha_0.png")));
        QVERIFY(info[QStringLiteral("error_msg")].toString().contains(QStringLiteral("alpha_1.png")));
        QVERIFY(!info[QStringLiteral("error_code")].toString().isEmpty());
        QCOMPARE(findEvent(info, QStringLiteral("labeling"))[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(findEvent(info, QStringLiteral("jobstat_running"))[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QVERIFY(findEvent(info, QStringLiteral("jobstat_running"))[QStringLiteral("error_message")].toString().contains(
                QStringLiteral("4-channel")));
        QCOMPARE(findEvent(info, QStringLiteral("init"))[QStringLiteral("status")].toString(), QStringLiteral("success"));
        QCOMPARE(findEvent(info, QStringLiteral("result_processing"))[QStringLiteral("status")].toString(), QStringLiteral("waiting"));
        QVERIFY(!findEvent(info, QStringLiteral("end")).contains(QStringLiteral("create_time")));
        QCOMPARE(
                m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples")), m_token).json()[QStringLiteral("sample_count")].toInt(),
                0);
    }

    void stopIsHonouredWithinASecondAndChangesNothing()
    {
        startServer(400);
        const QString dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 7, 5);
        const QString taskId = create(dataset).json()[QStringLiteral("task_id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(status(dataset, taskId), 1, 20000);
        // A second task on the same dataset is refused while this one runs.
        const HttpResult second = create(dataset);
        QCOMPARE(second.status, 501);
        QCOMPARE(second.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4386"));
        QVERIFY(m_http.get(ds(dataset), m_token).json()[QStringLiteral("running_tasks_id")].toArray().contains(taskId));

        const HttpResult stopped = m_http.withToken("POST", ds(dataset, QStringLiteral("tasks/%1/stop").arg(taskId)), m_token, "{}");
        QCOMPARE(stopped.status, 204);
        const int right = status(dataset, taskId);
        QVERIFY2(right == 4 || right == 5, qPrintable(QString::number(right)));
        QTRY_COMPARE_WITH_TIMEOUT(status(dataset, taskId), 5, 1000);
        const QJsonObject info = task(dataset, taskId);
        QVERIFY(findEvent(info, QStringLiteral("end"))[QStringLiteral("status")].toString() == QStringLiteral("waiting"));
        QCOMPARE(
                m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples")), m_token).json()[QStringLiteral("sample_count")].toInt(),
                0);
        QCOMPARE(m_http.get(ds(dataset), m_token).json()[QStringLiteral("exist_running_task")].toBool(), false);
        // Stopping a finished task is harmless; an unknown task is an error.
        QCOMPARE(m_http.withToken("POST", ds(dataset, QStringLiteral("tasks/%1/stop").arg(taskId)), m_token).status, 204);
        const HttpResult unknown = m_http.withToken("POST", ds(dataset, QStringLiteral("tasks/NoSuchTask000000000/stop")), m_token);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4700"));
        QCOMPARE(m_http.get(ds(dataset, QStringLiteral("tasks/NoSuchTask000000000")), m_token)
                         .json()[QStringLiteral("error_code")]
                         .toString(),
                 QStringLiteral("ModelArts.4700"));
        // And a new task may start.
        QCOMPARE(create(dataset).status, 200);
    }

    void twoDatasetsRunAtOnce()
    {
        startServer(250);
        const QString a = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("first"), 7, 5);
        const QString b = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("second"), 7, 5);
        const QString ta = create(a).json()[QStringLiteral("task_id")].toString();
        const QString tb = create(b).json()[QStringLiteral("task_id")].toString();
        QVERIFY(!ta.isEmpty() && !tb.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(status(a, ta) == 1 && status(b, tb) == 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(status(a, ta) == 3 && status(b, tb) == 3, 60000);
        QCOMPARE(m_http.get(ds(a, QStringLiteral("auto-annotations/samples")), m_token).json()[QStringLiteral("sample_count")].toInt(), 10);
        QCOMPARE(m_http.get(ds(b, QStringLiteral("auto-annotations/samples")), m_token).json()[QStringLiteral("sample_count")].toInt(), 10);
        // A task is found only under its own dataset.
        QCOMPARE(m_http.get(ds(a, QStringLiteral("tasks/") + tb), m_token).status, 400);
    }

    void aRestartDuringATaskLeavesNoHalfResult()
    {
        startServer(400);
        const QString dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 7, 5);
        const QString taskId = create(dataset).json()[QStringLiteral("task_id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(status(dataset, taskId), 1, 20000);
        m_server->stop();
        QVERIFY(m_server->start());
        login();
        const QJsonObject info = task(dataset, taskId);
        QCOMPARE(info[QStringLiteral("status")].toInt(), 2);
        QVERIFY(info[QStringLiteral("error_msg")].toString().contains(QStringLiteral("stopped while the task ran")));
        QCOMPARE(
                m_http.get(ds(dataset, QStringLiteral("auto-annotations/samples")), m_token).json()[QStringLiteral("sample_count")].toInt(),
                0);
        QCOMPARE(m_http.get(ds(dataset), m_token).json()[QStringLiteral("exist_running_task")].toBool(), false);
        QCOMPARE(create(dataset).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_TaskManager)
#include "tst_taskmanager.moc"
