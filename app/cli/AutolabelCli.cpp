#include "cli/AutolabelCli.h"

#include "api/Endpoints.h"
#include "HardReasonCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace {

const char *const helpText = R"(Commands:
  datasets                         list the project's datasets
  check DATASET                    the five auto-labeling preconditions, each with its detail
  start DATASET [--algorithm fast|accurate] [--no-hard-examples] [--wait]
                                   start an auto-label task (with --wait: follow it to its end)
  status DATASET [TASK]            a task's progress and event tree (default: the newest task)
  samples DATASET [--hard|--not-hard] [--min-score X] [--max-score Y] [--label NAME]
                                   the auto-labeled samples awaiting confirmation
  confirm DATASET [--min-score X] [--skip-hard] [--label NAME] [--dry-run]
                                   confirm auto labels: per-label counts first, failures after
  stop DATASET TASK                stop a running task

DATASET is a dataset id, or its name where the name is unique.

Credentials come from the environment: AUTOLABEL_USER, AUTOLABEL_DOMAIN, AUTOLABEL_PASSWORD (or
--password-stdin), AUTOLABEL_PROJECT; or AUTOLABEL_AK, AUTOLABEL_SK, AUTOLABEL_PROJECT_ID.
Endpoints: --region ID (cn-north-4, cn-north-1, cn-east-3, cn-south-1, ap-southeast-1, ap-southeast-3),
or --iam-endpoint URL and --modelarts-endpoint URL (modelarts-local: both http://127.0.0.1:18080).

Exit codes: 0 ok; 1 done, but the answer is no (a precondition fails, the task failed or was stopped,
some samples were not confirmed); 2 usage; 3 authentication; 4 service error; 5 network, TLS or time-out.)";

QString statusName(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Queued: return QStringLiteral("queued");
    case TaskStatus::Initializing: return QStringLiteral("initializing");
    case TaskStatus::Running: return QStringLiteral("running");
    case TaskStatus::Failed: return QStringLiteral("failed");
    case TaskStatus::Succeeded: return QStringLiteral("succeeded");
    case TaskStatus::Stopping: return QStringLiteral("stopping");
    case TaskStatus::Stopped: return QStringLiteral("stopped");
    case TaskStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QJsonObject eventJson(const TaskEvent &e)
{
    QJsonObject o{ { QStringLiteral("name"), e.name }, { QStringLiteral("status"), e.status }, { QStringLiteral("level"), e.level },
                   { QStringLiteral("ordinal"), e.ordinal } };
    if (e.createTimeMs)
        o.insert(QStringLiteral("create_time"), *e.createTimeMs);
    if (e.elapsedSeconds)
        o.insert(QStringLiteral("elapsed_time"), *e.elapsedSeconds);
    if (!e.errorMessage.isEmpty())
        o.insert(QStringLiteral("error_message"), e.errorMessage);
    QJsonArray children;
    for (const TaskEvent &c : e.children)
        children.append(eventJson(c));
    if (!children.isEmpty())
        o.insert(QStringLiteral("events"), children);
    return o;
}

QJsonObject taskJson(const TaskInfo &t)
{
    QJsonArray events;
    for (const TaskEvent &e : t.events)
        events.append(eventJson(e));
    QJsonObject o{ { QStringLiteral("task_id"), t.taskId },
                   { QStringLiteral("status"), statusName(t.status) },
                   { QStringLiteral("status_code"), t.rawStatus },
                   { QStringLiteral("progress"), t.progress },
                   { QStringLiteral("code"), t.code },
                   { QStringLiteral("message"), t.message },
                   { QStringLiteral("elapsed_time"), t.elapsedSeconds },
                   { QStringLiteral("create_time"), t.createTime },
                   { QStringLiteral("unconfirmed_sample_count"), t.unconfirmedSamples },
                   { QStringLiteral("events"), events } };
    if (!t.errorMessage.isEmpty())
        o.insert(QStringLiteral("error_msg"), t.errorMessage);
    return o;
}

QJsonObject sampleJson(const Sample &s)
{
    QJsonArray reasons;
    for (int r : s.hard.reasons)
        reasons.append(r);
    QJsonObject o{ { QStringLiteral("sample_id"), s.id },
                   { QStringLiteral("name"), s.name },
                   { QStringLiteral("label"), s.labelName() },
                   { QStringLiteral("hard"), s.hard.hard },
                   { QStringLiteral("hard_coefficient"), s.hard.coefficient },
                   { QStringLiteral("hard_reasons"), reasons } };
    if (s.score())
        o.insert(QStringLiteral("score"), *s.score());
    return o;
}

} // namespace

