#include "cli/CliCommon.h"

#include "storage/Storage.h"

namespace cli {

namespace {

const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QStringLiteral("The data directory (created if missing)."),
                                       QStringLiteral("DIR"));

} // namespace

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

int fail(const QString &message, int code)
{
    err() << "modelarts-local: " << message << Qt::endl;
    return code;
}

Command::Command(const QString &description, bool needsDataDir)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (needsDataDir)
        parser.addOption(dataDirOption);
}

QString Command::dataDir() const { return parser.value(dataDirOption); }

std::optional<int> openStorage(Storage &storage)
{
    if (storage.dataDir().isEmpty())
        return fail(QStringLiteral("--data-dir is required"), Usage);
    if (!storage.open())
        return fail(QStringLiteral("cannot open the database in %1: %2").arg(storage.dataDir(), storage.lastError()));
    return std::nullopt;
}

} // namespace cli
