#include "cli/CliOptions.h"

#include "api/Endpoints.h"
#include "publish/LabelExporter.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

namespace {

const char *const helpText = R"(Commands:
  datasets                         list the project's datasets
  check DATASET                    the five auto-labeling preconditions, each with its detail
  start DATASET [--algorithm fast|accurate] [--no-hard-examples] [--wait]
                                   start an auto-label task (with --wait: follow it to its end)
  status DATASET [TASK]            a task's progress and event tree (default: the newest task)
  samples DATASET [--hard|--not-hard] [--min-score X] [--max-score Y] [--label NAME]
                                   the auto-labeled samples awaiting confirmation
  labels DATASET [--find TEXT]     the dataset's labels; with --find those that match TEXT, best first:
                                   a part of the name, a word's start, a Chinese name's pinyin or its
                                   initials (hmg finds 红玫瑰); exit 1 when none does
  confirm DATASET [--min-score X] [--skip-hard] [--label NAME] [--dry-run]
                                   confirm auto labels: per-label counts first, failures after
  stop DATASET TASK                stop a running task
  suspects DATASET [--top N]       the labeled samples whose label looks wrong, most suspect first, with
                                   the reasons (the labels of their look-alikes, a model trained without
                                   them, a duplicate with another label); a reason to look, not a verdict
  group DATASET --groups N [--property NAME] [--wait]
                                   ModelArts' auto grouping into N look-alike groups (2-200), each
                                   sample's group number in its attribute NAME (default group); with
                                   --wait: follow it and print each group's size
  publish DATASET [--name NAME] [--train-ratio R] [--keep-hard] [--wait]
                                   publish the confirmed labels as a dataset version (for training)
  versions DATASET                 the dataset's published versions, newest first (* current)
  export DATASET --to DIR [--format manifest|csv|folders]
                                   write the confirmed labels to DIR: a ModelArts manifest, a CSV, or
                                   one folder per label with the images; run again to resume
  delete DATASET SAMPLE... [--delete-source]
                                   delete samples (by id) from the dataset; with --delete-source
                                   their image files too
  audit [JOURNAL|DIR ...]          the spot-check estimate kept in review journals (default: the
                                   desktop app's); no login

DATASET is a dataset id, or its name where the name is unique.

Credentials come from the environment: AUTOLABEL_USER, AUTOLABEL_DOMAIN, AUTOLABEL_PASSWORD (or
--password-stdin), AUTOLABEL_PROJECT; or AUTOLABEL_AK, AUTOLABEL_SK, AUTOLABEL_PROJECT_ID.
Endpoints: --region ID (cn-north-4, cn-north-1, cn-east-3, cn-south-1, ap-southeast-1, ap-southeast-3),
or --iam-endpoint URL and --modelarts-endpoint URL (modelarts-local: both http://127.0.0.1:18080).

Exit codes: 0 ok; 1 done, but the answer is no (a precondition fails, the task failed or was stopped,
some samples were not confirmed or exported, a version ended in error); 2 usage; 3 authentication;
4 service error; 5 network, TLS or time-out; 6 a local file could not be written.)";

// The command's arity: (least, most) arguments.
const QMap<QString, QPair<int, int>> &arity()
{
    static const QMap<QString, QPair<int, int>> table{
        { QStringLiteral("datasets"), { 0, 0 } },  { QStringLiteral("check"), { 1, 1 } },    { QStringLiteral("start"), { 1, 1 } },
        { QStringLiteral("status"), { 1, 2 } },    { QStringLiteral("samples"), { 1, 1 } },  { QStringLiteral("labels"), { 1, 1 } },
        { QStringLiteral("confirm"), { 1, 1 } },   { QStringLiteral("stop"), { 2, 2 } },     { QStringLiteral("audit"), { 0, 1000 } },
        { QStringLiteral("publish"), { 1, 1 } },   { QStringLiteral("versions"), { 1, 1 } }, { QStringLiteral("export"), { 1, 1 } },
        { QStringLiteral("delete"), { 2, 1000 } }, { QStringLiteral("group"), { 1, 1 } },    { QStringLiteral("suspects"), { 1, 1 } }
    };
    return table;
}

// Why the option values do not fit together; empty when they do.
QString valueError(const QCommandLineParser &parser)
{
    const QString algorithm = parser.value(QStringLiteral("algorithm"));
    if (algorithm != QLatin1String("fast") && algorithm != QLatin1String("accurate"))
        return QStringLiteral("--algorithm must be fast or accurate");
    if (parser.isSet(QStringLiteral("hard")) && parser.isSet(QStringLiteral("not-hard")))
        return QStringLiteral("--hard and --not-hard exclude each other");
    if (parser.isSet(QStringLiteral("train-ratio"))) {
        bool ok = false;
        const double ratio = parser.value(QStringLiteral("train-ratio")).toDouble(&ok);
        if (!ok || ratio < 0 || ratio > 1)
            return QStringLiteral("--train-ratio must be a number from 0 to 1 (the training share, e.g. 0.8)");
    }
    if (parser.isSet(QStringLiteral("name"))) {
        static const QRegularExpression versionName(QStringLiteral("^[\\w-]{1,32}$"), QRegularExpression::UseUnicodePropertiesOption);
        if (!versionName.match(parser.value(QStringLiteral("name"))).hasMatch())
            return QStringLiteral("--name must be 1 to 32 letters, digits, _ or -");
    }
    if (!LabelExporter::formatFrom(parser.value(QStringLiteral("format"))))
        return QStringLiteral("--format must be manifest, csv or folders");
    bool scoresOk = true;
    clioptions::autoQuery(parser, &scoresOk);
    if (!scoresOk)
        return QStringLiteral("--min-score and --max-score must be numbers from 0 to 1, min <= max");
    return {};
}

// The endpoints of --region and the endpoint options, or nullopt with the reason.
std::optional<Endpoints> endpointsOf(const QCommandLineParser &parser, QString *error)
{
    Endpoints endpoints;
    if (parser.isSet(QStringLiteral("region"))) {
        const auto preset = RegionPresets::forRegion(parser.value(QStringLiteral("region")));
        if (!preset) {
            *error = QStringLiteral("unknown region ") + parser.value(QStringLiteral("region"));
            return std::nullopt;
        }
        endpoints = *preset;
    }
    if (parser.isSet(QStringLiteral("iam-endpoint")))
        endpoints.iam = QUrl(parser.value(QStringLiteral("iam-endpoint")));
    if (parser.isSet(QStringLiteral("modelarts-endpoint")))
        endpoints.modelArts = QUrl(parser.value(QStringLiteral("modelarts-endpoint")));
    const QUrl &u = endpoints.modelArts;
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) || u.host().isEmpty()) {
        *error = QStringLiteral("give --region, or --modelarts-endpoint (and --iam-endpoint) as http(s) URLs");
        return std::nullopt;
    }
    return endpoints;
}

