#include "cli/Commands.h"

#include "Ids.h"
#include "cli/CliCommon.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace cli {

int keyAdd(const QStringList &args)
{
    Command cmd(QStringLiteral("Creates an access key (AK/SK) for a user and prints it once."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("NAME"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    QStringLiteral("Account (domain) name; needed when several domains have the user."),
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
        account = storage.identity().userByName(cmd.parser.value(domain), cmd.parser.value(user));
    } else {
        // Without a domain, the name must be unique.
        const QList<UserRecord> named = storage.identity().usersNamed(cmd.parser.value(user));
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
    if (!storage.identity().addAccessKey(AccessKeyRecord{ ak, sk, account->id, account->project.id }))
        return fail(QStringLiteral("cannot store the key: %1").arg(storage.lastError()));
    out() << "AK " << ak << "\nSK " << QString::fromLatin1(sk) << "\nproject_id " << account->project.id
          << "\nThe SK is shown only this once." << Qt::endl;
    return Ok;
}

} // namespace cli
