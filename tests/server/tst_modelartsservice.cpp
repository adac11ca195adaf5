#include "Ids.h"
#include "auth/SdkSignature.h"
#include "support/ServiceFixture.h"

#include <QDateTime>
#include <QImage>
#include <QRandomGenerator>
#include <QTimeZone>

// modelarts-local's HTTP API over real HTTP on 127.0.0.1: every route, its success and its errors.
class tst_ModelArtsService : public QObject, private ServiceFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void tokenHasTheDocumentedShape()
    {
        const QJsonDocument request = readFixture(QStringLiteral("seed_token_request.json"));
        QVERIFY(request.isObject());
        // The seed's request, with this server's user.
        QJsonObject body = request.object();
        QJsonObject auth = body[QStringLiteral("auth")].toObject();
        QJsonObject identity = auth[QStringLiteral("identity")].toObject();
        identity[QStringLiteral("password")] = QJsonObject{
            { QStringLiteral("user"),
              QJsonObject{ { QStringLiteral("name"), QStringLiteral("alice") },
                           { QStringLiteral("password"), QStringLiteral("password-123") },
                           { QStringLiteral("domain"), QJsonObject{ { QStringLiteral("name"), QStringLiteral("acme") } } } } }
        };
        auth[QStringLiteral("identity")] = identity;
        auth[QStringLiteral("scope")] =
                QJsonObject{ { QStringLiteral("project"), QJsonObject{ { QStringLiteral("name"), QStringLiteral("local") } } } };
        body[QStringLiteral("auth")] = auth;
        const HttpResult r = m_http.send("POST", m_server->url(QStringLiteral("/v3/auth/tokens")), QJsonDocument(body).toJson());
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("X-Subject-Token").startsWith("MII"));
        QVERIFY(!r.header("X-Request-Id").isEmpty());
        const QString diff = shapeDifference(readFixture(QStringLiteral("doc_token_response.json")).object(), r.json());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const QJsonObject token = r.json()[QStringLiteral("token")].toObject();
        const QDateTime issued = QDateTime::fromString(token[QStringLiteral("issued_at")].toString(), Qt::ISODateWithMs);
        const QDateTime expires = QDateTime::fromString(token[QStringLiteral("expires_at")].toString(), Qt::ISODateWithMs);
        QVERIFY(issued.isValid() && expires.isValid());
        QCOMPARE(issued.secsTo(expires), qint64(24 * 3600));
        QVERIFY(token[QStringLiteral("expires_at")].toString().endsWith(QStringLiteral("000Z")));
        QCOMPARE(token[QStringLiteral("project")].toObject()[QStringLiteral("name")].toString(), QStringLiteral("local"));
        QCOMPARE(token[QStringLiteral("user")].toObject()[QStringLiteral("name")].toString(), QStringLiteral("alice"));
        QCOMPARE(token[QStringLiteral("catalog")].toArray().first().toObject()[QStringLiteral("type")].toString(),
                 QStringLiteral("modelarts"));
        const HttpResult noCatalog =
                m_http.send("POST", m_server->url(QStringLiteral("/v3/auth/tokens?nocatalog=true")), QJsonDocument(body).toJson());
        QVERIFY(noCatalog.json()[QStringLiteral("token")].toObject()[QStringLiteral("catalog")].toArray().isEmpty());
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QByteArray good =
                R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice","password":"%1","domain":{"name":"acme"}}}},"scope":{"project":{"name":"%2"}}}})";
        QTest::newRow("wrong password") << QByteArray(good).replace("%1", "nope").replace("%2", "local") << 401
                                        << QStringLiteral("The username or password is wrong.");
        QTest::newRow("other project") << QByteArray(good).replace("%1", "password-123").replace("%2", "other") << 401
                                       << QStringLiteral("no access to project other");
        QTest::newRow("unknown user") << QByteArray(good).replace("alice", "carol").replace("%1", "password-123").replace("%2", "local")
                                      << 401 << QStringLiteral("The username or password is wrong.");
        QTest::newRow("malformed json") << QByteArray("{\"auth\":") << 400 << QStringLiteral("The request body is invalid");
        QTest::newRow("not an object") << QByteArray("[1,2]") << 400 << QStringLiteral("not a JSON object");
        QTest::newRow("no password method") << QByteArray(R"({"auth":{"identity":{"methods":["token"]}}})") << 400
                                            << QStringLiteral("auth.identity.methods");
        QTest::newRow("no user name") << QByteArray(
                R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"password":"x","domain":{"name":"acme"}}}}}})")
                                      << 400 << QStringLiteral("auth.identity.password.user.name");
        QTest::newRow("password not a string") << QByteArray(
                R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice","password":5,"domain":{"name":"acme"}}}}}})")
                                               << 400 << QStringLiteral("user.password");
        QTest::newRow("no domain") << QByteArray(
                R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice","password":"x"}}}}})")
                                   << 400 << QStringLiteral("domain.name");
    }
    void tokenErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const HttpResult r = m_http.send("POST", m_server->url(QStringLiteral("/v3/auth/tokens")), body);
        QCOMPARE(r.status, status);
        QVERIFY(r.header("X-Subject-Token").isEmpty());
        const QJsonObject error = r.json()[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("code")].toInt(), status);
        QVERIFY2(error[QStringLiteral("message")].toString().contains(message), qPrintable(error[QStringLiteral("message")].toString()));
        QVERIFY(!error[QStringLiteral("title")].toString().isEmpty());
    }

    void aTokenWithoutScopeGetsTheUsersProject()
    {
        const QByteArray body =
                R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice","password":"password-123","domain":{"name":"acme"}}}}}})";
        const HttpResult r = m_http.send("POST", m_server->url(QStringLiteral("/v3/auth/tokens")), body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[QStringLiteral("token")].toObject()[QStringLiteral("project")].toObject()[QStringLiteral("id")].toString(),
                 m_project);
    }

    void v2RoutesNeedValidAuthentication()
    {
        const HttpResult none = m_http.get(v2(QStringLiteral("datasets")));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.json()[QStringLiteral("error_code")].toString(), QStringLiteral("APIGW.0301"));
        QVERIFY(none.json()[QStringLiteral("error_msg")].toString().contains(QStringLiteral("x-auth-token not found")));
        QCOMPARE(none.json()[QStringLiteral("request_id")].toString().toLatin1(), none.header("X-Request-Id"));
        QCOMPARE(none.json()[QStringLiteral("request_id")].toString().size(), 32);

        const HttpResult forged = m_http.get(v2(QStringLiteral("datasets")), "MIIforged");
        QCOMPARE(forged.status, 401);
        QVERIFY(forged.json()[QStringLiteral("error_msg")].toString().contains(QStringLiteral("decrypt token fail")));

        // Header names are case-insensitive (the seed writes X-auth-Token).
        const HttpResult mixed = m_http.send("GET", v2(QStringLiteral("datasets")), {}, { { "x-AUTH-token", m_token } });
        QCOMPARE(mixed.status, 200);

        // A token of another project.
        const auto bob = m_http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("bob"), QStringLiteral("password-456"),
                                      QStringLiteral("other"));
        QVERIFY(!bob.first.isEmpty());
        const HttpResult other = m_http.get(v2(QStringLiteral("datasets")), bob.first);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4336"));
        // ... which sees its own (empty) project.
        QUrl own = m_server->url(QStringLiteral("/v2/%1/datasets").arg(bob.second));
        QCOMPARE(m_http.get(own, bob.first).json()[QStringLiteral("total_number")].toInt(), 0);
    }

    void tokensExpireAfter24Hours()
    {
        QCOMPARE(m_http.get(v2(QStringLiteral("datasets")), m_token).status, 200);
        m_clockOffsetMs = 24 * 3600 * 1000LL + 1000;
        const HttpResult r = m_http.get(v2(QStringLiteral("datasets")), m_token);
        QCOMPARE(r.status, 401);
        QVERIFY(r.json()[QStringLiteral("error_msg")].toString().contains(QStringLiteral("token expires")));
        // A new token works.
        const auto fresh = m_http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        QCOMPARE(m_http.get(v2(QStringLiteral("datasets")), fresh.first).status, 200);
    }

    void unknownRoutesAndMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/");
        QTest::newRow("v1") << QByteArray("GET") << QStringLiteral("/v1/x/datasets");
        QTest::newRow("delete dataset") << QByteArray("DELETE") << QStringLiteral("/v2/p/datasets/d");
        QTest::newRow("post datasets") << QByteArray("POST") << QStringLiteral("/v2/p/datasets");
        QTest::newRow("too deep") << QByteArray("GET") << QStringLiteral("/v2/p/datasets/d/data-annotations/samples/s/x");
        QTest::newRow("get token") << QByteArray("GET") << QStringLiteral("/v3/auth/tokens");
    }
    void unknownRoutesAndMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpResult r = m_http.send(method, m_server->url(path), {}, { { "X-Auth-Token", m_token } });
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json()[QStringLiteral("error_code")].toString(), QStringLiteral("APIGW.0101"));
        QVERIFY(!r.header("X-Request-Id").isEmpty());
    }

    void listDatasetsWithPagingAndSearch()
    {
        QVERIFY(!m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("second"), 2, 1).isEmpty());
        const HttpResult r = m_http.get(v2(QStringLiteral("datasets")), m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("total_number")].toInt(), 2);
        const QString diff = shapeDifference(readFixture(QStringLiteral("doc_list_datasets.json")).object(), r.json());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // offset counts pages (modelarts-api.md section 1)
        const QJsonArray first = m_http.get(v2(QStringLiteral("datasets?limit=1&offset=0&sort_by=dataset_name&order=asc")), m_token)
                                         .json()[QStringLiteral("datasets")]
                                         .toArray();
        const QJsonArray second = m_http.get(v2(QStringLiteral("datasets?limit=1&offset=1&sort_by=dataset_name&order=asc")), m_token)
                                          .json()[QStringLiteral("datasets")]
                                          .toArray();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0].toObject()[QStringLiteral("dataset_name")].toString(), QStringLiteral("second"));
        QCOMPARE(second[0].toObject()[QStringLiteral("dataset_name")].toString(), QStringLiteral("shapes"));
        const HttpResult search = m_http.get(v2(QStringLiteral("datasets?search_content=HAP")), m_token);
        QCOMPARE(search.json()[QStringLiteral("total_number")].toInt(), 1);
        QCOMPARE(m_http.get(v2(QStringLiteral("datasets?dataset_type=1")), m_token).json()[QStringLiteral("total_number")].toInt(), 0);
        // Every dataset here is of the old version: v1 (the default) and all list them, v2 finds none.
        for (const QJsonValue &d : r.json()[QStringLiteral("datasets")].toArray())
            QCOMPARE(d.toObject()[QStringLiteral("dataset_version")].toString(), QStringLiteral("v1"));
        const auto count = [&](const QString &version) {
            return m_http.get(v2(QStringLiteral("datasets?dataset_version=") + version), m_token)
                    .json()[QStringLiteral("total_number")]
                    .toInt();
        };
        QCOMPARE(count(QStringLiteral("v1")), 2);
        QCOMPARE(count(QStringLiteral("all")), 2);
        QCOMPARE(count(QStringLiteral("v2")), 0);
    }

    void unknownDataset()
    {
        for (const QString &rest :
             { QString(), QStringLiteral("/data-annotations/labels"), QStringLiteral("/data-annotations/stats"),
               QStringLiteral("/data-annotations/samples"), QStringLiteral("/auto-annotations/samples"), QStringLiteral("/tasks") }) {
            const HttpResult r = m_http.get(v2(QStringLiteral("datasets/NoSuchDataset1234567") + rest), m_token);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4352"));
        }
    }

    void datasetDetailsLabelsAndStats()
    {
        const HttpResult details = m_http.get(ds(), m_token);
        QCOMPARE(details.status, 200);
        const QJsonObject d = details.json();
        QCOMPARE(d[QStringLiteral("dataset_id")].toString(), m_dataset);
        QCOMPARE(d[QStringLiteral("total_sample_count")].toInt(), 30);
        QCOMPARE(d[QStringLiteral("annotated_sample_count")].toInt(), 25);
        QCOMPARE(d[QStringLiteral("unconfirmed_sample_count")].toInt(), 0);
        QCOMPARE(d[QStringLiteral("labels")].toArray().size(), 5);
        QCOMPARE(d[QStringLiteral("exist_running_task")].toBool(), false);

        const HttpResult labels = m_http.get(ds(QStringLiteral("data-annotations/labels")), m_token);
        QCOMPARE(labels.json()[QStringLiteral("labels")].toArray().size(), 5);
        QVERIFY(labels.json()[QStringLiteral("labels")].toArray()[0].toObject()[QStringLiteral("property")].toObject().contains(
                QStringLiteral("@modelarts:color")));

        const HttpResult stats = m_http.get(ds(QStringLiteral("data-annotations/stats")), m_token);
        QCOMPARE(stats.status, 200);
        const QString diff = shapeDifference(readFixture(QStringLiteral("doc_dataset_stats.json")).object(), stats.json());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const QJsonObject sampleStats = stats.json()[QStringLiteral("sample_stats")].toObject();
        QCOMPARE(sampleStats[QStringLiteral("total")].toInt(), 30);
        QCOMPARE(sampleStats[QStringLiteral("manual_annotation")].toInt(), 25);
        QCOMPARE(sampleStats[QStringLiteral("un_annotation")].toInt(), 5);
        for (const QJsonValue &l : stats.json()[QStringLiteral("label_stats")].toArray())
            QCOMPARE(l.toObject()[QStringLiteral("sample_count")].toInt(), 5);
    }

    void samplesByStateAndTheirFields()
    {
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples")), m_token).json()[QStringLiteral("sample_count")].toInt(), 30);
        const HttpResult unlabeled = m_http.get(ds(QStringLiteral("data-annotations/samples?sample_state=__NONE__&limit=100")), m_token);
        QCOMPARE(unlabeled.json()[QStringLiteral("sample_count")].toInt(), 5);
        QCOMPARE(unlabeled.json()[QStringLiteral("samples")].toArray().size(), 5);
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples?sample_state=__ALL__")), m_token)
                         .json()[QStringLiteral("sample_count")]
                         .toInt(),
                 25);
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples?sample_state=__AUTO_ANNOTATION__")), m_token)
                         .json()[QStringLiteral("sample_count")]
                         .toInt(),
                 0);
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples?sample_state=__UNCHECK__")), m_token)
                         .json()[QStringLiteral("sample_count")]
                         .toInt(),
                 0);
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples?label_name=star")), m_token)
                         .json()[QStringLiteral("sample_count")]
                         .toInt(),
                 5);
        // offset is a page index
        QCOMPARE(samplesOf(QStringLiteral("limit=10&offset=2")).size(), 10);
        QCOMPARE(samplesOf(QStringLiteral("limit=10&offset=3")).size(), 0);

        const QJsonObject docUnlabeled =
                readFixture(QStringLiteral("doc_list_samples.json")).object()[QStringLiteral("samples")].toArray()[1].toObject();
        const QJsonObject sample = unlabeled.json()[QStringLiteral("samples")].toArray()[0].toObject();
        const QString diff = shapeDifference(docUnlabeled, sample);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(sample[QStringLiteral("sample_status")].toString(), QStringLiteral("UN_ANNOTATION"));
        QCOMPARE(sample[QStringLiteral("sample_id")].toString().size(), 32);
        QVERIFY(sample[QStringLiteral("sample_name")].toString().endsWith(QStringLiteral(".jpg")));
        QCOMPARE(sample[QStringLiteral("sample_dir")].toString(), QStringLiteral("/shapes/unlabeled/"));
        QVERIFY(sample[QStringLiteral("sample_size")].toInteger() > 0);
        const QJsonArray size = sample[QStringLiteral("metadata")].toObject()[QStringLiteral("@modelarts:size")].toArray();
        QCOMPARE(size.size(), 3);
        QCOMPARE(size[0].toInt(), 96);
        QCOMPARE(size[2].toInt(), 3);
        QVERIFY(!sample.contains(QStringLiteral("truth")));
        QVERIFY(!unlabeled.body.contains("truth"));

        const QJsonObject labeled = samplesOf(QStringLiteral("sample_state=__ALL__&limit=1"))[0].toObject();
        QCOMPARE(labeled[QStringLiteral("sample_status")].toString(), QStringLiteral("MANUAL_ANNOTATION"));
        QCOMPARE(labeled[QStringLiteral("labels")].toArray().size(), 1);

        const QString id = sample[QStringLiteral("sample_id")].toString();
        const HttpResult one = m_http.get(ds(QStringLiteral("data-annotations/samples/") + id), m_token);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json()[QStringLiteral("sample_id")].toString(), id);
        const HttpResult missing = m_http.get(ds(QStringLiteral("data-annotations/samples/0123456789abcdef0123456789abcdef")), m_token);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4420"));
    }

    void batchUpdateAppliesEachSampleAndReportsFailures()
    {
        const QJsonArray unlabeled = samplesOf(QStringLiteral("sample_state=__NONE__&limit=100"));
        const QString a = unlabeled[0].toObject()[QStringLiteral("sample_id")].toString();
        const QString b = unlabeled[1].toObject()[QStringLiteral("sample_id")].toString();
        const QString c = unlabeled[2].toObject()[QStringLiteral("sample_id")].toString();

        // The seed's body shape (labels copied from the auto-annotation list).
        const QByteArray ok =
                QStringLiteral(
                        R"({"samples":[{"sample_id":"%1","labels":[{"name":"star","type":0,"id":"1","property":{"@modelarts:hard_coefficient":"0.0","@modelarts:hard":"false"},"score":1}]},{"sample_id":"%2","labels":[{"name":"ring"}]}]})")
                        .arg(a, b)
                        .toUtf8();
        const HttpResult r = m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token, ok);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), readFixture(QStringLiteral("seed_update_samples_response.json")).object());
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples/") + a), m_token)
                         .json()[QStringLiteral("labels")]
                         .toArray()[0]
                         .toObject()[QStringLiteral("name")]
                         .toString(),
                 QStringLiteral("star"));
        const QJsonObject sampleB = m_http.get(ds(QStringLiteral("data-annotations/samples/") + b), m_token).json();
        QCOMPARE(sampleB[QStringLiteral("sample_status")].toString(), QStringLiteral("MANUAL_ANNOTATION"));
        QCOMPARE(sampleB[QStringLiteral("annotated_by")].toString(), QStringLiteral("human/acme/alice"));
        QCOMPARE(m_http.get(ds(), m_token).json()[QStringLiteral("annotated_sample_count")].toInt(), 27);

        // One good, one unknown label, one unknown sample: the good one applies.
        const QByteArray mixed =
                QStringLiteral(
                        R"({"samples":[{"sample_id":"%1","labels":[{"name":"circle"}]},{"sample_id":"%2","labels":[{"name":"hexagon"}]},{"sample_id":"ffffffffffffffffffffffffffffffff","labels":[]}]})")
                        .arg(c, a)
                        .toUtf8();
        const HttpResult partial = m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token, mixed);
        QCOMPARE(partial.status, 200);
        const QString diff = shapeDifference(
                readFixture(QStringLiteral("doc_error_bodies.json")).object()[QStringLiteral("update_partial")], partial.json());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(partial.json()[QStringLiteral("success")].toBool(), false);
        const QJsonArray results = partial.json()[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].toObject()[QStringLiteral("success")].toBool(), true);
        QCOMPARE(results[1].toObject()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4410"));
        QCOMPARE(results[2].toObject()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.4420"));
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples/") + c), m_token)
                         .json()[QStringLiteral("labels")]
                         .toArray()[0]
                         .toObject()[QStringLiteral("name")]
                         .toString(),
                 QStringLiteral("circle"));
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples/") + a), m_token)
                         .json()[QStringLiteral("labels")]
                         .toArray()[0]
                         .toObject()[QStringLiteral("name")]
                         .toString(),
                 QStringLiteral("star"));

        // An empty label list makes a sample unlabeled again.
        const QByteArray clear = QStringLiteral(R"({"samples":[{"sample_id":"%1","labels":[]}]})").arg(a).toUtf8();
        QCOMPARE(m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token, clear).status, 200);
        QCOMPARE(
                m_http.get(ds(QStringLiteral("data-annotations/samples/") + a), m_token).json()[QStringLiteral("sample_status")].toString(),
                QStringLiteral("UN_ANNOTATION"));
    }

    void malformedBatchUpdatesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"samples\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("array body") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("no samples") << QByteArray("{}") << QStringLiteral("samples must be an array");
        QTest::newRow("samples string") << QByteArray(R"({"samples":"x"})") << QStringLiteral("samples must be an array");
        QTest::newRow("sample not object") << QByteArray(R"({"samples":[%1, 5]})") << QStringLiteral("samples[1] must be an object");
        QTest::newRow("no sample_id") << QByteArray(R"({"samples":[%1, {"labels":[]}]})") << QStringLiteral("samples[1].sample_id");
        QTest::newRow("sample_id number") << QByteArray(R"({"samples":[%1, {"sample_id":5,"labels":[]}]})")
                                          << QStringLiteral("samples[1].sample_id");
        QTest::newRow("no labels") << QByteArray(R"({"samples":[%1, {"sample_id":"x"}]})") << QStringLiteral("samples[1].labels");
        QTest::newRow("label no name") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"type":0}]}]})")
                                       << QStringLiteral("samples[1].labels[0].name");
        QTest::newRow("label type text") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"name":"a","type":"zero"}]}]})")
                                         << QStringLiteral("samples[1].labels[0].type");
        QTest::newRow("label type negative") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"name":"a","type":-1}]}]})")
                                             << QStringLiteral("samples[1].labels[0].type");
        QTest::newRow("label type fraction") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"name":"a","type":1.5}]}]})")
                                             << QStringLiteral("samples[1].labels[0].type");
        QTest::newRow("label type huge") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"name":"a","type":1e308}]}]})")
                                         << QStringLiteral("samples[1].labels[0].type");
        QTest::newRow("score text") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"name":"a","score":"high"}]}]})")
                                    << QStringLiteral("samples[1].labels[0].score");
        QTest::newRow("property array") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"name":"a","property":[]}]}]})")
                                        << QStringLiteral("samples[1].labels[0].property");
        QTest::newRow("score 1e308") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"name":"a","score":1e308}]}]})")
                                     << QStringLiteral("samples[1].labels[0].score");
        QTest::newRow("score -1") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"name":"a","score":-1}]}]})")
                                  << QStringLiteral("samples[1].labels[0].score");
        QTest::newRow("duplicate label") << QByteArray(R"({"samples":[%1, {"sample_id":"x","labels":[{"name":"a"},{"name":"a"}]}]})")
                                         << QStringLiteral("samples[1].labels[1].name");
        QByteArray many = R"({"samples":[%1, {"sample_id":"x","labels":[)";
        for (int i = 0; i <= 100; ++i)
            many += (i ? "," : "") + QStringLiteral(R"({"name":"l%1"})").arg(i).toUtf8();
        QTest::newRow("101 labels") << many + "]}]}" << QStringLiteral("samples[1].labels holds 101 labels");
    }
    void malformedBatchUpdatesChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QString a = samplesOf(QStringLiteral("sample_state=__NONE__&limit=1"))[0].toObject()[QStringLiteral("sample_id")].toString();
        // The first, valid item must not be applied when a later one is malformed.
        body.replace("%1", QStringLiteral(R"({"sample_id":"%1","labels":[{"name":"star"}]})").arg(a).toUtf8());
        const HttpResult r = m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error_code")].toString(), QStringLiteral("ModelArts.0104"));
        QVERIFY2(r.json()[QStringLiteral("error_msg")].toString().contains(field),
                 qPrintable(r.json()[QStringLiteral("error_msg")].toString()));
        QCOMPARE(
                m_http.get(ds(QStringLiteral("data-annotations/samples/") + a), m_token).json()[QStringLiteral("sample_status")].toString(),
                QStringLiteral("UN_ANNOTATION"));
        QCOMPARE(m_http.get(ds(), m_token).json()[QStringLiteral("annotated_sample_count")].toInt(), 25);
    }
};

QTEST_GUILESS_MAIN(tst_ModelArtsService)
#include "tst_modelartsservice.moc"