AutolabelCli::AutolabelCli()
    : m_out(stdout)
    , m_err(stderr)
{
#ifdef Q_OS_UNIX
    m_stderrIsTerminal = ::isatty(STDERR_FILENO) != 0;
#elif defined(Q_OS_WIN)
    m_stderrIsTerminal = _isatty(_fileno(stderr)) != 0;
#endif
}

AutolabelCli::~AutolabelCli() = default;

int AutolabelCli::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(QStringLiteral("Auto-label image-classification datasets on Huawei Cloud ModelArts "
                                                      "(or modelarts-local), review and confirm the labels.\n\n")
                                       + QString::fromUtf8(helpText));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("datasets, check, start, status, samples, confirm or stop."));
    const QList<QCommandLineOption> options{
        { QStringLiteral("region"), QStringLiteral("Huawei Cloud region id: its IAM and ModelArts endpoints."), QStringLiteral("ID") },
        { QStringLiteral("iam-endpoint"), QStringLiteral("IAM endpoint URL."), QStringLiteral("URL") },
        { QStringLiteral("modelarts-endpoint"), QStringLiteral("ModelArts endpoint URL."), QStringLiteral("URL") },
        { QStringLiteral("ca-file"), QStringLiteral("Also trust the CA certificate(s) in FILE (a private endpoint)."), QStringLiteral("FILE") },
        { QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input.") },
        { QStringLiteral("json"), QStringLiteral("Machine-readable output (JSON) on standard output.") },
        { QStringLiteral("algorithm"), QStringLiteral("start: fast (default) or accurate."), QStringLiteral("NAME"), QStringLiteral("fast") },
        { QStringLiteral("no-hard-examples"), QStringLiteral("start: do not collect hard examples.") },
        { QStringLiteral("wait"), QStringLiteral("start: follow the task until it ends.") },
        { QStringLiteral("poll-interval"), QStringLiteral("start --wait: seconds between polls (default 2)."), QStringLiteral("S"), QStringLiteral("2") },
        { QStringLiteral("hard"), QStringLiteral("samples: only hard examples.") },
        { QStringLiteral("not-hard"), QStringLiteral("samples: no hard examples.") },
        { QStringLiteral("skip-hard"), QStringLiteral("confirm: leave hard examples for a person to review.") },
        { QStringLiteral("min-score"), QStringLiteral("samples, confirm: lowest score."), QStringLiteral("X") },
        { QStringLiteral("max-score"), QStringLiteral("samples: highest score."), QStringLiteral("Y") },
        { QStringLiteral("label"), QStringLiteral("samples, confirm: only this predicted label."), QStringLiteral("NAME") },
        { QStringLiteral("dry-run"), QStringLiteral("confirm: show what would be confirmed, change nothing.") },
    };
    m_parser.addOptions(options);
    if (!m_parser.parse(arguments)) {
        m_err << "autolabel: " << m_parser.errorText() << "\n";
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return Ok;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << "autolabel " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    const QStringList positional = m_parser.positionalArguments();
    m_command = positional.value(0);
    m_args = positional.mid(1);
    m_json = m_parser.isSet(QStringLiteral("json"));
    static const QMap<QString, QPair<int, int>> arity{ { QStringLiteral("datasets"), { 0, 0 } }, { QStringLiteral("check"), { 1, 1 } },
                                                       { QStringLiteral("start"), { 1, 1 } },    { QStringLiteral("status"), { 1, 2 } },
                                                       { QStringLiteral("samples"), { 1, 1 } },  { QStringLiteral("confirm"), { 1, 1 } },
                                                       { QStringLiteral("stop"), { 2, 2 } } };
    if (!arity.contains(m_command)) {
        m_err << "autolabel: " << (m_command.isEmpty() ? QStringLiteral("a command is needed") : QStringLiteral("unknown command: ") + m_command)
              << "\n\n" << m_parser.helpText();
        return Usage;
    }
    if (m_args.size() < arity[m_command].first || m_args.size() > arity[m_command].second) {
        m_err << "autolabel: wrong number of arguments for " << m_command << "\n";
        return Usage;
    }
    const QString algorithm = m_parser.value(QStringLiteral("algorithm"));
    if (algorithm != QLatin1String("fast") && algorithm != QLatin1String("accurate")) {
        m_err << "autolabel: --algorithm must be fast or accurate\n";
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("hard")) && m_parser.isSet(QStringLiteral("not-hard"))) {
        m_err << "autolabel: --hard and --not-hard exclude each other\n";
        return Usage;
    }
    bool scoresOk = true;
    autoQuery(&scoresOk);
    if (!scoresOk) {
        m_err << "autolabel: --min-score and --max-score must be numbers from 0 to 1, min <= max\n";
        return Usage;
    }

    // Endpoints.
    Endpoints endpoints;
    if (m_parser.isSet(QStringLiteral("region"))) {
        const auto preset = RegionPresets::forRegion(m_parser.value(QStringLiteral("region")));
        if (!preset) {
            m_err << "autolabel: unknown region " << m_parser.value(QStringLiteral("region")) << "\n";
            return Usage;
        }
        endpoints = *preset;
    }
    if (m_parser.isSet(QStringLiteral("iam-endpoint")))
        endpoints.iam = QUrl(m_parser.value(QStringLiteral("iam-endpoint")));
    if (m_parser.isSet(QStringLiteral("modelarts-endpoint")))
        endpoints.modelArts = QUrl(m_parser.value(QStringLiteral("modelarts-endpoint")));
    for (const QUrl &u : { endpoints.modelArts }) {
        if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) || u.host().isEmpty()) {
            m_err << "autolabel: give --region, or --modelarts-endpoint (and --iam-endpoint) as http(s) URLs\n";
            return Usage;
        }
    }
    if (m_parser.isSet(QStringLiteral("ca-file"))) {
        QString error;
        if (!m_transport.addCaCertificatesFromFile(m_parser.value(QStringLiteral("ca-file")), &error)) {
            m_err << "autolabel: " << error << "\n";
            return Usage;
        }
    }

    m_client = std::make_unique<ModelArtsClient>(&m_transport, endpoints.modelArts);
    const QByteArray ak = qgetenv("AUTOLABEL_AK");
    const QByteArray sk = qgetenv("AUTOLABEL_SK");
    if (!ak.isEmpty() || !sk.isEmpty()) {
        const QString projectId = qEnvironmentVariable("AUTOLABEL_PROJECT_ID");
        if (ak.isEmpty() || sk.isEmpty() || projectId.isEmpty()) {
            m_err << "autolabel: AK/SK authentication needs AUTOLABEL_AK, AUTOLABEL_SK and AUTOLABEL_PROJECT_ID\n";
            return Usage;
        }
        m_client->useAkSk(AkSkSigner(ak, sk), projectId);
        QTimer::singleShot(0, this, &AutolabelCli::start);
        return QCoreApplication::exec() == 0 ? m_exitCode : m_exitCode;
    }

    PasswordCredentials credentials{ qEnvironmentVariable("AUTOLABEL_DOMAIN"), qEnvironmentVariable("AUTOLABEL_USER"),
                                     qEnvironmentVariable("AUTOLABEL_PASSWORD"), qEnvironmentVariable("AUTOLABEL_PROJECT") };
    if (credentials.project.isEmpty())
        credentials.project = endpoints.project;
    if (m_parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        credentials.password = in.readLine();
    }
    if (credentials.domain.isEmpty())
        credentials.domain = credentials.user;
    if (credentials.user.isEmpty() || credentials.password.isEmpty() || credentials.project.isEmpty()) {
        m_err << "autolabel: set AUTOLABEL_USER, AUTOLABEL_DOMAIN, AUTOLABEL_PROJECT and AUTOLABEL_PASSWORD (or --password-stdin),\n"
                 "or AUTOLABEL_AK, AUTOLABEL_SK and AUTOLABEL_PROJECT_ID\n";
        return Usage;
    }
    if (!endpoints.iam.isValid() || endpoints.iam.host().isEmpty()) {
        m_err << "autolabel: give --region or --iam-endpoint for a password login\n";
        return Usage;
    }
    m_iam = std::make_unique<IamAuthenticator>(&m_transport, endpoints.iam);
    m_client->useToken(m_iam.get());
    connect(m_iam.get(), &IamAuthenticator::loggedIn, this, &AutolabelCli::start);
    connect(m_iam.get(), &IamAuthenticator::loginFailed, this, &AutolabelCli::failWith);
    m_iam->login(credentials);
    QCoreApplication::exec();
    return m_exitCode;
}

