#include "cli/Commands.h"

#include "auth/PasswordHash.h"
#include "cli/CliCommon.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace cli {

namespace {

QString readPasswordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

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
    const auto user = storage.identity().upsertUser(cmd.parser.value(domain), cmd.parser.value(name), cmd.parser.value(project),
                                                    passwordhash::hash(password));
    if (!user)
        return fail(QStringLiteral("cannot store the user: %1").arg(storage.lastError()));
    out() << "user " << user->name << " (domain " << user->domainName << ", project " << user->project.name << " id " << user->project.id
          << ") is ready" << Qt::endl;
    return Ok;
}

} // namespace cli
