#include "support/AutoLabeledSeed.h"
#include "support/TestServer.h"

#include <QProcess>
#include <QSqlQuery>

#include <cmath>

// After confirmation, over real HTTP: publishing a dataset version (its manifest read back line by line),
// the version list and detail, the dataset locked while a version is written, the documented refusals, a
// publish stopped or killed midway, and export tasks (modelarts-api-versions.md 1-5, 7).
class tst_Versions : public QObject
{
    Q_OBJECT
private:
    static constexpr int kSamples = 60;
    static constexpr int kUnconfirmed = 6; // the last ones stay auto-labeled, not confirmed
    const QStringList m_labels{ QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("bird") };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_token;
    QString m_project;
    QString m_dataset;
    QHash<QString, QString> m_confirmed; // sample id -> the label it was confirmed with
    QSet<QString> m_hard; // samples the task found hard

    void start(PublishOptions options = { 0, 0, {} })
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        m_server->setPublishOptions(options);
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const auto l = m_http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_token = l.first;
        m_project = l.second;
        QVERIFY(!m_token.isEmpty());
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("pets"), kSamples, m_labels);
        QVERIFY(!m_dataset.isEmpty());
    }
    QUrl ds(const QString &rest) const { return m_server->url(QStringLiteral("/v2/%1/datasets/%2/%3").arg(m_project, m_dataset, rest)); }
    QUrl dataset() const { return m_server->url(QStringLiteral("/v2/%1/datasets/%2").arg(m_project, m_dataset)); }

    // Confirms all but the last kUnconfirmed auto labels, one in five changed to another label (a reviewer's fix).
    void confirm()
    {
        const QJsonArray pending =
                m_http.get(ds(QStringLiteral("auto-annotations/samples?limit=100")), m_token).json()[QStringLiteral("samples")].toArray();
        QCOMPARE(pending.size(), kSamples);
        QJsonArray updates;
        for (int i = 0; i < pending.size() - kUnconfirmed; ++i) {
            const QJsonObject s = pending[i].toObject();
            QString label = s[QStringLiteral("labels")].toArray()[0].toObject()[QStringLiteral("name")].toString();
            if (i % 5 == 0)
                label = m_labels[(m_labels.indexOf(label) + 1) % m_labels.size()];
            const QString id = s[QStringLiteral("sample_id")].toString();
            m_confirmed.insert(id, label);
            if (s[QStringLiteral("metadata")].toObject()[QStringLiteral("@modelarts:hard")].toBool())
                m_hard.insert(id);
            updates.append(QJsonObject{ { QStringLiteral("sample_id"), id },
                                        { QStringLiteral("labels"), QJsonArray{ QJsonObject{ { QStringLiteral("name"), label } } } } });
        }
        const HttpResult r = m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token,
                                              QJsonDocument(QJsonObject{ { QStringLiteral("samples"), updates } }).toJson());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("success")].toBool(), true);
    }
    HttpResult publish(const QByteArray &body) { return m_http.withToken("POST", ds(QStringLiteral("versions")), m_token, body); }
    QString publishOk(const QByteArray &body)
    {
        const HttpResult r = publish(body);
        if (r.status != 201)
            qWarning() << r.status << r.body;
        return r.json()[QStringLiteral("version_id")].toString();
    }
    QJsonObject version(const QString &id) { return m_http.get(ds(QStringLiteral("versions/") + id), m_token).json(); }
    QJsonObject waitForVersion(const QString &id)
    {
        QJsonObject v;
        [&] { QTRY_VERIFY_WITH_TIMEOUT((v = version(id), v[QStringLiteral("status")].toInt() != 0), 30000); }();
        return v;
    }
    QString onDisk(const QString &obsPath) const
    {
        return QDir(m_server->dataDir()).filePath(obsPath.mid(QStringLiteral("/modelarts-local/").size()));
    }
    static QList<QJsonObject> readManifest(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> lines;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }
    static void expectError(const HttpResult &r, int status, const QString &code)
    {
        QVERIFY2(r.status == status && r.json()[QStringLiteral("error_code")].toString() == code, r.body.constData());
    }

