#include "cli/Commands.h"

#include "cli/CliCommon.h"
#include "http/HttpFrontend.h"
#include "service/ServiceWorkers.h"
#include "storage/Storage.h"
#include "tasks/TaskManager.h"
#include "versions/ExportTasks.h"
#include "versions/VersionPublisher.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>

#include <tuple>
#include <variant>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace cli {

namespace {

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
void quitOnSignals(QCoreApplication &) { }
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

// The checked options of `serve`.
struct ServeOptions
{
    QHostAddress address;
    quint16 port = 0;
    QString publicUrl;
    QString cert;
    QString key;
    qint64 tokenLifetime = 0;
    int minStageMs = 0;
    QString dataDir;
};

// The options of `serve`, or the exit code (the error printed).
std::variant<ServeOptions, int> parseServe(const QStringList &args)
{
    Command cmd(QStringLiteral("Serves the ModelArts-compatible API on a data directory until SIGINT or SIGTERM.\n"
                               "The first line on standard output is \"listening on URL\"."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (default 127.0.0.1:18080; port 0 picks a free one)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:18080"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
                                       QStringLiteral("The URL clients reach the service at (base of image URLs)."), QStringLiteral("URL"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime"), QStringLiteral("Token lifetime in seconds (default 86400)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("86400"));
    const QCommandLineOption stageMs(QStringLiteral("min-stage-ms"),
                                     QStringLiteral("Each stage of an auto-label task lasts at least this long (default 0)."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    cmd.parser.addOptions({ listen, publicUrl, cert, key, tokenLifetime, stageMs });
    cmd.parser.process(args);

    ServeOptions options;
    const auto address = parseListen(cmd.parser.value(listen));
    if (!address)
        return fail(QStringLiteral("--listen must be HOST:PORT, such as 127.0.0.1:18080"), Usage);
    if (cmd.parser.isSet(cert) != cmd.parser.isSet(key))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"), Usage);
    bool ok = false;
    options.tokenLifetime = cmd.parser.value(tokenLifetime).toLongLong(&ok);
    if (!ok || options.tokenLifetime < 1)
        return fail(QStringLiteral("--token-lifetime must be a positive number of seconds"), Usage);
    options.minStageMs = cmd.parser.value(stageMs).toInt(&ok);
    if (!ok || options.minStageMs < 0)
        return fail(QStringLiteral("--min-stage-ms must be 0 or more"), Usage);
    std::tie(options.address, options.port) = *address;
    options.publicUrl = cmd.parser.value(publicUrl);
    options.cert = cmd.parser.value(cert);
    options.key = cmd.parser.value(key);
    options.dataDir = cmd.dataDir();
    return options;
}

// The host part of the URL the service announces for `address`.
QString announcedHost(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        return QStringLiteral("127.0.0.1");
    if (address == QHostAddress::AnyIPv6)
        return QStringLiteral("[::1]");
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + address.toString() + QLatin1Char(']');
    return address.toString();
}

} // namespace

int serve(const QStringList &args)
{
    const auto parsed = parseServe(args);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const ServeOptions &options = std::get<ServeOptions>(parsed);
    Storage storage(options.dataDir);
    if (auto code = openStorage(storage))
        return *code;

    ServiceConfig config;
    config.tokenLifetimeSeconds = options.tokenLifetime;
    TaskOptions taskOptions;
    taskOptions.minStageMs = options.minStageMs;
    TaskManager tasks(storage, taskOptions);
    tasks.failInterruptedTasks();
    PublishOptions publishOptions;
    publishOptions.minStageMs = options.minStageMs;
    VersionPublisher publisher(options.dataDir, publishOptions);
    publisher.failInterrupted(storage);
    ExportTasks exports(options.dataDir);
    exports.failInterrupted(storage);
    ServiceWorkers workers(options.dataDir, ServiceJobs{ tasks, publisher, exports }, config);
    HttpFrontend frontend(workers.factory(), config);
    QString error;
    if (!options.cert.isEmpty() && !frontend.setupTls(options.cert, options.key, &error))
        return fail(error);
    const quint16 port = frontend.listen(options.address, options.port, &error);
    if (port == 0)
        return fail(error);

    const QString scheme = frontend.isTls() ? QStringLiteral("https") : QStringLiteral("http");
    const QString host = announcedHost(options.address);
    workers.setPublicUrl(!options.publicUrl.isEmpty() ? QUrl(options.publicUrl)
                                                      : QUrl(QStringLiteral("%1://%2:%3").arg(scheme, host).arg(port)));
    frontend.startAccepting();
    if (!options.address.isLoopback())
        err() << "modelarts-local: warning: listening on " << options.address.toString() << ", which is reachable from other machines"
              << Qt::endl;
    out() << "listening on " << scheme << "://" << host << ':' << port << Qt::endl;

    quitOnSignals(*QCoreApplication::instance());
    const int code = QCoreApplication::exec();
    frontend.close(); // no request reaches the tasks any more
    tasks.shutdown();
    publisher.shutdown();
    exports.shutdown();
    return code;
}

} // namespace cli
