#include "support/ServiceFixture.h"

#include <QJsonArray>
#include <QUrlQuery>

// Auto grouping in modelarts-local over HTTP (modelarts-api-grouping.md): CreateTask checked as the
// contract says, the task followed and stopped, the group numbers in a sample attribute (by size, only the
// samples without confirmed labels), samples found by it, the search condition and the statistics.
class tst_Grouping : public QObject, private ServiceFixture
{
    Q_OBJECT
    static constexpr int kToGroup = 50;

    static QByteArray body(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
    static QJsonObject groupingConfig(const QJsonValue &n, const QString &property = QStringLiteral("look"))
    {
        return QJsonObject{ { QStringLiteral("n_clusters"), n },           { QStringLiteral("ambiguity"), false },
                            { QStringLiteral("image_brightness"), false }, { QStringLiteral("image_colorfulness"), false },
                            { QStringLiteral("property"), property },      { QStringLiteral("result_type"), 1 } };
    }
    HttpResult create(const QJsonObject &request) { return m_http.withToken("POST", ds(QStringLiteral("tasks")), m_token, body(request)); }
    HttpResult createGrouping(const QJsonValue &n, const QString &property = QStringLiteral("look"))
    {
        return create(QJsonObject{ { QStringLiteral("task_type"), QStringLiteral("auto-grouping") },
                                   { QStringLiteral("config"), groupingConfig(n, property) } });
    }
    QJsonObject task(const QString &id) { return m_http.get(ds(QStringLiteral("tasks/") + id), m_token).json(); }
    QJsonObject waitForEnd(const QString &id)
    {
        QJsonObject t;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                    (t = task(id)).value(QStringLiteral("status")).toInt() >= 2 && t.value(QStringLiteral("status")).toInt() != 4, 60000);
        }();
        return t;
    }
    // The samples of one group, through the documented search condition.
    QJsonObject groupPage(const QString &property, const QString &value, int limit = 100)
    {
        const QJsonArray conditions{ QJsonObject{
                { QStringLiteral("metadata"),
                  QJsonObject{ { QStringLiteral("op"), QStringLiteral("OR") },
                               { QStringLiteral("props"), QJsonObject{ { property, QJsonArray{ value } } } } } } } };
        const QString encoded =
                QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(conditions).toJson(QJsonDocument::Compact))));
        return m_http.get(ds(QStringLiteral("data-annotations/samples?limit=%1&search_conditions=%2").arg(limit).arg(encoded)), m_token)
                .json();
    }

