#pragma once

#include "ServiceConfig.h"
#include "http/HttpExchange.h"
#include "storage/Records.h"

class Storage;

// POST /v3/auth/tokens: IAM's password login with a project scope (by name or id). Answers 201 with the
// token in X-Subject-Token and IAM's token document; only the token's hash is stored.
class TokenIssuer final
{
public:
    TokenIssuer(Storage &storage, const ServiceConfig &config);

    ApiResponse issue(const ApiRequest &request);

private:
    QJsonObject tokenDocument(const UserRecord &account, qint64 issuedMs, qint64 expiresMs, bool withCatalog) const;

    Storage &m_storage;
    const ServiceConfig &m_config;
};
