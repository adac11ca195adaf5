#include "cli/Commands.h"

#include "cli/CliCommon.h"
#include "storage/Storage.h"

#include <QDateTime>

namespace cli {

int userUnlock(const QStringList &args)
{
    Command cmd(QStringLiteral("Clears a user's lock after failed logins (5 wrong passwords lock a user for 5 minutes). The running "
                               "service reads it at the user's next login."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("User name."), QStringLiteral("NAME"));
    const QCommandLineOption domain(QStringLiteral("domain"), QStringLiteral("Account (domain) name."), QStringLiteral("DOMAIN"));
    cmd.parser.addOptions({ name, domain });
    cmd.parser.process(args);
    if (!cmd.parser.isSet(name) || !cmd.parser.isSet(domain))
        return fail(QStringLiteral("--name and --domain are required"), Usage);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    const QString who = cmd.parser.value(name);
    const QString where = cmd.parser.value(domain);
    if (!storage.identity().userByName(where, who))
        return fail(QStringLiteral("there is no user %1 in domain %2").arg(who, where), Usage);
    if (!storage.identity().recordUnlock(where, who, QDateTime::currentMSecsSinceEpoch()))
        return fail(QStringLiteral("cannot record the unlock: %1").arg(storage.lastError()));
    out() << "user " << who << " (domain " << where << ") is unlocked: the next login with the right password is accepted" << Qt::endl;
    return Ok;
}

} // namespace cli