void AutolabelCli::finish(int code)
{
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

void AutolabelCli::failWith(const ApiError &error)
{
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{ { QStringLiteral("error"),
                                              QJsonObject{ { QStringLiteral("code"), error.code },
                                                           { QStringLiteral("message"), error.message },
                                                           { QStringLiteral("http_status"), error.httpStatus },
                                                           { QStringLiteral("request_id"), error.requestId } } } })
                        .toJson(QJsonDocument::Compact)
              << "\n";
    }
    m_err << "autolabel: " << error.toString() << "\n";
    switch (error.kind) {
    case ApiError::Kind::Auth:
    case ApiError::Kind::Forbidden:
        finish(Auth);
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Redirect:
        finish(Network);
        break;
    default:
        finish(Service);
        break;
    }
}

void AutolabelCli::start()
{
    if (m_command == QLatin1String("datasets")) {
        cmdDatasets();
        return;
    }
    resolveDataset(m_args.value(0), [this](const Dataset &d) {
        if (m_command == QLatin1String("check"))
            cmdCheck(d);
        else if (m_command == QLatin1String("start"))
            cmdStart(d);
        else if (m_command == QLatin1String("status"))
            cmdStatus(d, m_args.value(1));
        else if (m_command == QLatin1String("samples"))
            cmdSamples(d);
        else if (m_command == QLatin1String("confirm"))
            cmdConfirm(d);
        else if (m_command == QLatin1String("stop"))
            cmdStop(d, m_args.value(1));
    });
}

