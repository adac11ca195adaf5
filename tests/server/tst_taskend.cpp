#include "support/TestServer.h"

// A task's end is one fact, over real HTTP: its results and its final status are written in one
// transaction, so a failure between them leaves neither (no live results under a failed task); an end
// the database refuses (a full disk) still reads as failed with the reason, the next task can start once
// there is room, and logins and updates say that storage is full. Faults are injected with SQLite
// triggers (RAISE with SQLite's own "database or disk is full").
class tst_TaskEnd : public QObject
{
    Q_OBJECT
private:
    static inline const QString kFull = QStringLiteral("database or disk is full");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    QByteArray m_token;
    QString m_project;
    QString m_dataset;

    // A trigger of the connection that runs it (TEMP), or of the database file, which every connection
    // (each of the service's workers) sees.
    static QString refuse(const QString &name, const QString &when, const QString &table, const QString &message, bool temporary = true)
    {
        return QStringLiteral("CREATE %1 TRIGGER %2 %3 ON %4 BEGIN SELECT RAISE(FAIL, '%5'); END")
                .arg(temporary ? QStringLiteral("TEMP") : QString(), name, when, table, message);
    }
    void start(const QString &resultsSetup)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        TaskOptions options;
        options.resultsSetup = resultsSetup;
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")), options);
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        const auto l = m_http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_token = l.first;
        m_project = l.second;
        QVERIFY(!m_token.isEmpty());
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 12, 5);
        QVERIFY(!m_dataset.isEmpty());
    }
    QUrl ds(const QString &rest) const { return m_server->url(QStringLiteral("/v2/%1/datasets/%2/%3").arg(m_project, m_dataset, rest)); }
    QString createTask()
    {
        const HttpResult r = m_http.withToken("POST", ds(QStringLiteral("tasks")), m_token, R"({"task_type":"auto-label"})");
        return r.status == 200 ? r.json().value(QStringLiteral("task_id")).toString() : QString();
    }
    QJsonObject waitForEnd(const QString &taskId)
    {
        QJsonObject info;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((info = m_http.get(ds(QStringLiteral("tasks/") + taskId), m_token).json(),
                                      info.value(QStringLiteral("status")).toInt() >= 2),
                                     60000);
        }();
        return info;
    }
    qint64 autoCount()
    {
        return m_http.get(ds(QStringLiteral("auto-annotations/samples?limit=1")), m_token)
                .json()
                .value(QStringLiteral("sample_count"))
                .toInteger();
    }

private slots:
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void resultsAndTheEndAreOneTransaction()
    {
        // The results go in, then writing the end fails: neither may stay.
        start(refuse(QStringLiteral("no_end"), QStringLiteral("BEFORE UPDATE"), QStringLiteral("tasks"),
                     QStringLiteral("injected: the end cannot be written")));
        const QString taskId = createTask();
        QVERIFY(!taskId.isEmpty());
        const QJsonObject info = waitForEnd(taskId);
        QCOMPARE(info.value(QStringLiteral("status")).toInt(), 2); // failed
        QVERIFY2(info.value(QStringLiteral("error_msg")).toString().contains(QStringLiteral("results could not be stored")),
                 qPrintable(info.value(QStringLiteral("error_msg")).toString()));
        QCOMPARE(autoCount(), 0); // no live results under a failed task
        QCOMPARE(m_server->storage().annotations().countOfTask(taskId), 0);
    }

    void aFullDiskEndsTheTaskFailedAndTheNextCanStart()
    {
        start(refuse(QStringLiteral("full"), QStringLiteral("BEFORE INSERT"), QStringLiteral("auto_annotations"), kFull));
        // The service's own connections cannot write a task's state, a token or a label either.
        Database &db = m_server->storage().database();
        for (const auto &[name, when, table] :
             { std::tuple{ "full_tasks", "BEFORE UPDATE", "tasks" }, std::tuple{ "full_tokens", "BEFORE INSERT", "tokens" },
               std::tuple{ "full_labels", "BEFORE INSERT", "sample_labels" } })
            QVERIFY(db.execute(refuse(QString::fromLatin1(name), QString::fromLatin1(when), QString::fromLatin1(table), kFull, false), {}));
        const QString taskId = createTask();
        QVERIFY(!taskId.isEmpty());
        const QJsonObject info = waitForEnd(taskId); // not "running at 2 %" forever
        QCOMPARE(info.value(QStringLiteral("status")).toInt(), 2);
        QVERIFY2(info.value(QStringLiteral("error_msg")).toString().contains(QStringLiteral("storage is full")),
                 qPrintable(info.value(QStringLiteral("error_msg")).toString()));
        // A login and an update say what is wrong.
        const HttpResult login =
                m_http.loginRequest(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        QCOMPARE(login.status, 507); // Insufficient Storage: the service answered, a retry will not help
        QVERIFY2(login.json()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .contains(QStringLiteral("storage is full")),
                 login.body.constData());
        const QString sample = m_http.get(ds(QStringLiteral("data-annotations/samples?sample_state=__NONE__&limit=1")), m_token)
                                       .json()[QStringLiteral("samples")][0][QStringLiteral("sample_id")]
                                       .toString();
        const HttpResult update =
                m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token,
                                 QStringLiteral(R"({"samples":[{"sample_id":"%1","labels":[{"name":"star"}]}]})").arg(sample).toUtf8());
        QCOMPARE(update.status, 507);
        QVERIFY2(update.json().value(QStringLiteral("error_msg")).toString().contains(QStringLiteral("storage is full")),
                 update.body.constData());
        // Room again: the next task starts (not "a task exists"), and the first one's end is written.
        for (const char *name : { "full_tasks", "full_tokens", "full_labels" })
            QVERIFY(db.execute(QStringLiteral("DROP TRIGGER %1").arg(QString::fromLatin1(name)), {}));
        const QString next = createTask();
        QVERIFY(!next.isEmpty());
        QCOMPARE(m_server->storage().tasks().find(m_dataset, taskId)->status, 2);
    }
};

QTEST_GUILESS_MAIN(tst_TaskEnd)
#include "tst_taskend.moc"
