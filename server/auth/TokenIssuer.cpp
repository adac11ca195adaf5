#include "auth/TokenIssuer.h"

#include "Ids.h"
#include "TimeFormat.h"
#include "auth/PasswordHash.h"
#include "rest/ApiError.h"
#include "rest/QueryParams.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Credentials
{
    QString name;
    QString password;
    QString domain; // name or id
    std::optional<QString> project; // name or id, when the request names a scope
};

ApiResponse invalid(const QString &detail)
{
    return apierror::iam(400, QStringLiteral("Bad Request"), QStringLiteral("The request body is invalid: ") + detail);
}

// The password credentials of a token request, or nullopt with the 400 in *error.
std::optional<Credentials> credentialsOf(const QByteArray &body, ApiResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error = invalid(parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject auth = doc.object().value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    if (!identity.value(QStringLiteral("methods")).toArray().contains(QStringLiteral("password"))) {
        *error = invalid(QStringLiteral("auth.identity.methods must contain \"password\""));
        return std::nullopt;
    }
    const QJsonObject user = identity.value(QStringLiteral("password")).toObject().value(QStringLiteral("user")).toObject();
    const QJsonValue password = user.value(QStringLiteral("password"));
    const QJsonObject domain = user.value(QStringLiteral("domain")).toObject();
    const QJsonObject project = auth.value(QStringLiteral("scope")).toObject().value(QStringLiteral("project")).toObject();
    Credentials c;
    c.name = user.value(QStringLiteral("name")).toString();
    c.password = password.toString();
    c.domain = domain.contains(QStringLiteral("name")) ? domain.value(QStringLiteral("name")).toString()
                                                       : domain.value(QStringLiteral("id")).toString();
    if (!project.isEmpty()) {
        c.project = project.contains(QStringLiteral("id")) ? project.value(QStringLiteral("id")).toString()
                                                           : project.value(QStringLiteral("name")).toString();
    }
    if (c.name.isEmpty())
        *error = invalid(QStringLiteral("auth.identity.password.user.name is missing"));
    else if (!password.isString())
        *error = invalid(QStringLiteral("auth.identity.password.user.password is missing"));
    else if (c.domain.isEmpty())
        *error = invalid(QStringLiteral("auth.identity.password.user.domain.name is missing"));
    else
        return c;
    return std::nullopt;
}

// 429 with IAM's body, saying what holds the login back and when to try again.
ApiResponse tooMany(const LoginThrottle::Hold &hold)
{
    const qint64 seconds = (hold.ms + 999) / 1000;
    QString message;
    switch (hold.cause) {
    case LoginThrottle::Hold::Cause::User:
        message = QStringLiteral("Too many failed logins for this user: it is locked for %1 more seconds. Try again later, or ask an "
                                 "administrator to unlock it.")
                          .arg(seconds);
        break;
    case LoginThrottle::Hold::Cause::Pair:
        message = QStringLiteral("This address has failed %1 logins in a short time, this user's among them: this user's logins from it "
                                 "are held back for %2 more seconds.")
                          .arg(hold.sourceFailures)
                          .arg(seconds);
        break;
    default:
        message = QStringLiteral("The username or password is wrong, and this address has failed %1 logins in a short time: its failed "
                                 "logins are held back for %2 more seconds (a correct password is still accepted).")
                          .arg(hold.sourceFailures)
                          .arg(seconds);
        break;
    }
    ApiResponse response = apierror::iam(429, QStringLiteral("Too Many Requests"), message);
    response.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(seconds) });
    return response;
}

// What a wrong password costs, for a user that does not exist: the same PBKDF2 work.
const QByteArray &unknownUserHash()
{
    static const QByteArray hash = passwordhash::hash(QStringLiteral("no such user"), passwordhash::defaultIterations);
    return hash;
}

} // namespace

TokenIssuer::TokenIssuer(Storage &storage, const ServiceConfig &config, std::shared_ptr<LoginThrottle> throttle)
    : m_storage(storage)
    , m_config(config)
    , m_throttle(throttle ? std::move(throttle) : makeThrottle(config))
{
}

std::shared_ptr<LoginThrottle> TokenIssuer::makeThrottle(const ServiceConfig &config)
{
    return std::make_shared<LoginThrottle>(LoginThrottle::Policy{ config.loginFailuresBeforeLock, config.loginLockSeconds * 1000,
                                                                  config.loginSourceFailures, config.loginSourceWindowSeconds * 1000 },
                                           config.nowMs);
}