void AutolabelCli::resolveDataset(const QString &key, std::function<void(const Dataset &)> then)
{
    m_client->listDatasets({}, this, [this, key, then](const Result<QList<Dataset>> &r) {
        if (!r.ok()) {
            failWith(r.error);
            return;
        }
        QList<Dataset> byName;
        for (const Dataset &d : *r.value) {
            if (d.id == key) {
                then(d);
                return;
            }
            if (d.name == key)
                byName.append(d);
        }
        if (byName.size() == 1) {
            then(byName.first());
            return;
        }
        if (byName.isEmpty()) {
            m_err << "autolabel: no dataset with the id or name " << key << "\n";
        } else {
            m_err << "autolabel: several datasets are named " << key << "; use an id:";
            for (const Dataset &d : byName)
                m_err << " " << d.id;
            m_err << "\n";
        }
        finish(Usage);
    });
}

void AutolabelCli::cmdDatasets()
{
    m_client->listDatasets({}, this, [this](const Result<QList<Dataset>> &r) {
        if (!r.ok()) {
            failWith(r.error);
            return;
        }
        if (m_json) {
            QJsonArray list;
            for (const Dataset &d : *r.value) {
                QJsonArray labels;
                for (const Label &l : d.labels)
                    labels.append(l.name);
                list.append(QJsonObject{ { QStringLiteral("dataset_id"), d.id }, { QStringLiteral("name"), d.name },
                                         { QStringLiteral("type"), d.type }, { QStringLiteral("total"), d.totalSamples },
                                         { QStringLiteral("labeled"), d.annotatedSamples }, { QStringLiteral("unconfirmed"), d.unconfirmedSamples },
                                         { QStringLiteral("running_task"), d.existRunningTask }, { QStringLiteral("labels"), labels } });
            }
            m_out << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
        } else {
            m_out << QStringLiteral("%1  %2 %3 %4 %5  %6\n").arg(QStringLiteral("ID"), -19).arg(QStringLiteral("TOTAL"), 7)
                             .arg(QStringLiteral("LABELED"), 8).arg(QStringLiteral("TO CONFIRM"), 10).arg(QStringLiteral("RUNNING"), 7).arg(QStringLiteral("NAME"));
            for (const Dataset &d : *r.value) {
                m_out << QStringLiteral("%1  %2 %3 %4 %5  %6%7\n").arg(d.id, -19).arg(d.totalSamples, 7).arg(d.annotatedSamples, 8)
                                 .arg(d.unconfirmedSamples, 10).arg(d.existRunningTask ? QStringLiteral("yes") : QStringLiteral("no"), 7)
                                 .arg(d.name, d.isImageClassification() ? QString() : QStringLiteral(" (not image classification)"));
            }
        }
        finish(Ok);
    });
}