// AK/SK from the environment, or nullopt with the reason (an empty reason: no AK/SK given).
std::optional<LoginRequest> akSkLogin(const Endpoints &endpoints, QString *error)
{
    const QByteArray ak = qgetenv("AUTOLABEL_AK");
    const QByteArray sk = qgetenv("AUTOLABEL_SK");
    if (ak.isEmpty() && sk.isEmpty())
        return std::nullopt;
    LoginRequest request;
    request.mode = LoginRequest::Mode::AkSk;
    request.endpoints = endpoints;
    request.accessKey = ak;
    request.secretKey = sk;
    request.projectId = qEnvironmentVariable("AUTOLABEL_PROJECT_ID");
    if (ak.isEmpty() || sk.isEmpty() || request.projectId.isEmpty()) {
        *error = QStringLiteral("AK/SK authentication needs AUTOLABEL_AK, AUTOLABEL_SK and AUTOLABEL_PROJECT_ID");
        return std::nullopt;
    }
    return request;
}

// A password login from the environment (or standard input), or nullopt with the reason.
std::optional<LoginRequest> passwordLogin(const QCommandLineParser &parser, const Endpoints &endpoints, QString *error)
{
    PasswordCredentials credentials{ qEnvironmentVariable("AUTOLABEL_DOMAIN"), qEnvironmentVariable("AUTOLABEL_USER"),
                                     qEnvironmentVariable("AUTOLABEL_PASSWORD"), qEnvironmentVariable("AUTOLABEL_PROJECT") };
    if (credentials.project.isEmpty())
        credentials.project = endpoints.project;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        credentials.password = in.readLine();
    }
    if (credentials.domain.isEmpty())
        credentials.domain = credentials.user;
    if (credentials.user.isEmpty() || credentials.password.isEmpty() || credentials.project.isEmpty()) {
        *error = QStringLiteral("set AUTOLABEL_USER, AUTOLABEL_DOMAIN, AUTOLABEL_PROJECT and AUTOLABEL_PASSWORD (or --password-stdin),\n"
                                "or AUTOLABEL_AK, AUTOLABEL_SK and AUTOLABEL_PROJECT_ID");
        return std::nullopt;
    }
    if (!endpoints.iam.isValid() || endpoints.iam.host().isEmpty()) {
        *error = QStringLiteral("give --region or --iam-endpoint for a password login");
        return std::nullopt;
    }
    LoginRequest request;
    request.endpoints = endpoints;
    request.password = credentials;
    return request;
}

} // namespace