private slots:
    void init()
    {
        setUp();
        // The demo's 5 shapes, 12 images each, 2 of each labeled: 50 to group.
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("more")), QStringLiteral("many"), 12, 2);
        QVERIFY(!m_dataset.isEmpty());
    }
    void cleanup() { tearDown(); }

    void refusesWhatTheContractRefuses()
    {
        for (const QJsonValue &n :
             { QJsonValue(1), QJsonValue(201), QJsonValue(QStringLiteral("abc")), QJsonValue(2.5), QJsonValue(QStringLiteral(" 3")) }) {
            const HttpResult r = createGrouping(n);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("ModelArts.0104"));
        }
        const HttpResult tooMany = createGrouping(kToGroup + 1);
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("ModelArts.4622"));
        for (const QString &property :
             { QString(), QStringLiteral("a=b"), QStringLiteral("@modelarts:size"), QString(65, QLatin1Char('x')) }) {
            const HttpResult r = createGrouping(QStringLiteral("3"), property);
            QCOMPARE(r.status, 400);
            QVERIFY2(r.json().value(QStringLiteral("error_msg")).toString().contains(QStringLiteral("property")), r.body.constData());
        }
        QJsonObject obs = groupingConfig(3);
        obs.insert(QStringLiteral("result_type"), 0);
        const HttpResult toObs =
                create(QJsonObject{ { QStringLiteral("task_type"), QStringLiteral("auto-grouping") }, { QStringLiteral("config"), obs } });
        QCOMPARE(toObs.status, 400);
        QVERIFY(toObs.json().value(QStringLiteral("error_msg")).toString().contains(QStringLiteral("OBS")));
    }

    void groupsGoToTheAttributeBySize()
    {
        const HttpResult created = createGrouping(QStringLiteral("3"));
        QCOMPARE(created.status, 200);
        const QString id = created.json().value(QStringLiteral("task_id")).toString();
        const QJsonObject done = waitForEnd(id);
        QCOMPARE(done.value(QStringLiteral("status")).toInt(), 3);
        QCOMPARE(done.value(QStringLiteral("code")).toString(), QStringLiteral("ModelArts.4962"));
        QCOMPARE(done.value(QStringLiteral("progress")).toDouble(), 100.0);
        QCOMPARE(done.value(QStringLiteral("export_type")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("result")).toObject().value(QStringLiteral("total_sample_count")).toInt(), kToGroup);
        QCOMPARE(done.value(QStringLiteral("config")).toObject().value(QStringLiteral("n_clusters")).toString(), QStringLiteral("3"));
        QVERIFY(!done.contains(QStringLiteral("events")));
        // Every group used, numbered by size; the labeled samples have no group.
        int total = 0, previous = INT_MAX;
        for (const QString &g : { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") }) {
            const QJsonObject page = groupPage(QStringLiteral("look"), g);
            const int count = page.value(QStringLiteral("sample_count")).toInt();
            QVERIFY(count > 0 && count <= previous);
            previous = count;
            total += count;
            for (const QJsonValue &s : page.value(QStringLiteral("samples")).toArray()) {
                const QJsonObject sample = s.toObject();
                QCOMPARE(sample.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("look")).toString(), g);
                QVERIFY(sample.value(QStringLiteral("labels")).toArray().isEmpty());
            }
        }
        QCOMPARE(total, kToGroup);
        const QJsonObject condition = m_http.get(ds(QStringLiteral("data-annotations/search-condition")), m_token).json();
        QCOMPARE(condition.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("look")).toArray(),
                 (QJsonArray{ QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") }));
        QCOMPARE(condition.value(QStringLiteral("labels")).toArray().size(), 5);
        const QJsonObject stats = m_http.get(ds(QStringLiteral("data-annotations/stats")), m_token).json();
        QCOMPARE(stats.value(QStringLiteral("metadata_stats"))
                         .toObject()
                         .value(QStringLiteral("look"))
                         .toObject()
                         .value(QStringLiteral("0"))
                         .toInt(),
                 groupPage(QStringLiteral("look"), QStringLiteral("0")).value(QStringLiteral("sample_count")).toInt());
        // Listed with the grouping tasks only; the 2021 form groups again, replacing the values.
        const QJsonArray grouping =
                m_http.get(ds(QStringLiteral("tasks?type=auto-grouping")), m_token).json().value(QStringLiteral("tasks")).toArray();
        QCOMPARE(grouping.size(), 1);
        QCOMPARE(grouping.first().toObject().value(QStringLiteral("type")).toInt(), 2);
        QVERIFY(m_http.get(ds(QStringLiteral("tasks")), m_token).json().value(QStringLiteral("tasks")).toArray().isEmpty());
        QJsonObject legacy = groupingConfig(2);
        legacy.remove(QStringLiteral("result_type"));
        const HttpResult again = create(
                QJsonObject{ { QStringLiteral("type"), 2 }, { QStringLiteral("export_type"), 1 }, { QStringLiteral("config"), legacy } });
        QCOMPARE(again.status, 200);
        QCOMPARE(waitForEnd(again.json().value(QStringLiteral("task_id")).toString()).value(QStringLiteral("status")).toInt(), 3);
        QCOMPARE(groupPage(QStringLiteral("look"), QStringLiteral("2")).value(QStringLiteral("sample_count")).toInt(), 0);
        QCOMPARE(groupPage(QStringLiteral("look"), QStringLiteral("0")).value(QStringLiteral("sample_count")).toInt()
                         + groupPage(QStringLiteral("look"), QStringLiteral("1")).value(QStringLiteral("sample_count")).toInt(),
                 kToGroup);
    }

    void oneRunsAtATimeStopsAndFailsOnARestart()
    {
        // Tasks that last 5 s: watched, stopped, interrupted.
        m_server.reset();
        TaskOptions slow;
        slow.minStageMs = 5000;
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")), slow);
        QVERIFY(m_server->start(ServiceFixture::config()));
        const QString first = createGrouping(3).json().value(QStringLiteral("task_id")).toString();
        QVERIFY(!first.isEmpty());
        const HttpResult second = createGrouping(4);
        QCOMPARE(second.status, 400);
        QCOMPARE(second.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("ModelArts.4964"));
        QCOMPARE(m_http.withToken("POST", ds(QStringLiteral("tasks/%1/stop").arg(first)), m_token).status, 204);
        const QJsonObject stopped = waitForEnd(first);
        QCOMPARE(stopped.value(QStringLiteral("status")).toInt(), 5); // stopped, not failed
        QVERIFY(m_http.get(ds(QStringLiteral("data-annotations/search-condition")), m_token)
                        .json()
                        .value(QStringLiteral("metadata"))
                        .toObject()
                        .isEmpty());
        // The service stops while one runs: after the restart it is failed (4963), nothing written.
        const QString third = createGrouping(3).json().value(QStringLiteral("task_id")).toString();
        QVERIFY(!third.isEmpty());
        QVERIFY(m_server->restart());
        const QJsonObject failed = task(third);
        QCOMPARE(failed.value(QStringLiteral("status")).toInt(), 2);
        QCOMPARE(failed.value(QStringLiteral("error_code")).toString(), QStringLiteral("ModelArts.4963"));
        QCOMPARE(groupPage(QStringLiteral("look"), QStringLiteral("0")).value(QStringLiteral("sample_count")).toInt(), 0);
    }

    void aBadSearchConditionIsRefused()
    {
        for (const char *bad : { R"([{"metadata":{"op":"XOR","props":{"a":["1"]}}}])", R"([{"metadata":{"props":{}}}])",
                                 R"([{"metadata":{"props":{"a":[{}]}}}])", R"([{"hard":"1"}])", "[]", "{" }) {
            const HttpResult r = m_http.get(ds(QStringLiteral("data-annotations/samples?search_conditions=")
                                               + QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(bad)))),
                                            m_token);
            QVERIFY2(r.status == 400, bad);
        }
    }
};

QTEST_MAIN(tst_Grouping)
#include "tst_grouping.moc"
