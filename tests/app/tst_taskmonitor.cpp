#include "api/ApiTransport.h"
#include "api/ModelArtsClient.h"
#include "support/ScriptedServer.h"
#include "support/TestServer.h"
#include "workflow/TaskMonitor.h"

class tst_TaskMonitor : public QObject
{
    Q_OBJECT
private:
    static QByteArray seedTaskInfo(int status = 1)
    {
        QFile f(QStringLiteral(AUTOLABEL_TEST_DATA_DIR "/seed_task_info.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing seed_task_info.json");
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        o.insert(QStringLiteral("status"), status);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void followsATaskToItsEnd()
    {
        QTemporaryDir dir;
        TaskOptions slow;
        slow.minStageMs = 100;
        TestServer server(dir.filePath(QStringLiteral("data")), slow);
        QVERIFY(server.start());
        server.addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const QString dataset = server.importGenerated(dir.filePath(QStringLiteral("src")), QStringLiteral("shapes"), 7, 5);
        const auto user = server.storage().identity().userByName(QStringLiteral("acme"), QStringLiteral("alice"));
        QVERIFY(server.storage().identity().addAccessKey(
                AccessKeyRecord{ QStringLiteral("AKMONITOR0000000001"), "sk", user->id, user->project.id }));
        ApiTransport transport;
        ModelArtsClient client(&transport, server.base());
        client.useAkSk(AkSkSigner("AKMONITOR0000000001", "sk"), user->project.id);
        std::optional<Result<QString>> created;
        client.createTask(dataset, {}, this, [&](const Result<QString> &r) { created = r; });
        QTRY_VERIFY(created.has_value() && created->ok());

        TaskMonitor monitor(&client);
        monitor.setIntervals({ 50, 200, 1.5 });
        QSignalSpy updated(&monitor, &TaskMonitor::taskUpdated);
        QSignalSpy finished(&monitor, &TaskMonitor::taskFinished);
        monitor.watch(dataset, *created->value);
        QVERIFY(monitor.isWatching());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<TaskInfo>().status, TaskStatus::Succeeded);
        QVERIFY(!monitor.isWatching());
        QVERIFY2(updated.size() >= 4, qPrintable(QString::number(updated.size())));
        double last = -1;
        for (const auto &args : updated) {
            const double progress = args.first().value<TaskInfo>().progress;
            QVERIFY(progress >= last);
            last = progress;
        }
        QCOMPARE(monitor.last().taskId, *created->value);
    }

    void backsOffWhileNothingChanges()
    {
        ScriptedServer server({ ScriptedServer::respond(200, seedTaskInfo()) });
        ApiTransport transport;
        ModelArtsClient client(&transport, server.url({}));
        client.useAkSk(AkSkSigner("AK", "SK"), QStringLiteral("p"));
        TaskMonitor monitor(&client);
        monitor.setIntervals({ 20, 80, 2.0 });
        QSignalSpy updated(&monitor, &TaskMonitor::taskUpdated);
        monitor.watch(QStringLiteral("d"), QStringLiteral("t"));
        QTRY_COMPARE(monitor.currentIntervalMs(), 80);
        QVERIFY(updated.size() >= 3);
        QVERIFY(monitor.isWatching());
        monitor.stop();
        const auto polls = server.requests().size();
        QVERIFY(!monitor.isWatching());
        QCOMPARE(server.requests().size(), polls);
    }

    void survivesTransientErrorsAndStopsOnOthers()
    {
        ScriptedServer flaky({ ScriptedServer::respond(503, "{}"), ScriptedServer::respond(503, "{}"),
                               ScriptedServer::respond(200, seedTaskInfo(1)), ScriptedServer::respond(200, seedTaskInfo(3)) });
        ApiTransport transport;
        RetryPolicy once;
        once.maxAttempts = 1; // let the monitor see the errors
        transport.setPolicy(once);
        ModelArtsClient client(&transport, flaky.url({}));
        client.useAkSk(AkSkSigner("AK", "SK"), QStringLiteral("p"));
        TaskMonitor monitor(&client);
        monitor.setIntervals({ 20, 40, 1.5 });
        QSignalSpy failed(&monitor, &TaskMonitor::pollFailed);
        QSignalSpy finished(&monitor, &TaskMonitor::taskFinished);
        monitor.watch(QStringLiteral("d"), QStringLiteral("t"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 503);

        ScriptedServer gone({ ScriptedServer::respond(400, R"({"error_code":"ModelArts.4700","error_msg":"Task does not exist"})") });
        ModelArtsClient client2(&transport, gone.url({}));
        client2.useAkSk(AkSkSigner("AK", "SK"), QStringLiteral("p"));
        TaskMonitor monitor2(&client2);
        QSignalSpy watchFailed(&monitor2, &TaskMonitor::watchFailed);
        monitor2.watch(QStringLiteral("d"), QStringLiteral("t"));
        QVERIFY(watchFailed.wait(10000));
        QCOMPARE(watchFailed.first().first().value<ApiError>().code, QStringLiteral("ModelArts.4700"));
        QVERIFY(!monitor2.isWatching());
        QCOMPARE(gone.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_TaskMonitor)
#include "tst_taskmonitor.moc"
