#include "cli/Cli.h"

#include "cli/CliCommon.h"
#include "cli/Commands.h"

#include <QCoreApplication>

namespace cli {
namespace {

void usage()
{
    out() << "Usage: modelarts-local COMMAND [options]\n\n"
             "A ModelArts-compatible service for auto-labeling image-classification datasets offline.\n\n"
             "Commands:\n"
             "  serve            serve the API on a data directory\n"
             "  user add         add a user (password from standard input)\n"
             "  user unlock      clear a user's lock after failed logins\n"
             "  key add          create an AK/SK pair for a user\n"
             "  dataset import   import a folder of class sub-folders as a dataset\n"
             "  demo             create the demo datasets and user\n"
             "  version export   copy a published version (manifest and images) out, for training elsewhere\n"
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
    if (command == QLatin1String("user") && sub == QLatin1String("unlock"))
        return userUnlock(rest(3, QStringLiteral("user unlock")));
    if (command == QLatin1String("key") && sub == QLatin1String("add"))
        return keyAdd(rest(3, QStringLiteral("key add")));
    if (command == QLatin1String("dataset") && sub == QLatin1String("import"))
        return datasetImport(rest(3, QStringLiteral("dataset import")));
    if (command == QLatin1String("version") && sub == QLatin1String("export"))
        return versionExport(rest(3, QStringLiteral("version export")));
    usage();
    return fail(QStringLiteral("unknown command: %1").arg(args.mid(1).join(QLatin1Char(' '))), Usage);
}

} // namespace cli
