#include "Cli.h"

#include "DatasetImporter.h"
#include "DemoImages.h"
#include "HttpFrontend.h"
#include "Ids.h"
#include "ModelArtsService.h"
#include "PasswordHash.h"
#include "Storage.h"
#include "TaskManager.h"
#include "engine/AutoLabelEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace cli {
namespace {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code = Failure)
{
    err() << "modelarts-local: " << message << Qt::endl;
    return code;
}

const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QStringLiteral("The data directory (created if missing)."),
                                       QStringLiteral("DIR"));

// A parser for one subcommand; `process()` handles --help and unknown options (exit 0 / 1).
struct Command
{
    QCommandLineParser parser;
    explicit Command(const QString &description, bool needsDataDir = true)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        if (needsDataDir)
            parser.addOption(dataDirOption);
    }
    QString dataDir() const { return parser.value(dataDirOption); }
};

std::optional<int> openStorage(Storage &storage)
{
    if (storage.dataDir().isEmpty())
        return fail(QStringLiteral("--data-dir is required"), Usage);
    if (!storage.open())
        return fail(QStringLiteral("cannot open the database in %1: %2").arg(storage.dataDir(), storage.lastError()));
    return std::nullopt;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = { -1, -1 };
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto written = ::write(signalPipe[1], &c, 1);
}
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c;
        [[maybe_unused]] auto r = ::read(signalPipe[0], &c, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void quitOnSignals(QCoreApplication &) {}
#endif

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return std::nullopt;
    return std::make_pair(address, quint16(port));
}

