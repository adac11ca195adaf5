#include "review/ReviewJournal.h"
#include "support/AutolabelRunner.h"
#include "support/ScriptedServer.h"
#include "support/TestServer.h"
#include "json/ManifestFormat.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <limits>

// The autolabel command line end to end against modelarts-local with a real dataset.
class tst_AutolabelCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    QString m_dataset;

    using Run = autolabelrunner::Run;
    Run run(const QStringList &args, const QProcessEnvironment &extra = {}, const QByteArray &input = {})
    {
        return autolabelrunner::run(m_server->base().toString(), args, extra, input);
    }
    Run runAt(const QString &base, const QStringList &args, const QProcessEnvironment &extra = {}, const QByteArray &input = {})
    {
        return autolabelrunner::run(base, args, extra, input);
    }

    // Image name -> label, as each export format holds them.
    static QHash<QString, QString> manifestLabels(const QString &path)
    {
        QHash<QString, QString> labels;
        QFile m(path);
        if (!m.open(QIODevice::ReadOnly))
            return labels;
        for (const QByteArray &line : m.readAll().split('\n')) {
            QString error;
            const auto e = line.isEmpty() ? std::nullopt : manifestformat::read(line, &error);
            if (e)
                labels.insert(e->source.section(QLatin1Char('/'), -1), e->annotations.value(0).name);
        }
        return labels;
    }
    static QHash<QString, QString> csvLabels(const QString &path, QByteArray *header)
    {
        QHash<QString, QString> labels;
        QFile c(path);
        if (!c.open(QIODevice::ReadOnly))
            return labels;
        const QList<QByteArray> rows = c.readAll().split('\n');
        *header = rows.first().trimmed();
        for (const QByteArray &row : rows.mid(1)) {
            const QStringList f = QString::fromUtf8(row.trimmed()).split(QLatin1Char(','));
            if (f.size() == 5)
                labels.insert(f[0].section(QLatin1Char('/'), -1), f[1]);
        }
        return labels;
    }
    static QHash<QString, QString> folderLabels(const QDir &tree)
    {
        QHash<QString, QString> labels;
        for (const QString &label : tree.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QString &file : QDir(tree.filePath(label)).entryList(QDir::Files))
                labels.insert(file, label);
        }
        return labels;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        TaskOptions options;
        options.minStageMs = 50;
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")), options);
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 12, 5);
        QVERIFY(!m_dataset.isEmpty());
    }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void theWholeWorkflow()
    {
        const Run datasets = run({ QStringLiteral("datasets") });
        QCOMPARE(datasets.code, 0);
        QVERIFY(datasets.out.contains(m_dataset));
        QVERIFY(datasets.out.contains(QStringLiteral("shapes")));

        const Run check = run({ QStringLiteral("check"), QStringLiteral("shapes") });
        QCOMPARE(check.code, 0);
        QCOMPARE(check.out.count(QStringLiteral("[ok]")), 5);
        QVERIFY(check.out.contains(QStringLiteral("ready to auto-label")));

        const Run start = run({ QStringLiteral("start"), QStringLiteral("shapes"), QStringLiteral("--wait"),
                                QStringLiteral("--poll-interval"), QStringLiteral("0.1") });
        QCOMPARE(start.code, 0);
        QVERIFY2(start.out.contains(QStringLiteral("succeeded")), qPrintable(start.out));
        QVERIFY(start.out.contains(QStringLiteral("jobstat_running")));
        QVERIFY(start.out.contains(QStringLiteral("35 samples to confirm")));
        // Not a terminal: plain progress lines on stderr, through the stages.
        QVERIFY2(start.err.contains(QStringLiteral("labeling/jobstat_running")), qPrintable(start.err));
        QVERIFY(start.err.contains(QStringLiteral("100% succeeded")));

        const Run status = run({ QStringLiteral("status"), m_dataset });
        QCOMPARE(status.code, 0);
        QVERIFY(status.out.contains(QStringLiteral("[ok] end")));

        const Run hard = run({ QStringLiteral("samples"), QStringLiteral("shapes"), QStringLiteral("--hard"), QStringLiteral("--json") });
        QCOMPARE(hard.code, 0);
        const QJsonArray hardList = QJsonDocument::fromJson(hard.out.toUtf8()).array();
        for (const QJsonValue &v : hardList)
            QVERIFY(v[QStringLiteral("hard")].toBool());
        const Run all = run({ QStringLiteral("samples"), QStringLiteral("shapes"), QStringLiteral("--json") });
        const QJsonArray allList = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(allList.size(), 35);

        const Run dry = run({ QStringLiteral("confirm"), QStringLiteral("shapes"), QStringLiteral("--skip-hard"),
                              QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QCOMPARE(dry.code, 0);
        const QJsonObject dryJson = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(dryJson[QStringLiteral("samples")].toInt(), int(allList.size() - hardList.size()));
        QCOMPARE(m_server->storage().datasets().counts(m_dataset).autoPending, qint64(35)); // nothing changed

        const Run confirm = run({ QStringLiteral("confirm"), QStringLiteral("shapes"), QStringLiteral("--skip-hard") });
        QCOMPARE(confirm.code, 0);
        QVERIFY2(confirm.out.contains(QStringLiteral("confirmed %1 of %1").arg(allList.size() - hardList.size())), qPrintable(confirm.out));
        QCOMPARE(m_server->storage().datasets().counts(m_dataset).autoPending, qint64(hardList.size()));
    }

    void publishVersionsAndExportTheConfirmedLabels()
    {
        QCOMPARE(run({ QStringLiteral("start"), QStringLiteral("shapes"), QStringLiteral("--wait"), QStringLiteral("--poll-interval"),
                       QStringLiteral("0.1") })
                         .code,
                 0);
        QCOMPARE(run({ QStringLiteral("confirm"), QStringLiteral("shapes") }).code, 0);
        // The confirmed labels as the service holds them: image name -> label.
        SampleQuery labeled;
        labeled.state = SampleState::Labeled;
        labeled.limit = 1000;
        QHash<QString, QString> expected;
        for (const SampleRecord &s : m_server->storage().samples().list(m_dataset, labeled))
            expected.insert(s.name, s.labels.value(0).name);
        QCOMPARE(qint64(expected.size()), m_server->storage().datasets().counts(m_dataset).total); // all confirmed

        const Run publish =
                run({ QStringLiteral("publish"), QStringLiteral("shapes"), QStringLiteral("--train-ratio"), QStringLiteral("0.8"),
                      QStringLiteral("--wait"), QStringLiteral("--poll-interval"), QStringLiteral("0.1"), QStringLiteral("--json") });
        QVERIFY2(publish.code == 0, qPrintable(publish.err));
        const QJsonObject version = QJsonDocument::fromJson(publish.out.toUtf8()).object();
        QCOMPARE(version[QStringLiteral("status")].toString(), QStringLiteral("normal"));
        QCOMPARE(version[QStringLiteral("annotated_sample_count")].toInt(), int(expected.size()));
        QCOMPARE(version[QStringLiteral("train_ratio")].toDouble(), 0.8);
        const Run versions = run({ QStringLiteral("versions"), QStringLiteral("shapes") });
        QCOMPARE(versions.code, 0);
        QVERIFY2(versions.out.startsWith(QStringLiteral("* V001")), qPrintable(versions.out));
        const Run duplicate =
                run({ QStringLiteral("publish"), QStringLiteral("shapes"), QStringLiteral("--name"), QStringLiteral("V001") });
        QCOMPARE(duplicate.code, 4);
        QVERIFY(duplicate.err.contains(QStringLiteral("ModelArts.4371")));

        // Each format holds exactly the confirmed labels.
        const QString out = m_dir->filePath(QStringLiteral("out"));
        for (const QString &format : { QStringLiteral("manifest"), QStringLiteral("csv"), QStringLiteral("folders") }) {
            const Run r = run({ QStringLiteral("export"), QStringLiteral("shapes"), QStringLiteral("--to"), out + QLatin1Char('/') + format,
                                QStringLiteral("--format"), format });
            QVERIFY2(r.code == 0, qPrintable(format + QLatin1Char(' ') + r.err));
        }
        QCOMPARE(manifestLabels(out + QStringLiteral("/manifest/shapes.manifest")), expected);
        QByteArray header;
        QCOMPARE(csvLabels(out + QStringLiteral("/csv/shapes.csv"), &header), expected);
        QCOMPARE(header, QByteArray("file,label,label_score,annotated_by,sample_time_utc"));
        const QDir tree(out + QStringLiteral("/folders"));
        QCOMPARE(folderLabels(tree), expected);
        QVERIFY(QImage(tree.filePath(expected.value(expected.keys().first()) + QLatin1Char('/') + expected.keys().first())).width() > 0);

        // Run again: what is complete is kept, nothing is downloaded twice.
        const Run again =
                run({ QStringLiteral("export"), QStringLiteral("shapes"), QStringLiteral("--to"), out + QStringLiteral("/folders"),
                      QStringLiteral("--format"), QStringLiteral("folders"), QStringLiteral("--json") });
        QCOMPARE(again.code, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object()[QStringLiteral("skipped")].toInt(), int(expected.size()));

        // Usage errors.
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("shapes") }).code, 2);
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("shapes"), QStringLiteral("--to"), out, QStringLiteral("--format"),
                       QStringLiteral("xml") })
                         .code,
                 2);
        QCOMPARE(run({ QStringLiteral("publish"), QStringLiteral("shapes"), QStringLiteral("--train-ratio"), QStringLiteral("1.5") }).code,
                 2);
    }

    // `delete` sends DeleteSamples: the samples leave the dataset; an unknown id is named and exits 1.
    void deleteRemovesSamplesAndNamesTheRefused()
    {
        SampleQuery query;
        query.limit = 2;
        const QList<SampleRecord> two = m_server->storage().samples().list(m_dataset, query);
        QCOMPARE(two.size(), 2);
        const qint64 before = m_server->storage().datasets().counts(m_dataset).total;
        const Run r = run({ QStringLiteral("delete"), QStringLiteral("shapes"), two[0].id, two[1].id,
                            QStringLiteral("ffffffffffffffffffffffffffffffff"), QStringLiteral("--json") });
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("deleted")].toInt(), 2);
        QCOMPARE(o[QStringLiteral("refused")].toArray().size(), 1);
        QCOMPARE(o[QStringLiteral("refused")].toArray()[0].toObject()[QStringLiteral("error_code")].toString(),
                 QStringLiteral("ModelArts.4420"));
        QCOMPARE(m_server->storage().datasets().counts(m_dataset).total, before - 2);
        QVERIFY(!m_server->storage().samples().find(m_dataset, two[0].id));
        const Run again = run({ QStringLiteral("delete"), QStringLiteral("shapes"), two[0].id });
        QCOMPARE(again.code, 0); // deleted before: no error
        QVERIFY2(again.out.contains(QStringLiteral("1 sample deleted")), qPrintable(again.out));
        QCOMPARE(run({ QStringLiteral("delete"), QStringLiteral("shapes") }).code, 2); // no sample named
    }

    void groupStartsFollowsAndCountsTheGroups()
    {
        const Run r = run({ QStringLiteral("group"), QStringLiteral("shapes"), QStringLiteral("--groups"), QStringLiteral("4"),
                            QStringLiteral("--property"), QStringLiteral("look"), QStringLiteral("--wait"), QStringLiteral("--json"),
                            QStringLiteral("--poll-interval"), QStringLiteral("0.05") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray groups = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("groups")].toArray();
        QCOMPARE(groups.size(), 4);
        qint64 total = 0, previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &g : groups) {
            const qint64 n = g[QStringLiteral("samples")].toInteger();
            QVERIFY(n > 0 && n <= previous); // numbered by size
            previous = n;
            total += n;
        }
        QCOMPARE(total, 35); // 5 shapes x 12 images, 5 of each labeled: the rest are grouped
        QCOMPARE(m_server->storage().attributes().counts(m_dataset).value(QStringLiteral("look")).size(), 4);
        QCOMPARE(run({ QStringLiteral("group"), QStringLiteral("shapes") }).code, 2); // how many groups?
        QCOMPARE(run({ QStringLiteral("group"), QStringLiteral("shapes"), QStringLiteral("--groups"), QStringLiteral("1") }).code, 2);
        const Run tooMany = run({ QStringLiteral("group"), QStringLiteral("shapes"), QStringLiteral("--groups"), QStringLiteral("36") });
        QCOMPARE(tooMany.code, 4); // the service refused it
        QVERIFY2(tooMany.err.contains(QStringLiteral("4622")), qPrintable(tooMany.err));
    }

    void checkExplainsFailures()
    {
        const QString few = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("few"), 6, 3);
        const Run r = run({ QStringLiteral("check"), few, QStringLiteral("--json") });
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("ready")].toBool(), false);
        QCOMPARE(o[QStringLiteral("checks")].toArray()[1].toObject()[QStringLiteral("passed")].toBool(), false);
        QCOMPARE(o[QStringLiteral("checks")].toArray()[1].toObject()[QStringLiteral("items")].toArray().size(), 5);
    }

    void exitCodes()
    {
        QCOMPARE(run({}).code, 2);
        QCOMPARE(run({ QStringLiteral("frobnicate") }).code, 2);
        QCOMPARE(run({ QStringLiteral("stop"), QStringLiteral("shapes") }).code, 2);
        QCOMPARE(run({ QStringLiteral("samples"), QStringLiteral("shapes"), QStringLiteral("--min-score"), QStringLiteral("2") }).code, 2);
        const Run unknown = run({ QStringLiteral("check"), QStringLiteral("no-such-dataset") });
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no dataset")));
        QProcessEnvironment wrong;
        wrong.insert(QStringLiteral("AUTOLABEL_PASSWORD"), QStringLiteral("wrong-password"));
        const Run auth = run({ QStringLiteral("datasets") }, wrong);
        QCOMPARE(auth.code, 3);
        QVERIFY(auth.err.contains(QStringLiteral("username or password")));
        QVERIFY(!auth.err.contains(QStringLiteral("wrong-password")));
        const Run service = run({ QStringLiteral("stop"), m_dataset, QStringLiteral("NoSuchTask") });
        QCOMPARE(service.code, 4);
        QVERIFY(service.err.contains(QStringLiteral("ModelArts.4700")));
        // Nothing listens on port 1: a network error (the last --iam-endpoint and --modelarts-endpoint count).
        const Run unreachable =
                run({ QStringLiteral("--iam-endpoint"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--modelarts-endpoint"),
                      QStringLiteral("http://127.0.0.1:1"), QStringLiteral("datasets") });
        QCOMPARE(unreachable.code, 5);
        // No credentials at all: a usage error that says what to set.
        QProcessEnvironment none;
        for (const char *key : { "AUTOLABEL_USER", "AUTOLABEL_DOMAIN", "AUTOLABEL_PASSWORD", "AUTOLABEL_PROJECT" })
            none.insert(QString::fromLatin1(key), QStringLiteral("<unset>"));
        const Run noCredentials = run({ QStringLiteral("datasets") }, none);
        QCOMPARE(noCredentials.code, 2);
        QVERIFY(noCredentials.err.contains(QStringLiteral("AUTOLABEL_USER")));
        const Run help = run({ QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
    }

    // The service's storage full (SQLite's own error, from a trigger every worker's connection sees): 507,
    // which is the service's answer (exit 4, the reason in --json), not a network fault retried (exit 5).
    void aFullStorageIsTheServicesAnswer()
    {
        QCOMPARE(run({ QStringLiteral("start"), QStringLiteral("shapes"), QStringLiteral("--wait"), QStringLiteral("--poll-interval"),
                       QStringLiteral("0.1") })
                         .code,
                 0);
        QVERIFY(m_server->storage().database().execute(
                QStringLiteral(
                        "CREATE TRIGGER full BEFORE INSERT ON sample_labels BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"),
                {}));
        const Run confirm = run({ QStringLiteral("confirm"), QStringLiteral("shapes"), QStringLiteral("--json") });
        QCOMPARE(confirm.code, 4);
        const QJsonObject out = QJsonDocument::fromJson(confirm.out.toUtf8()).object();
        QCOMPARE(out[QStringLiteral("confirmed")].toInt(), 0);
        QCOMPARE(out[QStringLiteral("error")][QStringLiteral("http_status")].toInt(), 507);
        QVERIFY2(out[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("storage is full")),
                 qPrintable(confirm.out));
        QCOMPARE(m_server->storage().datasets().counts(m_dataset).autoPending, qint64(35)); // nothing changed
    }

    // The worked example of tst_spotcheck: cat 300 samples, 9 of 10 checked right; dog 100, 10 of 10.
    void auditPrintsTheSpotCheckOfAJournal()
    {
        const QString path = m_dir->filePath(QStringLiteral("journals/review.sqlite"));
        {
            ReviewJournal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.setInfo({ QStringLiteral("http://127.0.0.1:1"), QStringLiteral("p"), QStringLiteral("D1"),
                                      QStringLiteral("pets"), QStringLiteral("T1") }));
            ReviewJournal::SpotCheck check;
            check.labels = { QStringLiteral("cat"), QStringLiteral("dog") };
            check.scope = QStringLiteral("undecided samples");
            check.plan.seed = 7;
            // One more drawn of dog (1-010), accepted in bulk: decided, no answer.
            check.plan.strata = { spotcheck::Stratum{ 0, 0, 1, 300, 10 }, spotcheck::Stratum{ 1, 0, 1, 100, 11 } };
            for (int s = 0; s < 2; ++s) {
                for (int i = 0; i < check.plan.strata[s].population; ++i) {
                    spotcheck::Member m{ QStringLiteral("%1-%2").arg(s).arg(i, 3, 10, QLatin1Char('0')), s, 0.5f, s, i };
                    if (i < 10)
                        m.answer = s == 0 && i == 0 ? spotcheck::Answer::Wrong : spotcheck::Answer::Right;
                    check.plan.members.append(m);
                }
            }
            QVERIFY(journal.saveSpotCheck(check));
            QVERIFY(journal.record({ { QStringLiteral("1-010"), Decision::accept() } }));
        }
        const Run json = run({ QStringLiteral("audit"), path, QStringLiteral("--json") });
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("dataset_name")).toString(), QStringLiteral("pets"));
        const QJsonObject overall = o.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("checked")).toInt(), 20);
        QCOMPARE(o.value(QStringLiteral("decided_without_answer")).toInt(), 1); // not evidence
        QVERIFY(qAbs(overall.value(QStringLiteral("precision")).toDouble() - 0.925) < 1e-9);
        QVERIFY(qAbs(overall.value(QStringLiteral("precision_low")).toDouble() - 0.6837853211820327) < 1e-9);
        QVERIFY(qAbs(overall.value(QStringLiteral("wrong")).toDouble() - 30) < 1e-9);
        const QJsonArray labels = o.value(QStringLiteral("labels")).toArray();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels[1].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("dog"));
        QCOMPARE(labels[1].toObject().value(QStringLiteral("estimate")).toObject().value(QStringLiteral("right")).toInt(), 10);
        const Run text = run({ QStringLiteral("audit"), m_dir->filePath(QStringLiteral("journals")) });
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("precision 92.5 % (95 %: 68.4 %-98.5 %), about 30 wrong of 400")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("dog: precision 100.0 %")));
        QVERIFY2(text.out.contains(QStringLiteral("1 drawn samples decided in bulk or by a threshold: not evidence")),
                 qPrintable(text.out));
        // No such journal: a usage error; a journal without a check: the answer is no.
        QCOMPARE(run({ QStringLiteral("audit"), m_dir->filePath(QStringLiteral("none.sqlite")) }).code, 2);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.sqlite")))); // not created by looking
        {
            ReviewJournal empty;
            QVERIFY(empty.open(m_dir->filePath(QStringLiteral("empty.sqlite"))));
        }
        const Run none = run({ QStringLiteral("audit"), m_dir->filePath(QStringLiteral("empty.sqlite")) });
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QStringLiteral("no spot-check")));
    }

    void passwordFromStdinAndAkSk()
    {
        QProcessEnvironment noPassword;
        noPassword.insert(QStringLiteral("AUTOLABEL_PASSWORD"), QStringLiteral("<unset>"));
        QCOMPARE(run({ QStringLiteral("datasets") }, noPassword).code, 2);
        const Run stdinRun = run({ QStringLiteral("datasets"), QStringLiteral("--password-stdin") }, noPassword, "password-123\n");
        QCOMPARE(stdinRun.code, 0);

        const auto user = m_server->storage().identity().userByName(QStringLiteral("acme"), QStringLiteral("alice"));
        QVERIFY(m_server->storage().identity().addAccessKey(
                AccessKeyRecord{ QStringLiteral("AKCLI00000000000001"), "cli-secret", user->id, user->project.id }));
        QProcessEnvironment ak;
        ak.insert(QStringLiteral("AUTOLABEL_AK"), QStringLiteral("AKCLI00000000000001"));
        ak.insert(QStringLiteral("AUTOLABEL_SK"), QStringLiteral("cli-secret"));
        ak.insert(QStringLiteral("AUTOLABEL_PROJECT_ID"), user->project.id);
        const Run viaAk = run({ QStringLiteral("datasets"), QStringLiteral("--json") }, ak);
        QCOMPARE(viaAk.code, 0);
        QCOMPARE(QJsonDocument::fromJson(viaAk.out.toUtf8()).array().size(), 1);
        ak.insert(QStringLiteral("AUTOLABEL_SK"), QStringLiteral("bad"));
        QCOMPARE(run({ QStringLiteral("datasets") }, ak).code, 3);
    }

    // A new-version (v2) dataset is listed, marked; no command works on it: no task, no confirmation.
    void aNewVersionDatasetIsNeverWorkedOn()
    {
        ScriptedServer service({ ScriptedServer::respond(
                200,
                R"({"total_number":1,"datasets":[{"dataset_id":"new2","dataset_name":"fresh","dataset_type":0,"dataset_version":"v2"}]})") });
        QProcessEnvironment ak;
        ak.insert(QStringLiteral("AUTOLABEL_AK"), QStringLiteral("AKCLI00000000000001"));
        ak.insert(QStringLiteral("AUTOLABEL_SK"), QStringLiteral("cli-secret"));
        ak.insert(QStringLiteral("AUTOLABEL_PROJECT_ID"), QStringLiteral("p"));
        const QString base = service.url({}).toString();
        const Run list = runAt(base, { QStringLiteral("datasets") }, ak);
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QStringLiteral("fresh (new version v2: not supported)")), qPrintable(list.out));
        for (const char *command : { "start", "confirm", "samples" }) {
            const Run r = runAt(base, { QString::fromLatin1(command), QStringLiteral("fresh") }, ak);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("new version (v2)")), qPrintable(r.err));
        }
        for (const QByteArray &request : service.requests())
            QVERIFY2(request.startsWith("GET ") && request.contains("/datasets?"), request.left(80).constData());
    }
};

QTEST_GUILESS_MAIN(tst_AutolabelCli)
#include "tst_autolabelcli.moc"