namespace clioptions {

void define(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Auto-label image-classification datasets on Huawei Cloud ModelArts "
                                                    "(or modelarts-local), review and confirm the labels.\n\n")
                                     + QString::fromUtf8(helpText));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("command"),
            QStringLiteral("datasets, check, start, status, samples, labels, confirm, stop, suspects, group, publish, versions, export, "
                           "delete or audit."));
    const QList<QCommandLineOption> options{
        { QStringLiteral("region"), QStringLiteral("Huawei Cloud region id: its IAM and ModelArts endpoints."), QStringLiteral("ID") },
        { QStringLiteral("iam-endpoint"), QStringLiteral("IAM endpoint URL."), QStringLiteral("URL") },
        { QStringLiteral("modelarts-endpoint"), QStringLiteral("ModelArts endpoint URL."), QStringLiteral("URL") },
        { QStringLiteral("ca-file"), QStringLiteral("Also trust the CA certificate(s) in FILE (a private endpoint)."),
          QStringLiteral("FILE") },
        { QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input.") },
        { QStringLiteral("json"), QStringLiteral("Machine-readable output (JSON) on standard output.") },
        { QStringLiteral("algorithm"), QStringLiteral("start: fast (default) or accurate."), QStringLiteral("NAME"),
          QStringLiteral("fast") },
        { QStringLiteral("no-hard-examples"), QStringLiteral("start: do not collect hard examples.") },
        { QStringLiteral("wait"), QStringLiteral("start, group, publish: follow the task or the version until it ends.") },
        { QStringLiteral("groups"), QStringLiteral("group: the number of groups, 2 to 200."), QStringLiteral("N") },
        { QStringLiteral("property"), QStringLiteral("group: the sample attribute the group numbers go to (default group)."),
          QStringLiteral("NAME"), QStringLiteral("group") },
        { QStringLiteral("name"), QStringLiteral("publish: the version's name (default: V001, V002, ...)."), QStringLiteral("NAME") },
        { QStringLiteral("train-ratio"), QStringLiteral("publish: the training share, the rest evaluates (default 1: all train)."),
          QStringLiteral("R") },
        { QStringLiteral("keep-hard"), QStringLiteral("publish: keep the hard-example marks in the manifest.") },
        { QStringLiteral("to"), QStringLiteral("export: the folder to write to."), QStringLiteral("DIR") },
        { QStringLiteral("format"), QStringLiteral("export: manifest (default), csv or folders."), QStringLiteral("FORMAT"),
          QStringLiteral("manifest") },
        { QStringLiteral("poll-interval"), QStringLiteral("start --wait: seconds between polls (default 2)."), QStringLiteral("S"),
          QStringLiteral("2") },
        { QStringLiteral("hard"), QStringLiteral("samples: only hard examples.") },
        { QStringLiteral("not-hard"), QStringLiteral("samples: no hard examples.") },
        { QStringLiteral("skip-hard"), QStringLiteral("confirm: leave hard examples for a person to review.") },
        { QStringLiteral("min-score"), QStringLiteral("samples, confirm: lowest score."), QStringLiteral("X") },
        { QStringLiteral("max-score"), QStringLiteral("samples: highest score."), QStringLiteral("Y") },
        { QStringLiteral("label"), QStringLiteral("samples, confirm: only this predicted label."), QStringLiteral("NAME") },
        { QStringLiteral("dry-run"), QStringLiteral("confirm: show what would be confirmed, change nothing.") },
        { QStringLiteral("find"), QStringLiteral("labels: only those that match TEXT, best first."), QStringLiteral("TEXT") },
        { QStringLiteral("delete-source"), QStringLiteral("delete: delete the samples' image files too.") },
        { QStringLiteral("top"), QStringLiteral("suspects: at most N (default: every flagged one)."), QStringLiteral("N") },
    };
    parser.addOptions(options);
}