void AutolabelCli::cmdCheck(const Dataset &dataset)
{
    auto input = std::make_shared<Preconditions::Input>();
    input->dataset = dataset;
    m_client->stats(dataset.id, this, [this, input](const Result<DatasetStats> &stats) {
        if (!stats.ok()) {
            failWith(stats.error);
            return;
        }
        input->stats = *stats.value;
        m_client->allSamples(input->dataset.id, {}, this, [this, input](const Result<QList<Sample>> &samples) {
            if (!samples.ok()) {
                failWith(samples.error);
                return;
            }
            input->samples = *samples.value;
            m_client->listTasks(input->dataset.id, this, [this, input](const Result<QList<TaskInfo>> &tasks) {
                if (!tasks.ok()) {
                    failWith(tasks.error);
                    return;
                }
                input->tasks = *tasks.value;
                const QList<Preconditions::Check> checks = Preconditions::evaluate(*input);
                if (m_json) {
                    QJsonArray list;
                    for (const auto &c : checks)
                        list.append(QJsonObject{ { QStringLiteral("condition"), c.title }, { QStringLiteral("passed"), c.passed },
                                                 { QStringLiteral("detail"), c.detail }, { QStringLiteral("items"), QJsonArray::fromStringList(c.items) } });
                    m_out << QJsonDocument(QJsonObject{ { QStringLiteral("dataset_id"), input->dataset.id },
                                                        { QStringLiteral("ready"), Preconditions::allPassed(checks) },
                                                        { QStringLiteral("checks"), list } })
                                    .toJson(QJsonDocument::Compact)
                          << "\n";
                } else {
                    m_out << "dataset " << input->dataset.name << " (" << input->dataset.id << ")\n";
                    for (const auto &c : checks) {
                        m_out << (c.passed ? "  [ok]   " : "  [FAIL] ") << c.title << ": " << c.detail << "\n";
                        for (const QString &item : c.items)
                            m_out << "           - " << item << "\n";
                    }
                    m_out << (Preconditions::allPassed(checks) ? "ready to auto-label\n" : "not ready to auto-label\n");
                }
                finish(Preconditions::allPassed(checks) ? Ok : Negative);
            });
        });
    });
}