ApiResponse TokenIssuer::issue(const ApiRequest &request)
{
    ApiResponse error;
    const auto credentials = credentialsOf(request.body, &error);
    if (!credentials)
        return error;
    const QString user = credentials->domain.toLower() + QLatin1Char('\n') + credentials->name.toLower();
    if (const LoginThrottle::Hold hold = heldBack(user, credentials->domain, credentials->name, request.peer))
        return tooMany(hold);
    const auto account = m_storage.identity().userByName(credentials->domain, credentials->name);
    bool right = false;
    if (account)
        right = passwordhash::verify(credentials->password, account->passwordHash);
    else
        passwordhash::verify(credentials->password, unknownUserHash()); // the same work, the answer ignored
    if (!right) {
        if (const LoginThrottle::Hold hold = m_throttle->failed(user, request.peer))
            return tooMany(hold);
        return apierror::iam(401, QStringLiteral("Unauthorized"), QStringLiteral("The username or password is wrong."));
    }
    m_throttle->succeeded(user);
    const auto &wanted = credentials->project;
    if (wanted && *wanted != account->project.id && *wanted != account->project.name)
        return apierror::iam(401, QStringLiteral("Unauthorized"), QStringLiteral("The user has no access to project %1.").arg(*wanted));

    const QByteArray token = "MII" + ids::randomBytes(96).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 issued = m_config.nowMs();
    const qint64 expires = issued + m_config.tokenLifetimeSeconds * 1000;
    if (!m_storage.identity().addToken(ids::sha256Hex(token), account->id, account->project.id, issued, expires)) {
        const bool full = Database::isFull(m_storage.lastError());
        return apierror::iam(full ? 507 : 500, full ? QStringLiteral("Insufficient Storage") : QStringLiteral("Internal Server Error"),
                             QStringLiteral("The token could not be stored: %1.").arg(Database::describeError(m_storage.lastError())));
    }

    const bool withCatalog = !QueryParams(request.encodedQuery).has(QStringLiteral("nocatalog"));
    ApiResponse response = ApiResponse::json(201, tokenDocument(*account, issued, expires, withCatalog));
    response.headers.append({ QByteArrayLiteral("X-Subject-Token"), token });
    return response;
}

LoginThrottle::Hold TokenIssuer::heldBack(const QString &user, const QString &domain, const QString &name, const QString &peer)
{
    LoginThrottle::Hold hold = m_throttle->before(user, peer);
    if (hold.cause != LoginThrottle::Hold::Cause::User)
        return hold;
    // `modelarts-local user unlock` writes when it ran: a lock that began before it is cleared.
    const qint64 unlockedAt = m_storage.identity().unlockedAt(domain, name);
    if (unlockedAt < hold.sinceMs)
        return hold;
    m_throttle->unlock(user, unlockedAt);
    return m_throttle->before(user, peer);
}

QJsonObject TokenIssuer::tokenDocument(const UserRecord &account, qint64 issuedMs, qint64 expiresMs, bool withCatalog) const
{
    const QJsonObject domainJson{ { QStringLiteral("id"), account.domainId }, { QStringLiteral("name"), account.domainName } };
    QJsonArray catalog;
    if (withCatalog) {
        catalog.append(QJsonObject{ { QStringLiteral("id"), ids::hex32() },
                                    { QStringLiteral("name"), QStringLiteral("modelarts") },
                                    { QStringLiteral("type"), QStringLiteral("modelarts") },
                                    { QStringLiteral("endpoints"),
                                      QJsonArray{ QJsonObject{ { QStringLiteral("id"), ids::hex32() },
                                                               { QStringLiteral("interface"), QStringLiteral("public") },
                                                               { QStringLiteral("region"), account.project.name },
                                                               { QStringLiteral("region_id"), account.project.name },
                                                               { QStringLiteral("url"), m_config.publicUrl.toString() } } } } });
    }
    return QJsonObject{ { QStringLiteral("token"),
                          QJsonObject{ { QStringLiteral("catalog"), catalog },
                                       { QStringLiteral("expires_at"), timeformat::isoUtc(expiresMs) },
                                       { QStringLiteral("issued_at"), timeformat::isoUtc(issuedMs) },
                                       { QStringLiteral("methods"), QJsonArray{ QStringLiteral("password") } },
                                       { QStringLiteral("project"),
                                         QJsonObject{ { QStringLiteral("domain"), domainJson },
                                                      { QStringLiteral("id"), account.project.id },
                                                      { QStringLiteral("name"), account.project.name } } },
                                       { QStringLiteral("roles"),
                                         QJsonArray{ QJsonObject{ { QStringLiteral("id"), QStringLiteral("0") },
                                                                  { QStringLiteral("name"), QStringLiteral("te_admin") } } } },
                                       { QStringLiteral("user"),
                                         QJsonObject{ { QStringLiteral("domain"), domainJson },
                                                      { QStringLiteral("id"), account.id },
                                                      { QStringLiteral("name"), account.name },
                                                      { QStringLiteral("password_expires_at"), QString() } } } } } };
}
