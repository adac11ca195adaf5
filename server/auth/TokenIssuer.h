#pragma once

#include "ServiceConfig.h"
#include "auth/LoginThrottle.h"
#include "http/HttpExchange.h"
#include "storage/Records.h"

#include <memory>

class Storage;

// POST /v3/auth/tokens: IAM's password login with a project scope (by name or id). Answers 201 with the
// token in X-Subject-Token and IAM's token document; only the token's hash is stored. An unknown user costs
// the same hashing as a wrong password (names cannot be found by timing); repeated failures lock the user
// or hold the source back (LoginThrottle: 429 with IAM's error body and Retry-After).
class TokenIssuer final
{
public:
    // `throttle` is shared by every thread that answers logins; a new one when null.
    TokenIssuer(Storage &storage, const ServiceConfig &config, std::shared_ptr<LoginThrottle> throttle = nullptr);
    static std::shared_ptr<LoginThrottle> makeThrottle(const ServiceConfig &config);

    ApiResponse issue(const ApiRequest &request);

private:
    QJsonObject tokenDocument(const UserRecord &account, qint64 issuedMs, qint64 expiresMs, bool withCatalog) const;
    // Why the login is held back before its password is checked (a lock an administrator cleared is not).
    LoginThrottle::Hold heldBack(const QString &user, const QString &domain, const QString &name, const QString &peer);

    Storage &m_storage;
    const ServiceConfig &m_config;
    std::shared_ptr<LoginThrottle> m_throttle;
};
