#pragma once

#include "auth/Caller.h"
#include "http/HttpExchange.h"

#include <functional>
#include <optional>

class Storage;

// Who sends a /v2 request: an IAM token (X-Auth-Token) or an SDK-HMAC-SHA256 signature (AK/SK, within
// the allowed clock skew). Anything else is the 401 APIGW.0301 to answer with.
class Authenticator final
{
public:
    Authenticator(Storage &storage, std::function<qint64()> nowMs, qint64 maxClockSkewSeconds);

    // The caller, or nullopt with the 401 in *failure.
    std::optional<Caller> authenticate(const ApiRequest &request, ApiResponse *failure) const;

private:
    std::optional<Caller> byToken(const ApiRequest &request, const QByteArray &token, ApiResponse *failure) const;
    std::optional<Caller> bySignature(const ApiRequest &request, const QByteArray &authorization, ApiResponse *failure) const;
    std::optional<Caller> callerFor(const QString &userId, const QString &projectId) const;

    Storage &m_storage;
    std::function<qint64()> m_nowMs;
    qint64 m_maxClockSkewSeconds;
};
