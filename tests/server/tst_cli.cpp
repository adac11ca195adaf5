#include "importer/DemoImages.h"
#include "support/TestServer.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>

#include <csignal>
#include <memory>

// The modelarts-local executable, end to end: its commands, their errors, serve with SIGTERM and TLS.
class tst_Cli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(MODELARTS_LOCAL_BIN), args);
        if (!p.waitForStarted())
            return {};
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return Run{ p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QString data(const QString &name) const { return m_dir.filePath(name); }

    // Starts `serve`, returns its URL from the first line of standard output.
    QUrl startServe(QProcess &p, const QStringList &extra)
    {
        p.start(QStringLiteral(MODELARTS_LOCAL_BIN),
                QStringList{ QStringLiteral("serve"), QStringLiteral("--data-dir"), data(QStringLiteral("serve")),
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }
                        + extra);
        if (!p.waitForStarted())
            return {};
        QDeadlineTimer deadline(20000);
        while (!p.canReadLine() && !deadline.hasExpired())
            p.waitForReadyRead(int(deadline.remainingTime()));
        const QString line = QString::fromUtf8(p.readLine()).trimmed();
        if (!line.startsWith(QStringLiteral("listening on ")))
            return {};
        return QUrl(line.mid(13));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpForEveryCommand()
    {
        const Run top = run({ QStringLiteral("--help") });
        QCOMPARE(top.code, 0);
        for (const QString &command :
             { QStringLiteral("serve"), QStringLiteral("user add"), QStringLiteral("user unlock"), QStringLiteral("key add"),
               QStringLiteral("dataset import"), QStringLiteral("demo"), QStringLiteral("eval") })
            QVERIFY2(top.out.contains(command), qPrintable(command));
        for (const QStringList &args : { QStringList{ QStringLiteral("serve"), QStringLiteral("--help") },
                                         QStringList{ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help") },
                                         QStringList{ QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--help") },
                                         QStringList{ QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--help") },
                                         QStringList{ QStringLiteral("dataset"), QStringLiteral("import"), QStringLiteral("--help") },
                                         QStringList{ QStringLiteral("demo"), QStringLiteral("--help") },
                                         QStringList{ QStringLiteral("eval"), QStringLiteral("--help") } }) {
            const Run r = run(args);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("--data-dir")), qPrintable(args.join(QLatin1Char(' '))));
        }
        const Run unknown = run({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command")));
        QCOMPARE(run({}).code, 2);
    }

    void usersAndKeys()
    {
        const QString dir = data(QStringLiteral("users"));
        const Run noStdin = run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data-dir"), dir,
                                  QStringLiteral("--name"), QStringLiteral("alice"), QStringLiteral("--domain"), QStringLiteral("acme") });
        QCOMPARE(noStdin.code, 2);
        QVERIFY(noStdin.err.contains(QStringLiteral("--password-stdin")));
        const QStringList add{ QStringLiteral("user"),
                               QStringLiteral("add"),
                               QStringLiteral("--data-dir"),
                               dir,
                               QStringLiteral("--name"),
                               QStringLiteral("alice"),
                               QStringLiteral("--domain"),
                               QStringLiteral("acme"),
                               QStringLiteral("--password-stdin") };
        const Run shortPassword = run(add, "short\n");
        QCOMPARE(shortPassword.code, 2);
        QVERIFY(shortPassword.err.contains(QStringLiteral("at least 8")));
        const Run ok = run(add, "a-long-password\n");
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QStringLiteral("alice")));
        QVERIFY(!ok.out.contains(QStringLiteral("a-long-password")));

        const Run key = run({ QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--data-dir"), dir, QStringLiteral("--user"),
                              QStringLiteral("alice") });
        QCOMPARE(key.code, 0);
        QVERIFY(key.out.contains(QStringLiteral("AK ")));
        QVERIFY(key.out.contains(QStringLiteral("SK ")));
        QVERIFY(key.out.contains(QStringLiteral("project_id ")));
        const Run nobody = run({ QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--data-dir"), dir, QStringLiteral("--user"),
                                 QStringLiteral("zed") });
        QCOMPARE(nobody.code, 1);
        QVERIFY(nobody.err.contains(QStringLiteral("no user zed")));
        const Run noDir = run({ QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("alice") });
        QCOMPARE(noDir.code, 2);
        QVERIFY(noDir.err.contains(QStringLiteral("--data-dir is required")));
    }

    void importReportsCountsAndSkippedFiles()
    {
        QString error;
        const QString folder = data(QStringLiteral("import-src"));
        QVERIFY(demoimages::generate(folder, 4, 1, &error, 48, 32));
        QFile broken(folder + QStringLiteral("/circle/broken.jpg"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\xFF\xD8\xFF\xE0 not really");
        broken.close();
        const QStringList args{ QStringLiteral("dataset"),
                                QStringLiteral("import"),
                                QStringLiteral("--data-dir"),
                                data(QStringLiteral("import")),
                                QStringLiteral("--name"),
                                QStringLiteral("shapes"),
                                QStringLiteral("--from"),
                                folder,
                                QStringLiteral("--labeled-per-class"),
                                QStringLiteral("2") };
        const Run r = run(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("imported 20 images, 10 labeled in 5 classes, 10 unlabeled; skipped 1")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("broken.jpg")), qPrintable(r.err));
        const Run again = run(args);
        QVERIFY2(again.out.contains(QStringLiteral("20 already present")), qPrintable(again.out));

        const Run bad = run({ QStringLiteral("dataset"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                              data(QStringLiteral("import")), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--from"),
                              folder, QStringLiteral("--labeled-per-class"), QStringLiteral("many") });
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--labeled-per-class")));
    }

    void demoIsIdempotentAndEvalReports()
    {
        const QString dir = data(QStringLiteral("demo"));
        const Run first = run({ QStringLiteral("demo"), QStringLiteral("--data-dir"), dir });
        QCOMPARE(first.code, 0);
        QVERIFY(first.out.contains(QStringLiteral("demo-shapes")));
        QVERIFY(first.out.contains(QStringLiteral("user demo added")));
        const Run second = run({ QStringLiteral("demo"), QStringLiteral("--data-dir"), dir });
        QCOMPARE(second.code, 0);
        QVERIFY(!second.out.contains(QStringLiteral("added")));
        QVERIFY(!second.out.contains(QStringLiteral("demo-shapes:")));

        const Run eval = run(
                { QStringLiteral("eval"), QStringLiteral("--data-dir"), dir, QStringLiteral("--dataset"), QStringLiteral("demo-shapes") });
        QCOMPARE(eval.code, 0);
        QHash<QString, double> values;
        for (const QString &line : eval.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            values.insert(line.section(QLatin1Char(' '), 0, 0), line.section(QLatin1Char(' '), 1, 1).toDouble());
        QCOMPARE(values.value(QStringLiteral("samples")), 250.0);
        for (const QString &name : { QStringLiteral("accuracy"), QStringLiteral("hard_share"), QStringLiteral("error_rate_hard"),
                                     QStringLiteral("error_rate_not_hard") })
            QVERIFY2(values.contains(name), qPrintable(name));
        QVERIFY(values.value(QStringLiteral("accuracy")) > 0.5);
        const Run noTruth = run(
                { QStringLiteral("eval"), QStringLiteral("--data-dir"), dir, QStringLiteral("--dataset"), QStringLiteral("demo-rgba") });
        QCOMPARE(noTruth.code, 1);
        QVERIFY(noTruth.err.contains(QStringLiteral("no hidden ground truth")));
    }

    void serveAnswersAndExitsCleanlyOnSigterm()
    {
        QVERIFY(run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data-dir"), data(QStringLiteral("serve")),
                      QStringLiteral("--name"), QStringLiteral("alice"), QStringLiteral("--domain"), QStringLiteral("acme"),
                      QStringLiteral("--password-stdin") },
                    "password-123\n")
                        .code
                == 0);
        QProcess p;
        const QUrl url = startServe(p, {});
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        HttpClient http;
        const auto login = http.login(url, QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        QVERIFY(!login.first.isEmpty());
        // Five wrong passwords lock alice; `user unlock` clears the lock in the running service.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(http.loginRequest(url, QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("guess")).status, 401);
        QCOMPARE(http.loginRequest(url, QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")).status, 429);
        const QStringList unlock{ QStringLiteral("user"),        QStringLiteral("unlock"),   QStringLiteral("--data-dir"),
                                  data(QStringLiteral("serve")), QStringLiteral("--domain"), QStringLiteral("acme") };
        const Run unlocked = run(unlock + QStringList{ QStringLiteral("--name"), QStringLiteral("alice") });
        QCOMPARE(unlocked.code, 0);
        QVERIFY(unlocked.out.contains(QStringLiteral("unlocked")));
        QCOMPARE(http.loginRequest(url, QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")).status, 201);
        const Run nobody = run(unlock + QStringList{ QStringLiteral("--name"), QStringLiteral("zed") });
        QCOMPARE(nobody.code, 2);
        QVERIFY(nobody.err.contains(QStringLiteral("no user zed")));
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);

        const Run badListen = run({ QStringLiteral("serve"), QStringLiteral("--data-dir"), data(QStringLiteral("serve")),
                                    QStringLiteral("--listen"), QStringLiteral("nowhere") });
        QCOMPARE(badListen.code, 2);
        QVERIFY(badListen.err.contains(QStringLiteral("HOST:PORT")));
    }

    void aKillMidUpdateLeavesEachBatchWholeOrAbsent()
    {
        const QString dir = data(QStringLiteral("kill"));
        QString error;
        const QString folder = data(QStringLiteral("kill-src"));
        QVERIFY(demoimages::generate(folder, 20, 4, &error, 48, 32));
        QCOMPARE(run({ QStringLiteral("dataset"), QStringLiteral("import"), QStringLiteral("--data-dir"), dir, QStringLiteral("--name"),
                       QStringLiteral("shapes"), QStringLiteral("--from"), folder, QStringLiteral("--labeled-per-class"),
                       QStringLiteral("5") })
                         .code,
                 0);
        QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data-dir"), dir, QStringLiteral("--name"),
                       QStringLiteral("alice"), QStringLiteral("--domain"), QStringLiteral("acme"), QStringLiteral("--password-stdin") },
                     "password-123\n")
                         .code,
                 0);
        QProcess p;
        p.start(QStringLiteral(MODELARTS_LOCAL_BIN),
                { QStringLiteral("serve"), QStringLiteral("--data-dir"), dir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
        const QUrl base(QString::fromUtf8(p.readLine()).trimmed().mid(13));
        HttpClient http;
        const auto login = http.login(base, QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        QVERIFY(!login.first.isEmpty());
        QUrl list = base;
        list.setPath(QStringLiteral("/v2/%1/datasets").arg(login.second));
        const QString dataset = http.get(list, login.first)
                                        .json()[QStringLiteral("datasets")]
                                        .toArray()[0]
                                        .toObject()[QStringLiteral("dataset_id")]
                                        .toString();
        QUrl samplesUrl = base;
        samplesUrl.setPath(QStringLiteral("/v2/%1/datasets/%2/data-annotations/samples").arg(login.second, dataset));
        samplesUrl.setQuery(QStringLiteral("sample_state=__NONE__&limit=75"));
        const QJsonArray unlabeled = http.get(samplesUrl, login.first).json()[QStringLiteral("samples")].toArray();
        QCOMPARE(unlabeled.size(), 75);

        // Three groups of 25 samples; every batch relabels one whole group with one label.
        const QStringList labels = demoimages::classNames();
        QList<QStringList> groups(3);
        for (qsizetype i = 0; i < unlabeled.size(); ++i)
            groups[i % 3].append(unlabeled[i].toObject()[QStringLiteral("sample_id")].toString());
        QNetworkAccessManager nam;
        QUrl put = samplesUrl;
        put.setQuery(QString());
        int answered = 0;
        for (int i = 0; i < 300; ++i) {
            QJsonArray items;
            for (const QString &id : groups[i % 3])
                items.append(QJsonObject{
                        { QStringLiteral("sample_id"), id },
                        { QStringLiteral("labels"), QJsonArray{ QJsonObject{ { QStringLiteral("name"), labels[i % labels.size()] } } } } });
            QNetworkRequest request(put);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("X-Auth-Token", login.first);
            QNetworkReply *reply = nam.put(request, QJsonDocument(QJsonObject{ { QStringLiteral("samples"), items } }).toJson());
            connect(reply, &QNetworkReply::finished, reply, [reply, &answered] {
                if (reply->error() == QNetworkReply::NoError)
                    ++answered;
                reply->deleteLater();
            });
        }
        // Kill it hard while updates are being applied.
        QTRY_VERIFY_WITH_TIMEOUT(answered >= 20, 30000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(answered < 300);

        Storage storage(dir);
        QVERIFY2(storage.open(), qPrintable(storage.lastError()));
        for (const QStringList &group : std::as_const(groups)) {
            QSet<QString> seen;
            for (const QString &id : group) {
                const auto sample = storage.samples().find(dataset, id);
                QVERIFY(sample);
                seen.insert(sample->labels.isEmpty() ? QStringLiteral("<none>") : sample->labels.first().name);
            }
            QVERIFY2(seen.size() == 1, qPrintable(QStringList(seen.values()).join(QLatin1Char(','))));
        }
    }

    void tlsIsVerifiedByTheClient()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed (scripts/install-deps installs it)");
        const QString cert = data(QStringLiteral("cert.pem"));
        const QString key = data(QStringLiteral("key.pem"));
        QProcess gen;
        gen.start(openssl,
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1") });
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
        QVERIFY(run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data-dir"), data(QStringLiteral("serve")),
                      QStringLiteral("--name"), QStringLiteral("tls"), QStringLiteral("--domain"), QStringLiteral("acme"),
                      QStringLiteral("--password-stdin") },
                    "password-123\n")
                        .code
                == 0);
        QProcess p;
        const QUrl url = startServe(p, { QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key });
        QCOMPARE(url.scheme(), QStringLiteral("https"));

        QUrl tokens = url;
        tokens.setPath(QStringLiteral("/v3/auth/tokens"));
        const QByteArray body =
                R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"tls","password":"password-123","domain":{"name":"acme"}}}}}})";
        auto post = [&](const QSslConfiguration &ssl) {
            QNetworkAccessManager nam; // a fresh one: no connection or TLS session is shared between the two tries
            QNetworkRequest request(tokens);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setSslConfiguration(ssl);
            std::unique_ptr<QNetworkReply> reply(nam.post(request, body));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(), [](const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    qInfo() << "TLS error:" << e.errorString();
            });
            finished.wait(20000);
            return std::make_pair(reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        };
        // The system's CAs do not know this certificate: refused.
        const auto refused = post(QSslConfiguration::defaultConfiguration());
        QCOMPARE(refused.first, QNetworkReply::SslHandshakeFailedError);
        // Trusting its CA: accepted.
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(QSslCertificate::fromPath(cert));
        const auto accepted = post(trusting);
        QCOMPARE(accepted.first, QNetworkReply::NoError);
        QCOMPARE(accepted.second, 201);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