std::variant<Invocation, int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << "autolabel: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "autolabel " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const Invocation invocation{ positional.value(0), positional.mid(1) };
    if (!arity().contains(invocation.command)) {
        err << "autolabel: "
            << (invocation.command.isEmpty() ? QStringLiteral("a command is needed")
                                             : QStringLiteral("unknown command: ") + invocation.command)
            << "\n\n"
            << parser.helpText();
        return 2;
    }
    const auto [least, most] = arity().value(invocation.command);
    if (invocation.args.size() < least || invocation.args.size() > most) {
        err << "autolabel: wrong number of arguments for " << invocation.command << "\n";
        return 2;
    }
    if (invocation.command == QLatin1String("export") && parser.value(QStringLiteral("to")).isEmpty()) {
        err << "autolabel: export needs --to DIR\n";
        return 2;
    }
    if (const QString error = valueError(parser); !error.isEmpty()) {
        err << "autolabel: " << error << "\n";
        return 2;
    }
    return invocation;
}

std::optional<LoginRequest> loginRequest(const QCommandLineParser &parser, QTextStream &err)
{
    QString error;
    const auto endpoints = endpointsOf(parser, &error);
    std::optional<LoginRequest> request;
    if (endpoints && parser.isSet(QStringLiteral("ca-file"))) {
        // Checked here, so that an unreadable file is a usage error, not a failed login.
        ApiTransport probe;
        if (probe.addCaCertificatesFromFile(parser.value(QStringLiteral("ca-file")), &error))
            error.clear();
    }
    if (endpoints && error.isEmpty()) {
        request = akSkLogin(*endpoints, &error);
        if (!request && error.isEmpty())
            request = passwordLogin(parser, *endpoints, &error);
    }
    if (!request) {
        err << "autolabel: " << error << "\n";
        return std::nullopt;
    }
    request->caFile = parser.value(QStringLiteral("ca-file"));
    return request;
}

ModelArtsClient::AutoQuery autoQuery(const QCommandLineParser &parser, bool *ok)
{
    ModelArtsClient::AutoQuery q;
    *ok = true;
    auto score = [&](const QString &name, double fallback) {
        if (!parser.isSet(name))
            return fallback;
        bool good = false;
        const double v = parser.value(name).toDouble(&good);
        if (!good || v < 0 || v > 1)
            *ok = false;
        return v;
    };
    q.lowScore = score(QStringLiteral("min-score"), 0);
    q.highScore = score(QStringLiteral("max-score"), 1);
    if (q.lowScore > q.highScore)
        *ok = false;
    q.labelName = parser.value(QStringLiteral("label"));
    if (parser.isSet(QStringLiteral("hard")))
        q.hard = true;
    if (parser.isSet(QStringLiteral("not-hard")) || parser.isSet(QStringLiteral("skip-hard")))
        q.hard = false;
    return q;
}

} // namespace clioptions
