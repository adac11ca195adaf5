#include "api/ApiTransport.h"
#include "api/IamAuthenticator.h"
#include "api/ModelArtsClient.h"
#include "support/LocalClient.h"
#include "support/ScriptedServer.h"
#include "support/TestServer.h"
#include "json/JsonCodec.h"

#include <QProcess>
#include <QStandardPaths>
#include <QThread>

// The client against modelarts-local over real HTTP: every call, each error class, token expiry and
// renewal, TLS.
class tst_ModelArtsClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<LocalClient> m_local;
    ApiTransport *m_transport = nullptr;
    IamAuthenticator *m_iam = nullptr;
    ModelArtsClient *m_client = nullptr;
    qint64 m_serverClockOffset = 0;
    QString m_dataset;

    template<typename T, typename Call>
    Result<T> wait(Call call)
    {
        std::optional<Result<T>> out;
        call([&out](const Result<T> &r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 60000); }();
        return out.value_or(Result<T>{});
    }

    void connectClient(const QUrl &base)
    {
        m_local = std::make_unique<LocalClient>(base);
        m_transport = m_local->transport.get();
        m_iam = m_local->iam.get();
        m_client = m_local->client.get();
    }

    bool login(const QString &password = QStringLiteral("password-123"))
    {
        QSignalSpy ok(m_iam, &IamAuthenticator::loggedIn);
        QSignalSpy failed(m_iam, &IamAuthenticator::loginFailed);
        m_iam->login(PasswordCredentials{ QStringLiteral("acme"), QStringLiteral("alice"), password, QStringLiteral("local") });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(ok.size() + failed.size() > 0, 20000); }();
        return ok.size() == 1;
    }