int serve(const QStringList &args)
{
    Command cmd(QStringLiteral("Serves the ModelArts-compatible API on a data directory until SIGINT or SIGTERM.\n"
                               "The first line on standard output is \"listening on URL\"."));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:18080; port 0 picks a free one)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:18080"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"), QStringLiteral("The URL clients reach the service at (base of image URLs)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"), QStringLiteral("Token lifetime in seconds (default 86400)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("86400"));
    const QCommandLineOption stageMs(QStringLiteral("min-stage-ms"),
                                     QStringLiteral("Each stage of an auto-label task lasts at least this long (default 0)."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    cmd.parser.addOptions({ listen, publicUrl, cert, key, tokenLifetime, stageMs });
    cmd.parser.process(args);

    const auto address = parseListen(cmd.parser.value(listen));
    if (!address)
        return fail(QStringLiteral("--listen must be HOST:PORT, such as 127.0.0.1:18080"), Usage);
    if (cmd.parser.isSet(cert) != cmd.parser.isSet(key))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"), Usage);
    bool ok = false;
    const qint64 lifetime = cmd.parser.value(tokenLifetime).toLongLong(&ok);
    if (!ok || lifetime < 1)
        return fail(QStringLiteral("--token-lifetime must be a positive number of seconds"), Usage);
    const int minStage = cmd.parser.value(stageMs).toInt(&ok);
    if (!ok || minStage < 0)
        return fail(QStringLiteral("--min-stage-ms must be 0 or more"), Usage);

    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;

    ServiceConfig config;
    config.tokenLifetimeSeconds = lifetime;
    TaskOptions taskOptions;
    taskOptions.minStageMs = minStage;
    TaskManager tasks(storage, taskOptions);
    tasks.failInterruptedTasks();
    ModelArtsService service(storage, config);
    service.setTaskManager(&tasks);
    HttpFrontend frontend(service);
    QString error;
    if (cmd.parser.isSet(cert) && !frontend.setupTls(cmd.parser.value(cert), cmd.parser.value(key), &error))
        return fail(error);
    const quint16 port = frontend.listen(address->first, address->second, &error);
    if (port == 0)
        return fail(error);

    const QString scheme = frontend.isTls() ? QStringLiteral("https") : QStringLiteral("http");
    QString host = address->first.toString();
    if (address->first == QHostAddress::Any || address->first == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (address->first == QHostAddress::AnyIPv6)
        host = QStringLiteral("[::1]");
    else if (address->first.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const QUrl url = cmd.parser.isSet(publicUrl) ? QUrl(cmd.parser.value(publicUrl))
                                                 : QUrl(QStringLiteral("%1://%2:%3").arg(scheme, host).arg(port));
    service.setPublicUrl(url);
    if (!address->first.isLoopback())
        err() << "modelarts-local: warning: listening on " << address->first.toString()
              << ", which is reachable from other machines" << Qt::endl;
    out() << "listening on " << scheme << "://" << host << ':' << port << Qt::endl;

    quitOnSignals(*QCoreApplication::instance());
    const int code = QCoreApplication::exec();
    tasks.shutdown();
    return code;
}

QString readPasswordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

int userAdd(const QStringList &args)
{
    Command cmd(QStringLiteral("Adds a user (or sets the password of an existing one). The password is read from standard input and "
                               "stored only as a salted PBKDF2 hash."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("User name."), QStringLiteral("NAME"));
    const QCommandLineOption domain(QStringLiteral("domain"), QStringLiteral("Account (domain) name."), QStringLiteral("DOMAIN"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project name (default local)."), QStringLiteral("NAME"),
                                     QStringLiteral("local"));
    const QCommandLineOption stdinPassword(QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input."));
    cmd.parser.addOptions({ name, domain, project, stdinPassword });
    cmd.parser.process(args);
    if (!cmd.parser.isSet(name) || !cmd.parser.isSet(domain))
        return fail(QStringLiteral("--name and --domain are required"), Usage);
    if (!cmd.parser.isSet(stdinPassword))
        return fail(QStringLiteral("give the password on standard input with --password-stdin (never on the command line)"), Usage);
    const QString password = readPasswordFromStdin();
    if (password.size() < 8)
        return fail(QStringLiteral("the password must have at least 8 characters"), Usage);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    const auto user = storage.upsertUser(cmd.parser.value(domain), cmd.parser.value(name), cmd.parser.value(project),
                                         passwordhash::hash(password));
    if (!user)
        return fail(QStringLiteral("cannot store the user: %1").arg(storage.lastError()));
    out() << "user " << user->name << " (domain " << user->domainName << ", project " << user->project.name
          << " id " << user->project.id << ") is ready" << Qt::endl;
    return Ok;
}

int keyAdd(const QStringList &args)
{
    Command cmd(QStringLiteral("Creates an access key (AK/SK) for a user and prints it once."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("NAME"));
    const QCommandLineOption domain(QStringLiteral("domain"), QStringLiteral("Account (domain) name; needed when several domains have the user."),
                                    QStringLiteral("DOMAIN"));
    cmd.parser.addOptions({ user, domain });
    cmd.parser.process(args);
    if (!cmd.parser.isSet(user))
        return fail(QStringLiteral("--user is required"), Usage);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    std::optional<UserRecord> account;
    if (cmd.parser.isSet(domain)) {
        account = storage.userByName(cmd.parser.value(domain), cmd.parser.value(user));
    } else {
        // Without a domain, the name must be unique.
        const QList<UserRecord> named = storage.usersNamed(cmd.parser.value(user));
        if (named.size() > 1)
            return fail(QStringLiteral("several domains have a user %1: name one with --domain").arg(cmd.parser.value(user)), Usage);
        if (!named.isEmpty())
            account = named.first();
    }
    if (!account)
        return fail(QStringLiteral("no user %1 (add --domain if it is in another domain)").arg(cmd.parser.value(user)));
    static constexpr char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString ak;
    const QByteArray random = ids::randomBytes(20);
    for (char c : random)
        ak.append(QLatin1Char(upper[static_cast<unsigned char>(c) % (sizeof(upper) - 1)]));
    const QByteArray sk = ids::randomBytes(30).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!storage.addAccessKey(AccessKeyRecord{ ak, sk, account->id, account->project.id }))
        return fail(QStringLiteral("cannot store the key: %1").arg(storage.lastError()));
    out() << "AK " << ak << "\nSK " << QString::fromLatin1(sk) << "\nproject_id " << account->project.id
          << "\nThe SK is shown only this once." << Qt::endl;
    return Ok;
}

int datasetImport(const QStringList &args)
{
    Command cmd(QStringLiteral("Imports FOLDER (one sub-folder per class) as an image-classification dataset."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Dataset name (an existing dataset gets the new files)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The folder to import."), QStringLiteral("FOLDER"));
    const QCommandLineOption perClass(QStringLiteral("labeled-per-class"),
                                      QStringLiteral("Keep N images per class labeled; import the rest unlabeled (their class is kept "
                                                     "as hidden ground truth for `eval`). Without it, FOLDER/unlabeled/ is unlabeled."),
                                      QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the choice of labeled images (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project name (default local)."), QStringLiteral("NAME"),
                                     QStringLiteral("local"));
    cmd.parser.addOptions({ name, from, perClass, seed, project });
    cmd.parser.process(args);
    if (!cmd.parser.isSet(name) || !cmd.parser.isSet(from))
        return fail(QStringLiteral("--name and --from are required"), Usage);
    ImportOptions options;
    options.datasetName = cmd.parser.value(name);
    options.folder = cmd.parser.value(from);
    options.projectName = cmd.parser.value(project);
    bool ok = true;
    if (cmd.parser.isSet(perClass)) {
        options.labeledPerClass = cmd.parser.value(perClass).toInt(&ok);
        if (!ok || *options.labeledPerClass < 0)
            return fail(QStringLiteral("--labeled-per-class must be a whole number, 0 or more"), Usage);
    }
    options.seed = cmd.parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a whole number"), Usage);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    const ImportReport report = importFolder(storage, options);
    for (const QString &skipped : report.skipped)
        err() << "skipped " << skipped << Qt::endl;
    if (!report.ok)
        return fail(report.error);
    out() << "dataset " << options.datasetName << " (" << report.datasetId << "): imported " << report.labeled + report.unlabeled
          << " images, " << report.labeled << " labeled in " << report.classes << " classes, " << report.unlabeled
          << " unlabeled; skipped " << report.skipped.size();
    if (report.alreadyPresent > 0)
        out() << "; " << report.alreadyPresent << " already present";
    out() << Qt::endl;
    return Ok;
}

int demo(const QStringList &args)
{
    Command cmd(QStringLiteral("Creates the demo: generated images, the datasets demo-shapes and demo-rgba, and the user demo "
                               "(domain demo, password demo-password, project local). Running it again changes nothing."));
    cmd.parser.process(args);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    const QString project = QStringLiteral("local");
    if (!storage.userByName(QStringLiteral("demo"), QStringLiteral("demo"))) {
        if (!storage.upsertUser(QStringLiteral("demo"), QStringLiteral("demo"), project, passwordhash::hash(QStringLiteral("demo-password"))))
            return fail(QStringLiteral("cannot add the demo user: %1").arg(storage.lastError()));
        out() << "user demo added (domain demo, password demo-password, project local)" << Qt::endl;
    }
    const ProjectRecord p = storage.ensureProject(project);
    QString error;
    if (!storage.datasetByName(p.id, QStringLiteral("demo-shapes"))) {
        const QString source = QDir(cmd.dataDir()).filePath(QStringLiteral("demo-source/shapes"));
        if (!demoimages::generate(source, 60, 1, &error))
            return fail(error);
        ImportOptions options;
        options.datasetName = QStringLiteral("demo-shapes");
        options.description = QStringLiteral("Generated shapes: 5 classes, 10 labeled images each, 250 to auto-label");
        options.folder = source;
        options.labeledPerClass = 10;
        const ImportReport report = importFolder(storage, options);
        if (!report.ok)
            return fail(report.error);
        QDir(source).removeRecursively(); // imported: the data directory has its own copies
        out() << "dataset demo-shapes: " << report.labeled << " labeled, " << report.unlabeled << " unlabeled" << Qt::endl;
    }
    if (!storage.datasetByName(p.id, QStringLiteral("demo-rgba"))) {
        const QString source = QDir(cmd.dataDir()).filePath(QStringLiteral("demo-source/rgba"));
        if (!demoimages::generate(source, 8, 2, &error))
            return fail(error);
        for (int i = 0; i < 2; ++i) {
            if (!demoimages::generateRgba(QDir(source).filePath(QStringLiteral("unlabeled/transparent_%1.png").arg(i)), 100 + quint32(i), &error))
                return fail(error);
        }
        // Class folders labeled, unlabeled/ not; two of the unlabeled images have an alpha channel.
        ImportOptions options;
        options.datasetName = QStringLiteral("demo-rgba");
        options.description = QStringLiteral("Generated shapes with two 4-channel (RGBA) images: auto-labeling fails on it");
        options.folder = source;
        QDir(source).mkpath(QStringLiteral("unlabeled"));
        // Move two images of each class to unlabeled/ so that there is something to auto-label.
        for (const QString &cls : demoimages::classNames()) {
            const QStringList files = QDir(QDir(source).filePath(cls)).entryList(QDir::Files, QDir::Name);
            for (qsizetype i = 0; i < 2 && i < files.size(); ++i)
                QFile::rename(QDir(source).filePath(cls + QLatin1Char('/') + files[i]), QDir(source).filePath(QStringLiteral("unlabeled/") + files[i]));
        }
        const ImportReport report = importFolder(storage, options);
        if (!report.ok)
            return fail(report.error);
        QDir(source).removeRecursively();
        out() << "dataset demo-rgba: " << report.labeled << " labeled, " << report.unlabeled << " unlabeled" << Qt::endl;
    }
    out() << "demo data ready in " << cmd.dataDir() << Qt::endl;
    return Ok;
}

int eval(const QStringList &args)
{
    Command cmd(QStringLiteral("Runs the auto-labeling engine on a dataset imported with --labeled-per-class and prints, one "
                               "\"name value\" per line, the accuracy against the hidden ground truth, the share of hard "
                               "samples and the error rates among hard and other samples. The dataset is not changed."));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("Dataset name."), QStringLiteral("NAME"));
    const QCommandLineOption algorithm(QStringLiteral("algorithm"), QStringLiteral("fast (default) or accurate."), QStringLiteral("NAME"),
                                       QStringLiteral("fast"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Engine seed (default 7)."), QStringLiteral("S"), QStringLiteral("7"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project name (default local)."), QStringLiteral("NAME"),
                                     QStringLiteral("local"));
    cmd.parser.addOptions({ dataset, algorithm, seed, project });
    cmd.parser.process(args);
    if (!cmd.parser.isSet(dataset))
        return fail(QStringLiteral("--dataset is required"), Usage);
    const QString algo = cmd.parser.value(algorithm);
    if (algo != QLatin1String("fast") && algo != QLatin1String("accurate"))
        return fail(QStringLiteral("--algorithm must be fast or accurate"), Usage);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    const auto p = storage.projectByName(cmd.parser.value(project));
    const auto d = p ? storage.datasetByName(p->id, cmd.parser.value(dataset)) : std::nullopt;
    if (!d)
        return fail(QStringLiteral("no dataset %1").arg(cmd.parser.value(dataset)));

    QStringList labels;
    for (const LabelRecord &l : storage.labels(d->id))
        labels.append(l.name);
    Storage::SampleQuery all;
    all.limit = std::numeric_limits<qint64>::max();
    QList<engine::Sample> samples;
    QHash<QString, QString> truth;
    for (const SampleRecord &s : storage.samples(d->id, all)) {
        samples.append(engine::Sample{ s.id, QDir(cmd.dataDir()).filePath(s.relPath),
                                       s.labels.isEmpty() ? -1 : int(labels.indexOf(s.labels.first().name)) });
        if (s.labels.isEmpty() && !s.truth.isEmpty())
            truth.insert(s.id, s.truth);
    }
    if (truth.isEmpty())
        return fail(QStringLiteral("dataset %1 has no hidden ground truth (import it with --labeled-per-class)").arg(d->name));
    engine::Config config;
    config.accurate = algo == QLatin1String("accurate");
    config.seed = cmd.parser.value(seed).toUInt();
    std::atomic_bool cancel = false;
    const engine::Result result = engine::run(samples, int(labels.size()), config, [](double) {}, cancel);
    if (!result.ok)
        return fail(result.error);
    int correct = 0, hard = 0, hardWrong = 0, easyWrong = 0, evaluated = 0;
    QMap<int, QPair<int, int>> byReason; // reason id -> (samples, wrong)
    for (auto it = result.predictions.cbegin(); it != result.predictions.cend(); ++it) {
        if (!truth.contains(it.key()))
            continue;
        ++evaluated;
        const bool right = labels.value(it->label) == truth.value(it.key());
        correct += right;
        for (int reason : it->reasons) {
            byReason[reason].first += 1;
            byReason[reason].second += !right;
        }
        if (it->hard) {
            ++hard;
            hardWrong += !right;
        } else {
            easyWrong += !right;
        }
    }
    const int easy = evaluated - hard;
    const double hardError = hard ? double(hardWrong) / hard : 0;
    const double easyError = easy ? double(easyWrong) / easy : 0;
    out() << "samples " << evaluated << "\n"
          << "accuracy " << QString::number(double(correct) / std::max(1, evaluated), 'f', 4) << "\n"
          << "hard_share " << QString::number(double(hard) / std::max(1, evaluated), 'f', 4) << "\n"
          << "error_rate_hard " << QString::number(hardError, 'f', 4) << "\n"
          << "error_rate_not_hard " << QString::number(easyError, 'f', 4) << "\n"
          << "hard_error_ratio " << (easyError > 0 ? QString::number(hardError / easyError, 'f', 4) : QStringLiteral("inf")) << "\n";
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it) {
        out() << "reason_" << it.key() << "_share " << QString::number(double(it->first) / std::max(1, evaluated), 'f', 4) << "\n"
              << "reason_" << it.key() << "_error_rate " << QString::number(double(it->second) / std::max(1, it->first), 'f', 4) << "\n";
    }
    out().flush();
    return Ok;
}

void usage()
{
    out() << "Usage: modelarts-local COMMAND [options]\n\n"
             "A ModelArts-compatible service for auto-labeling image-classification datasets offline.\n\n"
             "Commands:\n"
             "  serve            serve the API on a data directory\n"
             "  user add         add a user (password from standard input)\n"
             "  key add          create an AK/SK pair for a user\n"
             "  dataset import   import a folder of class sub-folders as a dataset\n"
             "  demo             create the demo datasets and user\n"
             "  eval             measure the auto-labeling engine on a dataset with hidden ground truth\n\n"
             "Each command has --help."
          << Qt::endl;
}

} // namespace

int run(int argc, char **argv)
{
    // QtGui's image classes and QPainter on a QImage work without a GUI application (no fonts are used).
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("modelarts-local"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTOLABEL_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString program = args.value(0);
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        usage();
        return command.isEmpty() ? Usage : Ok;
    }
    if (command == QLatin1String("--version")) {
        out() << "modelarts-local " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    auto rest = [&](int from, const QString &name) { return QStringList{ program + QLatin1Char(' ') + name } + args.mid(from); };
    if (command == QLatin1String("serve"))
        return serve(rest(2, command));
    if (command == QLatin1String("demo"))
        return demo(rest(2, command));
    if (command == QLatin1String("eval"))
        return eval(rest(2, command));
    const QString sub = args.value(2);
    if (command == QLatin1String("user") && sub == QLatin1String("add"))
        return userAdd(rest(3, QStringLiteral("user add")));
    if (command == QLatin1String("key") && sub == QLatin1String("add"))
        return keyAdd(rest(3, QStringLiteral("key add")));
    if (command == QLatin1String("dataset") && sub == QLatin1String("import"))
        return datasetImport(rest(3, QStringLiteral("dataset import")));
    usage();
    return fail(QStringLiteral("unknown command: %1").arg(args.mid(1).join(QLatin1Char(' '))), Usage);
}

} // namespace cli