void AutolabelCli::cmdStart(const Dataset &dataset)
{
    ModelArtsClient::TaskOptions options;
    options.accurate = m_parser.value(QStringLiteral("algorithm")) == QLatin1String("accurate");
    options.collectHardExamples = !m_parser.isSet(QStringLiteral("no-hard-examples"));
    m_client->createTask(dataset.id, options, this, [this, dataset](const Result<QString> &r) {
        if (!r.ok()) {
            if (r.error.code == QLatin1String("ModelArts.4386"))
                m_err << "autolabel: a task already runs on this dataset; follow it with: autolabel status " << dataset.id << "\n";
            failWith(r.error);
            return;
        }
        if (!m_parser.isSet(QStringLiteral("wait"))) {
            if (m_json)
                m_out << QJsonDocument(QJsonObject{ { QStringLiteral("task_id"), *r.value } }).toJson(QJsonDocument::Compact) << "\n";
            else
                m_out << "task " << *r.value << " started on " << dataset.name << "\n";
            finish(Ok);
            return;
        }
        if (!m_json)
            m_err << "task " << *r.value << " started on " << dataset.name << "\n";
        waitForTask(dataset, *r.value);
    });
}

void AutolabelCli::waitForTask(const Dataset &dataset, const QString &taskId)
{
    m_monitor = std::make_unique<TaskMonitor>(m_client.get());
    const int interval = int(qMax(0.05, m_parser.value(QStringLiteral("poll-interval")).toDouble()) * 1000);
    m_monitor->setIntervals(TaskMonitor::Intervals{ interval, qMax(interval, 4 * interval), 1.5 });
    connect(m_monitor.get(), &TaskMonitor::taskUpdated, this, [this](const TaskInfo &t) {
        if (m_json)
            return;
        // The current stage: the deepest running event.
        QString stage;
        for (const TaskEvent &e : t.events) {
            if (e.status == QLatin1String("running")) {
                stage = e.name;
                for (const TaskEvent &c : e.children) {
                    if (c.status == QLatin1String("running"))
                        stage += QLatin1Char('/') + c.name;
                }
            }
        }
        if (m_stderrIsTerminal) {
            const int width = 30;
            const int filled = int(t.progress * width / 100.0);
            m_err << "\r[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
                  << QStringLiteral("%1%").arg(int(t.progress), 3) << "  " << QStringLiteral("%1").arg(stage, -32);
            if (t.isTerminal())
                m_err << "\n";
        } else {
            m_err << QStringLiteral("%1% %2 %3 %4\n").arg(int(t.progress)).arg(statusName(t.status), stage, t.code);
        }
        m_err.flush();
    });
    connect(m_monitor.get(), &TaskMonitor::pollFailed, this,
            [this](const ApiError &error) { m_err << "autolabel: " << error.toString() << " - trying again\n"; });
    connect(m_monitor.get(), &TaskMonitor::watchFailed, this, &AutolabelCli::failWith);
    connect(m_monitor.get(), &TaskMonitor::taskFinished, this, [this](const TaskInfo &t) {
        printTask(t);
        finish(t.status == TaskStatus::Succeeded ? Ok : Negative);
    });
    m_monitor->watch(dataset.id, taskId);
}

