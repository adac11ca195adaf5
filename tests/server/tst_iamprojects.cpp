#include "support/TestServer.h"

// GET /v3/projects?name= (IAM's KeystoneListProjects), as Huawei's SDKs call it to find the project id
// before their first request: the caller's project in IAM's shape, nothing for another name, 401 without
// credentials.
class tst_IamProjects : public QObject
{
    Q_OBJECT
private slots:
    void listsTheCallersProjectByName()
    {
        QTemporaryDir dir;
        TestServer server(dir.filePath(QStringLiteral("data")));
        QVERIFY(server.start());
        server.addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"), QStringLiteral("cn-north-4"));
        HttpClient http;
        const auto [token, projectId] = http.login(server.base(), QStringLiteral("acme"), QStringLiteral("alice"),
                                                   QStringLiteral("password-123"), QStringLiteral("cn-north-4"));
        QVERIFY(!token.isEmpty());

        const HttpResult found = http.get(server.url(QStringLiteral("/v3/projects?name=cn-north-4")), token);
        QCOMPARE(found.status, 200);
        const QJsonArray projects = found.json().value(QStringLiteral("projects")).toArray();
        QCOMPARE(projects.size(), 1);
        const QJsonObject p = projects.first().toObject();
        QCOMPARE(p.value(QStringLiteral("id")).toString(), projectId);
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("cn-north-4"));
        QVERIFY(!p.value(QStringLiteral("domain_id")).toString().isEmpty());
        QCOMPARE(p.value(QStringLiteral("enabled")).toBool(), true);
        QVERIFY(p.value(QStringLiteral("links")).toObject().value(QStringLiteral("self")).toString().endsWith(projectId));
        QVERIFY(found.json().value(QStringLiteral("links")).toObject().contains(QStringLiteral("next")));

        // Without a name: the same project; another name: none.
        QCOMPARE(http.get(server.url(QStringLiteral("/v3/projects")), token).json().value(QStringLiteral("projects")).toArray().size(), 1);
        QCOMPARE(http.get(server.url(QStringLiteral("/v3/projects?name=cn-east-3")), token)
                         .json()
                         .value(QStringLiteral("projects"))
                         .toArray()
                         .size(),
                 0);
        QCOMPARE(http.get(server.url(QStringLiteral("/v3/projects?name=cn-north-4"))).status, 401);
    }
};

QTEST_GUILESS_MAIN(tst_IamProjects)
#include "tst_iamprojects.moc"