private slots:
    void init()
    {
        m_serverClockOffset = 0;
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        ServiceConfig config;
        config.nowMs = [this] { return QDateTime::currentMSecsSinceEpoch() + m_serverClockOffset; };
        QVERIFY(m_server->start(config));
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 52, 5);
        QVERIFY(!m_dataset.isEmpty());
        connectClient(m_server->base());
        QVERIFY(login());
    }
    void cleanup()
    {
        m_client = nullptr;
        m_iam = nullptr;
        m_transport = nullptr;
        m_local.reset();
        m_server.reset();
        m_dir.reset();
    }

    void loginGivesAProjectScopedToken()
    {
        QVERIFY(m_iam->isLoggedIn());
        QCOMPARE(m_iam->token().projectName, QStringLiteral("local"));
        QCOMPARE(m_iam->projectId().size(), 32);
        QVERIFY(m_iam->token().expiresAtMs > QDateTime::currentMSecsSinceEpoch() + 23 * 3600 * 1000LL);
        QCOMPARE(m_client->projectId(), m_iam->projectId());
    }

    void wrongPasswordFailsWithIamsMessage()
    {
        connectClient(m_server->base());
        QSignalSpy failed(m_iam, &IamAuthenticator::loginFailed);
        m_iam->login(
                PasswordCredentials{ QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("nope"), QStringLiteral("local") });
        QVERIFY(failed.wait(20000));
        const ApiError e = failed.first().first().value<ApiError>();
        QCOMPARE(e.kind, ApiError::Kind::Auth);
        QCOMPARE(e.httpStatus, 401);
        QVERIFY(e.message.contains(QStringLiteral("username or password")));
        QVERIFY(!m_iam->isLoggedIn());
    }

    void datasetsDetailsStatsAndSamples()
    {
        const auto list = wait<QList<Dataset>>([&](auto done) { m_client->listDatasets({}, this, done); });
        QVERIFY2(list.ok(), qPrintable(list.error.toString()));
        QCOMPARE(list.value->size(), 1);
        QCOMPARE(list.value->first().totalSamples, qint64(260));

        const auto d = wait<Dataset>([&](auto done) { m_client->dataset(m_dataset, this, done); });
        QVERIFY(d.ok());
        QCOMPARE(d.value->labels.size(), 5);

        const auto stats = wait<DatasetStats>([&](auto done) { m_client->stats(m_dataset, this, done); });
        QVERIFY(stats.ok());
        QCOMPARE(stats.value->unlabeled(), qint64(235));

        const auto page = wait<SamplePage>([&](auto done) {
            m_client->samples(m_dataset, { QStringLiteral("__ALL__"), {}, 1, 10, {}, {} }, this, done);
        });
        QVERIFY(page.ok());
        QCOMPARE(page.value->total, qint64(25));
        QCOMPARE(page.value->samples.size(), 10);

        // Every unlabeled sample over three pages, in the service's order.
        const auto all = wait<QList<Sample>>([&](auto done) { m_client->allSamples(m_dataset, QStringLiteral("__NONE__"), this, done); });
        QVERIFY(all.ok());
        QCOMPARE(all.value->size(), 235);
        QSet<QString> ids;
        for (const Sample &s : *all.value)
            ids.insert(s.id);
        QCOMPARE(ids.size(), 235);
        const auto first = wait<SamplePage>([&](auto done) {
            m_client->samples(m_dataset, { QStringLiteral("__NONE__"), {}, 2, 100, {}, {} }, this, done);
        });
        QCOMPARE(all.value->at(200).id, first.value->samples.first().id);
    }

    void serviceErrorsCarryTheirCodes()
    {
        const auto missing = wait<Dataset>([&](auto done) { m_client->dataset(QStringLiteral("NoSuchDataset"), this, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error.kind, ApiError::Kind::Service);
        QCOMPARE(missing.error.code, QStringLiteral("ModelArts.4352"));
        QCOMPARE(missing.error.httpStatus, 400);
        QCOMPARE(missing.error.requestId.size(), 32);
        const auto noTask = wait<TaskInfo>([&](auto done) { m_client->task(m_dataset, QStringLiteral("nope"), this, done); });
        QCOMPARE(noTask.error.code, QStringLiteral("ModelArts.4700"));
    }

    void taskLifecycleAutoAnnotationsAndConfirmation()
    {
        const auto created = wait<QString>([&](auto done) { m_client->createTask(m_dataset, {}, this, done); });
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        const auto again = wait<QString>([&](auto done) { m_client->createTask(m_dataset, {}, this, done); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error.code, QStringLiteral("ModelArts.4386"));
        QCOMPARE(again.error.httpStatus, 501);

        TaskInfo info;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const auto t =
                                             wait<TaskInfo>([&](auto done) { m_client->task(m_dataset, *created.value, this, done); });
                                     info = t.value.value_or(TaskInfo{});
                                     return info.isTerminal();
                                 }()),
                                 60000);
        QCOMPARE(info.status, TaskStatus::Succeeded);
        QCOMPARE(info.taskId, *created.value);
        QCOMPARE(info.unconfirmedSamples, qint64(235));
        QCOMPARE(info.events.size(), 5);
        const auto tasks = wait<QList<TaskInfo>>([&](auto done) { m_client->listTasks(m_dataset, this, done); });
        QCOMPARE(tasks.value->size(), 1);
        QCOMPARE(tasks.value->first().taskId, *created.value);

        // All pages, bounded parallelism, in order: ascending scores across page boundaries.
        QList<qint64> pageSizes;
        ModelArtsClient::AutoQuery query;
        const auto all = wait<QList<Sample>>([&](auto done) {
            m_client->allAutoAnnotations(m_dataset, query, this, done, [&](const QList<Sample> &page, qint64 total) {
                QCOMPARE(total, qint64(235));
                pageSizes.append(page.size());
            });
        });
        QVERIFY(all.ok());
        QCOMPARE(all.value->size(), 235);
        QCOMPARE(pageSizes, (QList<qint64>{ 100, 100, 35 }));
        for (qsizetype i = 1; i < all.value->size(); ++i)
            QVERIFY(all.value->at(i).score().value() >= all.value->at(i - 1).score().value());
        query.hard = true;
        const auto hard = wait<QList<Sample>>([&](auto done) { m_client->allAutoAnnotations(m_dataset, query, this, done); });
        query.hard = false;
        const auto easy = wait<QList<Sample>>([&](auto done) { m_client->allAutoAnnotations(m_dataset, query, this, done); });
        QCOMPARE(hard.value->size() + easy.value->size(), 235);
        for (const Sample &s : *hard.value)
            QVERIFY(s.hard.hard && !s.hard.reasons.isEmpty());
        query.hard.reset();
        query.lowScore = 0.8;
        query.labelName = all.value->last().labelName();
        const auto filtered = wait<QList<Sample>>([&](auto done) { m_client->allAutoAnnotations(m_dataset, query, this, done); });
        QVERIFY(!filtered.value->isEmpty());
        for (const Sample &s : *filtered.value)
            QVERIFY(s.score().value() >= 0.8 && s.labelName() == query.labelName);

        // Confirm 150 (one request: chunks and their order are aLargeChunkRefusedGoesAgainSmaller's), one of
        // them with a label the dataset does not have.
        QList<SampleUpdate> updates;
        for (qsizetype i = 0; i < 150; ++i)
            updates.append(SampleUpdate{ all.value->at(i).id, all.value->at(i).labels, {} });
        updates[120].labels = { SampleLabel{ QStringLiteral("hexagon"), 0, {}, {}, {} } };
        QList<qint64> progress;
        const auto confirmed = wait<BatchUpdateResult>([&](auto done) {
            m_client->batchUpdate(m_dataset, updates, this, done, [&](qint64 sent, qint64 total) {
                QCOMPARE(total, qint64(150));
                progress.append(sent);
            });
        });
        QVERIFY(confirmed.ok());
        QCOMPARE(progress, QList<qint64>{ 150 });
        QCOMPARE(confirmed.value->outcomes.size(), 150);
        QCOMPARE(confirmed.value->succeeded(), qint64(149));
        QCOMPARE(confirmed.value->outcomes[120].sampleId, updates[120].sampleId);
        QCOMPARE(confirmed.value->outcomes[120].errorCode, QStringLiteral("ModelArts.4410"));
        const auto rest = wait<SamplePage>([&](auto done) { m_client->autoAnnotations(m_dataset, {}, this, done); });
        QCOMPARE(rest.value->total, qint64(235 - 149));
    }

    void stopATask()
    {
        // A slow service: every stage lasts 300 ms.
        m_server->stop();
        TaskOptions slow;
        slow.minStageMs = 300;
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")), slow);
        QVERIFY(m_server->start());
        connectClient(m_server->base());
        QVERIFY(login());
        const auto created = wait<QString>([&](auto done) { m_client->createTask(m_dataset, {}, this, done); });
        QVERIFY(created.ok());
        const auto stopped = wait<bool>([&](auto done) { m_client->stopTask(m_dataset, *created.value, this, done); });
        QVERIFY(stopped.ok());
        QTRY_COMPARE_WITH_TIMEOUT(wait<TaskInfo>([&](auto done) { m_client->task(m_dataset, *created.value, this, done); }).value->status,
                                  TaskStatus::Stopped, 5000);
    }

    void tokenRenewedBeforeItExpires()
    {
        QSignalSpy renewed(m_iam, &IamAuthenticator::tokenRenewed);
        const QByteArray before = m_iam->token().token;
        // Pretend 23 h 55 min have passed on the client: inside the 10-minute margin.
        m_iam->setClock([] { return QDateTime::currentMSecsSinceEpoch() + (23 * 60 + 55) * 60 * 1000LL; });
        const auto list = wait<QList<Dataset>>([&](auto done) { m_client->listDatasets({}, this, done); });
        QVERIFY(list.ok());
        QCOMPARE(renewed.size(), 1);
        QVERIFY(m_iam->token().token != before);
    }

    void tokenRefusedMidSessionIsRenewedOnce()
    {
        QSignalSpy renewed(m_iam, &IamAuthenticator::tokenRenewed);
        QSignalSpy expired(m_client, &ModelArtsClient::sessionExpired);
        // The service's clock moves a day on: it refuses the token (401) though the client thinks it valid.
        m_serverClockOffset = 25 * 3600 * 1000LL;
        const auto list = wait<QList<Dataset>>([&](auto done) { m_client->listDatasets({}, this, done); });
        QVERIFY2(list.ok(), qPrintable(list.error.toString()));
        QCOMPARE(renewed.size(), 1);
        QCOMPARE(expired.size(), 0);
    }

    void sessionExpiresWhenRenewalFails()
    {
        QSignalSpy expired(m_iam, &IamAuthenticator::sessionExpired);
        // The password changes elsewhere, and the token dies.
        QVERIFY(m_server->storage().identity().upsertUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("local"),
                                                          passwordhash::hash(QStringLiteral("another-password"), 1000)));
        m_serverClockOffset = 25 * 3600 * 1000LL;
        const auto list = wait<QList<Dataset>>([&](auto done) { m_client->listDatasets({}, this, done); });
        QVERIFY(!list.ok());
        QCOMPARE(list.error.kind, ApiError::Kind::Auth);
        QCOMPARE(expired.size(), 1);
        QVERIFY(!m_iam->isLoggedIn());
    }

    // The listing asks for both dataset versions and says which each is (modelarts-api.md 5.1): a new-version
    // dataset is there, marked as not supported by this workflow.
    void newVersionDatasetsAreListedAndMarked()
    {
        ScriptedServer service({ ScriptedServer::respond(
                200,
                R"({"total_number":2,"datasets":[{"dataset_id":"old1","dataset_name":"a","dataset_type":0,"dataset_version":"v1"},)"
                R"({"dataset_id":"new2","dataset_name":"b","dataset_type":0,"dataset_version":"v2"}]})") });
        ApiTransport transport;
        ModelArtsClient client(&transport, service.url({}));
        client.useAkSk(AkSkSigner("AK", "SK"), QStringLiteral("p"));
        std::optional<Result<QList<Dataset>>> out;
        client.listDatasets({}, this, [&](const Result<QList<Dataset>> &r) { out = r; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(out->ok());
        QVERIFY2(service.requests().first().contains("dataset_version=all"), service.requests().first().constData());
        QCOMPARE(out->value->size(), 2);
        QVERIFY(out->value->at(0).isWorkflowSupported());
        QVERIFY(out->value->at(1).isNewVersion());
        QVERIFY(!out->value->at(1).isWorkflowSupported());
    }

    void truncatedJsonIsADecodeErrorNotAnEmptyResult()
    {
        // A body cut short (its braces do not close).
        const QByteArray cut =
                QByteArrayLiteral("{\"total_number\":2,\"datasets\":[{\"dataset_id\":\"a\"},") + QByteArrayLiteral("{\"data");
        ScriptedServer broken({ ScriptedServer::respond(200, cut) });
        ApiTransport transport;
        ModelArtsClient client(&transport, broken.url({}));
        client.useAkSk(AkSkSigner("AK", "SK"), QStringLiteral("p"));
        std::optional<Result<QList<Dataset>>> out;
        client.listDatasets({}, this, [&](const Result<QList<Dataset>> &r) { out = r; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->error.kind, ApiError::Kind::Decode);
        QVERIFY2(out->error.message.contains(QStringLiteral("not valid JSON")), qPrintable(out->error.message));
        QVERIFY(out->error.message.contains(QStringLiteral("/v2/p/datasets")));
        QCOMPARE(broken.requests().size(), 1); // a decode error is not retried
    }

    void aPageParsedOffTheGuiThreadReportsADecodeErrorToo()
    {
        // The sample pages are parsed on a pool thread: a broken one still ends the listing with a
        // decode error naming the path, on the caller's thread.
        ScriptedServer broken({ ScriptedServer::respond(200, QByteArrayLiteral("{\"sample_count\":5,\"samples\":[{\"sample_id")) });
        ApiTransport transport;
        ModelArtsClient client(&transport, broken.url({}));
        client.useAkSk(AkSkSigner("AK", "SK"), QStringLiteral("p"));
        std::optional<Result<QList<Sample>>> out;
        int pages = 0;
        client.streamAutoAnnotations(
                QStringLiteral("D"), {}, this, [&](const QList<Sample> &, qint64) { ++pages; },
                [&](const Result<QList<Sample>> &r) {
                    QCOMPARE(QThread::currentThread(), thread());
                    out = r;
                });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(pages, 0);
        QCOMPARE(out->error.kind, ApiError::Kind::Decode);
        QVERIFY2(out->error.message.contains(QStringLiteral("/v2/p/datasets/D/auto-annotations/samples")), qPrintable(out->error.message));
    }

    void tlsIsVerifiedAndAnExtraCaCanBeTrusted()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed (scripts/install-deps installs it)");
        const QString cert = m_dir->filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir->filePath(QStringLiteral("key.pem"));
        QProcess gen;
        gen.start(openssl,
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1") });
        QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);
        m_server->stop();
        QVERIFY(m_server->start({}, cert, key));
        QCOMPARE(m_server->base().scheme(), QStringLiteral("https"));

        connectClient(m_server->base());
        QSignalSpy failed(m_iam, &IamAuthenticator::loginFailed);
        m_iam->login(PasswordCredentials{ QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"),
                                          QStringLiteral("local") });
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Tls);

        connectClient(m_server->base());
        QString error;
        QVERIFY2(m_transport->addCaCertificatesFromFile(cert, &error), qPrintable(error));
        QVERIFY(login());
        const auto list = wait<QList<Dataset>>([&](auto done) { m_client->listDatasets({}, this, done); });
        QVERIFY2(list.ok(), qPrintable(list.error.toString()));
    }
};

QTEST_GUILESS_MAIN(tst_ModelArtsClient)
#include "tst_modelartsclient.moc"