void AutolabelCli::printTask(const TaskInfo &t)
{
    if (m_json) {
        m_out << QJsonDocument(taskJson(t)).toJson(QJsonDocument::Compact) << "\n";
        return;
    }
    m_out << "task " << t.taskId << "  " << statusName(t.status) << "  " << t.progress << "%  " << t.code << " " << t.message.trimmed()
          << "\n";
    m_out << "created " << t.createTime << ", " << t.elapsedSeconds << " s";
    if (t.status == TaskStatus::Succeeded)
        m_out << ", " << t.unconfirmedSamples << " samples to confirm";
    m_out << "\n";
    if (!t.errorMessage.isEmpty())
        m_out << "error: " << t.errorCode << " " << t.errorMessage << "\n";
    std::function<void(const QList<TaskEvent> &, int)> tree = [&](const QList<TaskEvent> &events, int depth) {
        for (const TaskEvent &e : events) {
            const QString mark = e.status == QLatin1String("success") ? QStringLiteral("[ok]")
                    : e.status == QLatin1String("running")          ? QStringLiteral("[..]")
                    : e.status == QLatin1String("failed")           ? QStringLiteral("[!!]")
                                                                    : QStringLiteral("[  ]");
            m_out << QString(2 + 2 * depth, QLatin1Char(' ')) << mark << " " << QStringLiteral("%1").arg(e.name, -20 + 2 * depth);
            if (e.elapsedSeconds)
                m_out << " " << *e.elapsedSeconds << " s";
            if (!e.errorMessage.isEmpty())
                m_out << "  " << e.errorMessage;
            m_out << "\n";
            tree(e.children, depth + 1);
        }
    };
    tree(t.events, 0);
}

void AutolabelCli::cmdStatus(const Dataset &dataset, const QString &taskId)
{
    if (!taskId.isEmpty()) {
        m_client->task(dataset.id, taskId, this, [this](const Result<TaskInfo> &r) {
            if (!r.ok()) {
                failWith(r.error);
                return;
            }
            printTask(*r.value);
            finish(Ok);
        });
        return;
    }
    m_client->listTasks(dataset.id, this, [this, dataset](const Result<QList<TaskInfo>> &r) {
        if (!r.ok()) {
            failWith(r.error);
            return;
        }
        if (r.value->isEmpty()) {
            m_err << "autolabel: no task on " << dataset.name << "\n";
            finish(Negative);
            return;
        }
        cmdStatus(dataset, r.value->first().taskId);
    });
}

ModelArtsClient::AutoQuery AutolabelCli::autoQuery(bool *ok)
{
    ModelArtsClient::AutoQuery q;
    *ok = true;
    auto score = [&](const QString &name, double fallback) {
        if (!m_parser.isSet(name))
            return fallback;
        bool good = false;
        const double v = m_parser.value(name).toDouble(&good);
        if (!good || v < 0 || v > 1)
            *ok = false;
        return v;
    };
    q.lowScore = score(QStringLiteral("min-score"), 0);
    q.highScore = score(QStringLiteral("max-score"), 1);
    if (q.lowScore > q.highScore)
        *ok = false;
    q.labelName = m_parser.value(QStringLiteral("label"));
    if (m_parser.isSet(QStringLiteral("hard")))
        q.hard = true;
    if (m_parser.isSet(QStringLiteral("not-hard")) || m_parser.isSet(QStringLiteral("skip-hard")))
        q.hard = false;
    return q;
}

void AutolabelCli::cmdSamples(const Dataset &dataset)
{
    bool ok = true;
    m_client->allAutoAnnotations(dataset.id, autoQuery(&ok), this, [this](const Result<QList<Sample>> &r) {
        if (!r.ok()) {
            failWith(r.error);
            return;
        }
        if (m_json) {
            QJsonArray list;
            for (const Sample &s : *r.value)
                list.append(sampleJson(s));
            m_out << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
        } else {
            for (const Sample &s : *r.value) {
                QStringList reasons;
                for (int reason : s.hard.reasons)
                    reasons.append(QString::number(reason));
                m_out << s.id << "  " << QStringLiteral("%1").arg(s.labelName(), -12) << " "
                      << QString::number(s.score().value_or(0), 'f', 3) << "  " << (s.hard.hard ? QStringLiteral("hard ") : QStringLiteral("     "))
                      << QStringLiteral("%1").arg(reasons.join(QLatin1Char(',')), -8) << " " << s.name << "\n";
            }
            m_out << r.value->size() << " samples\n";
        }
        finish(Ok);
    });
}