private slots:
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
        m_confirmed.clear();
        m_hard.clear();
    }

    void publishWritesTheConfirmedLabelsAndASplitPerLabel()
    {
        start();
        confirm();
        const QString id = publishOk(R"({"train_evaluate_sample_ratio":"0.8","clear_hard_property":false,"label_task_type":0})");
        QCOMPARE(id.size(), 19);
        const QJsonObject v = waitForVersion(id);
        QCOMPARE(v[QStringLiteral("status")].toInt(), 1);
        QCOMPARE(v[QStringLiteral("version_name")].toString(), QStringLiteral("V001"));
        QCOMPARE(v[QStringLiteral("is_current")].toBool(), true);
        QCOMPARE(v[QStringLiteral("total_sample_count")].toInt(), kSamples);
        QCOMPARE(v[QStringLiteral("annotated_sample_count")].toInt(), kSamples - kUnconfirmed);
        QCOMPARE(v[QStringLiteral("train_evaluate_sample_ratio")].toString(), QStringLiteral("0.8"));
        QCOMPARE(v[QStringLiteral("label_type")].toString(), QStringLiteral("single"));
        QHash<QString, int> perLabel;
        for (const QString &label : std::as_const(m_confirmed))
            ++perLabel[label];
        for (const QJsonValue &stat : v[QStringLiteral("label_stats")].toArray()) {
            const QString name = stat[QStringLiteral("name")].toString();
            QCOMPARE(stat[QStringLiteral("sample_count")].toInt(), perLabel.value(name));
        }

        const QList<QJsonObject> lines = readManifest(onDisk(v[QStringLiteral("manifest_path")].toString()));
        QCOMPARE(lines.size(), kSamples);
        QHash<QString, QPair<int, int>> split; // label -> train, eval
        int unlabeled = 0;
        for (const QJsonObject &line : lines) {
            const QString id = line[QStringLiteral("id")].toString();
            QVERIFY(line[QStringLiteral("source")].toString().startsWith(QStringLiteral("s3://modelarts-local/images/")));
            QVERIFY(QFile::exists(onDisk(QLatin1Char('/') + line[QStringLiteral("source")].toString().mid(5))));
            if (!m_confirmed.contains(id)) {
                QVERIFY(!line.contains(QStringLiteral("annotation")) && !line.contains(QStringLiteral("usage")));
                ++unlabeled;
                continue;
            }
            const QJsonArray annotation = line[QStringLiteral("annotation")].toArray();
            QCOMPARE(annotation.size(), 1);
            const QJsonObject a = annotation[0].toObject();
            QCOMPARE(a[QStringLiteral("name")].toString(), m_confirmed.value(id));
            QCOMPARE(a[QStringLiteral("type")].toString(), QStringLiteral("modelarts/image_classification"));
            QCOMPARE(a[QStringLiteral("annotated-by")].toString(), QStringLiteral("human/acme/alice")); // as in ModelArts' own files
            QVERIFY(QDateTime::fromString(a[QStringLiteral("creation-time")].toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid());
            // clear_hard_property false: the task's judgement, kept past the confirmation
            QCOMPARE(line[QStringLiteral("hard")].toString(), m_hard.contains(id) ? QStringLiteral("true") : QStringLiteral("false"));
            const QString usage = line[QStringLiteral("usage")].toString();
            QVERIFY(usage == QLatin1String("TRAIN") || usage == QLatin1String("EVAL"));
            (usage == QLatin1String("TRAIN") ? split[m_confirmed.value(id)].first : split[m_confirmed.value(id)].second)++;
        }
        QCOMPARE(unlabeled, kUnconfirmed);
        for (auto it = split.cbegin(); it != split.cend(); ++it) {
            const int n = it->first + it->second;
            QVERIFY2(std::abs(it->first - 0.8 * n) <= 1.0,
                     qPrintable(QStringLiteral("%1: %2 of %3 train").arg(it.key()).arg(it->first).arg(n)));
        }

        // The dataset names it current; the list has no label statistics, as documented.
        const QJsonObject d = m_http.get(dataset(), m_token).json();
        QCOMPARE(d[QStringLiteral("current_version_id")].toString(), id);
        QCOMPARE(d[QStringLiteral("current_version_name")].toString(), QStringLiteral("V001"));
        QCOMPARE(d[QStringLiteral("dataset_version_count")].toInt(), 1);
        QCOMPARE(d[QStringLiteral("next_version_num")].toInt(), 2);
        QCOMPARE(d[QStringLiteral("status")].toInt(), 1);
        const QJsonObject list = m_http.get(ds(QStringLiteral("versions")), m_token).json();
        QCOMPARE(list[QStringLiteral("total_number")].toInt(), 1);
        QVERIFY(!list[QStringLiteral("versions")][0].toObject().contains(QStringLiteral("label_stats")));
    }

    void clearHardPropertyLeavesTheHardKeysOut()
    {
        start();
        confirm();
        const QJsonObject v = waitForVersion(publishOk("{}"));
        for (const QJsonObject &line : readManifest(onDisk(v[QStringLiteral("manifest_path")].toString()))) {
            QVERIFY(!line.contains(QStringLiteral("hard")));
            if (line.contains(QStringLiteral("annotation")))
                QCOMPARE(line[QStringLiteral("usage")].toString(), QStringLiteral("TRAIN")); // ratio 1.00: all train
        }
    }

    // sample_usage (UpdateSamples): with remove_sample_usage false a sample stays on its side and its label
    // keeps its share; by default the release clears the usage and splits them all again.
    void sampleUsageKeepsASampleOnItsSide()
    {
        start();
        confirm();
        auto usageIn = [this](const QJsonObject &v) {
            QHash<QString, QString> usage;
            for (const QJsonObject &line : readManifest(onDisk(v[QStringLiteral("manifest_path")].toString())))
                usage.insert(line[QStringLiteral("id")].toString(), line[QStringLiteral("usage")].toString());
            return usage;
        };
        const QHash<QString, QString> first = usageIn(waitForVersion(publishOk(R"({"train_evaluate_sample_ratio":"0.8"})")));
        QStringList moved;
        for (auto it = first.cbegin(); it != first.cend() && moved.size() < 3; ++it) {
            if (it.value() == QLatin1String("EVAL"))
                moved.append(it.key());
        }
        QCOMPARE(moved.size(), 3);
        QJsonArray updates;
        for (const QString &id : moved)
            updates.append(QJsonObject{
                    { QStringLiteral("sample_id"), id },
                    { QStringLiteral("labels"), QJsonArray{ QJsonObject{ { QStringLiteral("name"), m_confirmed.value(id) } } } },
                    { QStringLiteral("sample_usage"), QStringLiteral("train") } }); // either case
        auto put = [this](const QJsonArray &samples) {
            return m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token,
                                    QJsonDocument(QJsonObject{ { QStringLiteral("samples"), samples } }).toJson());
        };
        QJsonObject bad = updates[0].toObject();
        bad.insert(QStringLiteral("sample_usage"), QStringLiteral("half"));
        expectError(put({ bad }), 400, QStringLiteral("ModelArts.0104"));
        QCOMPARE(put(updates).json()[QStringLiteral("success")].toBool(), true);

        const QHash<QString, QString> kept =
                usageIn(waitForVersion(publishOk(R"({"train_evaluate_sample_ratio":"0.8","remove_sample_usage":false})")));
        for (const QString &id : moved)
            QCOMPARE(kept.value(id), QStringLiteral("TRAIN"));
        QHash<QString, QPair<int, int>> split; // label -> train, all
        for (auto it = m_confirmed.cbegin(); it != m_confirmed.cend(); ++it) {
            split[it.value()].first += kept.value(it.key()) == QLatin1String("TRAIN") ? 1 : 0;
            ++split[it.value()].second;
        }
        for (const auto &[train, all] : std::as_const(split))
            QVERIFY2(std::abs(train - std::llround(0.8 * all)) == 0, qPrintable(QStringLiteral("%1 of %2 train").arg(train).arg(all)));
        QCOMPARE(m_server->storage().samples().find(m_dataset, moved[0])->usage, QStringLiteral("TRAIN"));

        QCOMPARE(usageIn(waitForVersion(publishOk(R"({"train_evaluate_sample_ratio":"0.8"})"))), first);
        QVERIFY(m_server->storage().samples().find(m_dataset, moved[0])->usage.isEmpty());
    }

    void aSecondVersionBecomesCurrent()
    {
        start();
        confirm();
        const QString first = publishOk("");
        QCOMPARE(waitForVersion(first)[QStringLiteral("status")].toInt(), 1);
        const QString second = publishOk(R"({"version_name":"after-review","description":"second pass"})");
        const QJsonObject v = waitForVersion(second);
        QCOMPARE(v[QStringLiteral("version_name")].toString(), QStringLiteral("after-review"));
        QCOMPARE(v[QStringLiteral("previous_version_id")].toString(), first);
        QCOMPARE(v[QStringLiteral("is_current")].toBool(), true);
        QCOMPARE(version(first)[QStringLiteral("is_current")].toBool(), false);
        const QJsonArray versions = m_http.get(ds(QStringLiteral("versions")), m_token).json()[QStringLiteral("versions")].toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].toObject()[QStringLiteral("version_id")].toString(), second); // newest first
        QCOMPARE(m_http.get(ds(QStringLiteral("versions?status=1&limit=1")), m_token).json()[QStringLiteral("versions")].toArray().size(),
                 1);
        // The default name goes on from the count: V003.
        QCOMPARE(waitForVersion(publishOk("{}"))[QStringLiteral("version_name")].toString(), QStringLiteral("V003"));
    }

    void refusalsUseTheDocumentedCodes()
    {
        start();
        confirm();
        QCOMPARE(waitForVersion(publishOk(R"({"version_name":"v1"})"))[QStringLiteral("status")].toInt(), 1);
        expectError(publish(R"({"version_name":"v1"})"), 400, QStringLiteral("ModelArts.4371"));
        expectError(m_http.get(ds(QStringLiteral("versions/NoSuchVersion123456")), m_token), 400, QStringLiteral("ModelArts.4353"));
        expectError(m_http.get(m_server->url(QStringLiteral("/v2/%1/datasets/NoSuchDataset123456/versions").arg(m_project)), m_token), 400,
                    QStringLiteral("ModelArts.4352"));
        for (const char *bad : { R"({"version_name":"has space"})", R"({"version_name":"0123456789012345678901234567890123"})",
                                 R"({"train_evaluate_sample_ratio":"1.5"})", R"({"train_evaluate_sample_ratio":"half"})",
                                 R"({"train_evaluate_sample_ratio":-0.1})", R"({"description":"<b>"})", R"({"clear_hard_property":"yes"})",
                                 R"({"version_format":"CSV"})", R"([])" }) {
            const HttpResult r = publish(bad);
            QVERIFY2(r.status == 400 && r.json()[QStringLiteral("error_code")].toString() == QStringLiteral("ModelArts.0104"), bad);
            QVERIFY2(!r.json()[QStringLiteral("error_msg")].toString().isEmpty(), bad);
        }
        expectError(m_http.get(ds(QStringLiteral("versions?limit=0")), m_token), 400, QStringLiteral("ModelArts.0104"));
        // The ratio as a number, as the export parameters write it.
        QCOMPARE(waitForVersion(publishOk(R"({"train_evaluate_sample_ratio":0.5})"))[QStringLiteral("train_evaluate_sample_ratio")]
                         .toString(),
                 QStringLiteral("0.5"));
    }

    void oneVersionAMinute()
    {
        start(PublishOptions{ 0, 60 * 1000, {} });
        confirm();
        QCOMPARE(waitForVersion(publishOk("{}"))[QStringLiteral("status")].toInt(), 1);
        expectError(publish("{}"), 400, QStringLiteral("ModelArts.4370"));
    }

    void theDatasetIsLockedWhileAVersionIsWritten()
    {
        start(PublishOptions{ 60 * 1000, 0, {} }); // each publish lasts a minute: the test stops it first
        confirm();
        const QString id = publishOk("{}");
        QVERIFY(!id.isEmpty());
        QCOMPARE(version(id)[QStringLiteral("status")].toInt(), 0);
        QCOMPARE(m_http.get(dataset(), m_token).json()[QStringLiteral("status")].toInt(), 6);
        expectError(publish("{}"), 400, QStringLiteral("ModelArts.4343"));
        expectError(m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token,
                                     QStringLiteral(R"({"samples":[{"sample_id":"%1","labels":[{"name":"cat"}]}]})")
                                             .arg(m_confirmed.keys().first())
                                             .toUtf8()),
                    400, QStringLiteral("ModelArts.4381"));
        expectError(m_http.withToken("POST", ds(QStringLiteral("tasks")), m_token, R"({"task_type":"auto-label"})"), 403,
                    QStringLiteral("ModelArts.4821"));
        expectError(m_http.withToken("POST", ds(QStringLiteral("export-tasks")), m_token, R"({"path":"/modelarts-local/out/"})"), 400,
                    QStringLiteral("ModelArts.4343"));

        // The service stops meanwhile: the version ends in error with nothing on disk, the lock goes.
        const QString manifest = onDisk(version(id)[QStringLiteral("manifest_path")].toString());
        m_server->stop();
        QVERIFY(m_server->restart());
        const QJsonObject v = version(id);
        QCOMPARE(v[QStringLiteral("status")].toInt(), 4);
        QVERIFY(!v[QStringLiteral("message")].toString().isEmpty());
        QVERIFY(!QFileInfo::exists(QFileInfo(manifest).path()));
        QCOMPARE(m_http.get(dataset(), m_token).json()[QStringLiteral("status")].toInt(), 1);
        QCOMPARE(m_http.get(dataset(), m_token).json()[QStringLiteral("current_version_id")].toString(), QString());
    }

    void aKilledPublishLeavesNoManifestAndAVersionInError()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        {
            Storage storage(data);
            QVERIFY(storage.open());
            QVERIFY(storage.identity().upsertUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("local"),
                                                  passwordhash::hash(QStringLiteral("password-123"), 1000)));
            m_dataset = seed::autoLabeled(storage, QStringLiteral("pets"), kSamples, m_labels);
            QVERIFY(!m_dataset.isEmpty());
        }
        auto serve = [&](QProcess &process, const QStringList &extra) {
            process.start(QStringLiteral(MODELARTS_LOCAL_BIN),
                          QStringList{ QStringLiteral("serve"), QStringLiteral("--data-dir"), data, QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:0") }
                                  + extra);
            // "listening on http://127.0.0.1:PORT"
            return process.waitForReadyRead(30000) ? QUrl(QString::fromUtf8(process.readLine().trimmed().mid(13))) : QUrl();
        };
        QProcess first;
        const QUrl base = serve(first, { QStringLiteral("--min-stage-ms"), QStringLiteral("60000") });
        QVERIFY(base.port() > 0);
        const auto l = m_http.login(base, QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        QVERIFY(!l.first.isEmpty());
        QUrl url = base;
        url.setPath(QStringLiteral("/v2/%1/datasets/%2/versions").arg(l.second, m_dataset));
        const HttpResult created = m_http.withToken("POST", url, l.first, "{}");
        QCOMPARE(created.status, 201);
        const QString id = created.json()[QStringLiteral("version_id")].toString();
        url.setPath(url.path() + QLatin1Char('/') + id);
        const QString manifest = QDir(data).filePath(m_http.get(url, l.first)
                                                             .json()[QStringLiteral("manifest_path")]
                                                             .toString()
                                                             .mid(QStringLiteral("/modelarts-local/").size()));
        const QDir versionDir = QFileInfo(manifest).dir();
        // The manifest is being written (its directory made, the file not yet whole) when the service is killed.
        QTRY_VERIFY_WITH_TIMEOUT(versionDir.exists(), 30000);
        QVERIFY(!QFile::exists(manifest));
        first.kill();
        QVERIFY(first.waitForFinished(10000));

        QProcess second;
        const QUrl again = serve(second, {});
        QVERIFY(again.port() > 0);
        url.setPort(again.port());
        const auto l2 = m_http.login(again, QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QJsonObject v = m_http.get(url, l2.first).json();
        QCOMPARE(v[QStringLiteral("status")].toInt(), 4);
        QVERIFY(!QFile::exists(manifest));
        QVERIFY(!versionDir.exists());
        // Its document names no file that is not there, and it released nothing: the one-a-minute limit
        // (in force in `serve`) lets the next publish start at once.
        QVERIFY2(!v.contains(QStringLiteral("manifest_path")) && !v.contains(QStringLiteral("data_path")),
                 QJsonDocument(v).toJson().constData());
        QUrl versions = url;
        versions.setPath(versions.path().section(QLatin1Char('/'), 0, -2));
        const HttpResult again2 = m_http.withToken("POST", versions, l2.first, "{}");
        QVERIFY2(again2.status == 201, again2.body.constData());
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
    }

    void versionExportCopiesTheManifestAndItsImagesOut()
    {
        start();
        confirm();
        const QJsonObject v = waitForVersion(publishOk(R"({"version_name":"train-1"})"));
        QCOMPARE(v[QStringLiteral("status")].toInt(), 1);
        const QString out = m_dir->filePath(QStringLiteral("for-training"));
        auto exportVersion = [&](const QStringList &extra) {
            QProcess p;
            p.start(QStringLiteral(MODELARTS_LOCAL_BIN),
                    QStringList{ QStringLiteral("version"), QStringLiteral("export"), QStringLiteral("--data-dir"), m_server->dataDir(),
                                 QStringLiteral("--dataset"), QStringLiteral("pets"), QStringLiteral("--to"), out }
                            + extra);
            return p.waitForFinished(60000) ? p.exitCode() : -1;
        };
        QCOMPARE(exportVersion({ QStringLiteral("--version"), QStringLiteral("train-1") }), 0);
        const QList<QJsonObject> lines = readManifest(QDir(out).filePath(QStringLiteral("train-1.manifest")));
        QCOMPARE(lines.size(), kSamples);
        for (const QJsonObject &line : lines) {
            const QString source = line[QStringLiteral("source")].toString();
            QVERIFY2(QFileInfo(source).isAbsolute() && QFileInfo(source).size() > 0, qPrintable(source));
            if (m_confirmed.contains(line[QStringLiteral("id")].toString()))
                QCOMPARE(line[QStringLiteral("annotation")].toArray()[0].toObject()[QStringLiteral("name")].toString(),
                         m_confirmed.value(line[QStringLiteral("id")].toString()));
        }
        // Again, linking: what is there is kept; an unknown version is an error.
        QCOMPARE(exportVersion({ QStringLiteral("--link") }), 0);
        QCOMPARE(exportVersion({ QStringLiteral("--version"), QStringLiteral("V404") }), 1);
    }

    void exportsInTreeAndTileFormats()
    {
        start();
        confirm();
        const HttpResult tree = m_http.withToken("POST", ds(QStringLiteral("export-tasks")), m_token,
                                                 R"({"path":"/modelarts-local/exports/tree/","export_type":0,"export_format":1})");
        QCOMPARE(tree.status, 200);
        const QString treeId = tree.json()[QStringLiteral("task_id")].toString();
        QJsonObject t;
        QTRY_VERIFY_WITH_TIMEOUT((t = m_http.get(ds(QStringLiteral("export-tasks/") + treeId), m_token).json(),
                                  t[QStringLiteral("status")].toString() == QLatin1String("SUCCESSED")),
                                 30000);
        QCOMPARE(t[QStringLiteral("progress")].toDouble(), 100.0);
        QCOMPARE(t[QStringLiteral("total_sample_count")].toInt(), kSamples - kUnconfirmed);
        QCOMPARE(t[QStringLiteral("export_params")].toObject()[QStringLiteral("clear_hard_property")].toBool(), true); // defaults echoed
        const QDir out(QDir(m_server->dataDir()).filePath(QStringLiteral("exports/tree")));
        QHash<QString, int> perLabel;
        for (const QString &label : std::as_const(m_confirmed))
            ++perLabel[label];
        for (const QString &label : m_labels)
            QCOMPARE(int(QDir(out.filePath(label)).entryList(QDir::Files).size()), perLabel.value(label));
        QCOMPARE(readManifest(out.filePath(QStringLiteral("pets.manifest"))).size(), kSamples - kUnconfirmed);

        const HttpResult tile = m_http.withToken(
                "POST", ds(QStringLiteral("export-tasks")), m_token,
                R"({"path":"/modelarts-local/exports/tile/","export_type":3,"export_params":{"search_conditions":[{"label_list":{"labels":[{"name":"dog"}]}}]}})");
        QCOMPARE(tile.status, 200);
        const QString tileId = tile.json()[QStringLiteral("task_id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(
                m_http.get(ds(QStringLiteral("export-tasks/") + tileId), m_token).json()[QStringLiteral("status")].toString(),
                QStringLiteral("SUCCESSED"), 30000);
        const QDir tiles(QDir(m_server->dataDir()).filePath(QStringLiteral("exports/tile")));
        const QStringList texts = tiles.entryList({ QStringLiteral("*.txt") });
        QCOMPARE(texts.size(), perLabel.value(QStringLiteral("dog")));
        for (const QString &name : texts) {
            QFile f(tiles.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("dog\n"));
        }
        const QJsonObject list = m_http.get(ds(QStringLiteral("export-tasks")), m_token).json();
        QCOMPARE(list[QStringLiteral("total_count")].toInt(), 2);
        QCOMPARE(list[QStringLiteral("export_tasks")][0].toObject()[QStringLiteral("task_id")].toString(), tileId); // newest first
        QCOMPARE(m_http.get(ds(QStringLiteral("export-tasks?export_type=0")), m_token).json()[QStringLiteral("total_count")].toInt(), 1);
    }

    void exportRefusals()
    {
        start();
        auto create = [&](const QByteArray &body) { return m_http.withToken("POST", ds(QStringLiteral("export-tasks")), m_token, body); };
        expectError(create(R"({"path":"/another-bucket/out/"})"), 400, QStringLiteral("ModelArts.4311"));
        for (const char *path : { "/modelarts-local/../etc/", "/modelarts-local/", "/modelarts-local/images/",
                                  "/modelarts-local/previews/x/", "/modelarts-local/pets/output/pets-x/annotation/V001/", "relative/dir/" })
            expectError(create(QStringLiteral(R"({"path":"%1"})").arg(QLatin1String(path)).toUtf8()), 400,
                        QStringLiteral("ModelArts.4358"));
        for (const char *body :
             { R"({"path":"/modelarts-local/o/","export_type":"all"})", R"({"path":"/modelarts-local/o/","export_format":3})",
               R"({"path":"/modelarts-local/o/","export_params":{"export_dest":"NEW_DATASET"}})",
               R"({"path":"/modelarts-local/o/","export_params":{"search_conditions":[{"score":"0.5-1"}]}})",
               R"({"path":"/modelarts-local/o/","sample_state":"__REVIEWED__"})" })
            expectError(create(body), 400, QStringLiteral("ModelArts.4384"));
        expectError(m_http.get(ds(QStringLiteral("export-tasks/NoSuchTask12345678")), m_token), 400, QStringLiteral("ModelArts.4359"));
    }
};

QTEST_GUILESS_MAIN(tst_Versions)
#include "tst_versions.moc"