void AutolabelCli::cmdConfirm(const Dataset &dataset)
{
    bool ok = true;
    m_client->allAutoAnnotations(dataset.id, autoQuery(&ok), this, [this, dataset](const Result<QList<Sample>> &r) {
        if (!r.ok()) {
            failWith(r.error);
            return;
        }
        QMap<QString, int> perLabel;
        QList<SampleUpdate> updates;
        for (const Sample &s : *r.value) {
            if (s.labels.isEmpty())
                continue;
            perLabel[s.labelName()] += 1;
            updates.append(SampleUpdate{ s.id, { s.labels.first() } });
        }
        const bool dryRun = m_parser.isSet(QStringLiteral("dry-run"));
        if (!m_json) {
            m_out << (dryRun ? "would confirm " : "confirming ") << updates.size() << " samples of " << dataset.name << ":\n";
            for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
                m_out << "  " << QStringLiteral("%1").arg(it.key(), -20) << " " << it.value() << "\n";
            m_out.flush();
        }
        if (dryRun || updates.isEmpty()) {
            if (m_json) {
                QJsonObject counts;
                for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
                    counts.insert(it.key(), it.value());
                m_out << QJsonDocument(QJsonObject{ { QStringLiteral("dry_run"), dryRun }, { QStringLiteral("per_label"), counts },
                                                    { QStringLiteral("samples"), qint64(updates.size()) } })
                                .toJson(QJsonDocument::Compact)
                      << "\n";
            }
            finish(Ok);
            return;
        }
        m_client->batchUpdate(
                dataset.id, updates, this,
                [this, perLabel](const Result<BatchUpdateResult> &result) {
                    if (!result.ok()) {
                        failWith(result.error);
                        return;
                    }
                    QJsonArray failures;
                    for (const SampleOutcome &o : result.value->outcomes) {
                        if (!o.ok)
                            failures.append(QJsonObject{ { QStringLiteral("sample_id"), o.sampleId }, { QStringLiteral("error_code"), o.errorCode },
                                                         { QStringLiteral("error_msg"), o.errorMessage } });
                    }
                    if (m_json) {
                        QJsonObject counts;
                        for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
                            counts.insert(it.key(), it.value());
                        m_out << QJsonDocument(QJsonObject{ { QStringLiteral("confirmed"), result.value->succeeded() },
                                                            { QStringLiteral("per_label"), counts },
                                                            { QStringLiteral("failures"), failures } })
                                        .toJson(QJsonDocument::Compact)
                              << "\n";
                    } else {
                        m_out << "confirmed " << result.value->succeeded() << " of " << result.value->outcomes.size() << "\n";
                        for (const QJsonValue &f : failures)
                            m_out << "  failed " << f[QStringLiteral("sample_id")].toString() << ": " << f[QStringLiteral("error_code")].toString()
                                  << " " << f[QStringLiteral("error_msg")].toString() << "\n";
                    }
                    finish(failures.isEmpty() ? Ok : Negative);
                },
                [this](qint64 sent, qint64 total) {
                    if (!m_json && m_stderrIsTerminal) {
                        m_err << "\rconfirmed " << sent << "/" << total;
                        if (sent == total)
                            m_err << "\n";
                        m_err.flush();
                    }
                });
    });
}

void AutolabelCli::cmdStop(const Dataset &dataset, const QString &taskId)
{
    m_client->stopTask(dataset.id, taskId, this, [this, taskId](const Result<bool> &r) {
        if (!r.ok()) {
            failWith(r.error);
            return;
        }
        if (m_json)
            m_out << QJsonDocument(QJsonObject{ { QStringLiteral("stopped"), taskId } }).toJson(QJsonDocument::Compact) << "\n";
        else
            m_out << "task " << taskId << " is stopping\n";
        finish(Ok);
    });
}
