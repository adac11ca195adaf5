#include "auth/Authenticator.h"

#include "Ids.h"
#include "TimeFormat.h"
#include "auth/SdkSignature.h"
#include "rest/ApiError.h"
#include "storage/Storage.h"

namespace {

ApiResponse unauthorized(const ApiRequest &request, const QString &detail)
{
    return apierror::gateway(request, 401, errorcode::Unauthorized, QStringLiteral("Incorrect IAM authentication information: ") + detail);
}

} // namespace

Authenticator::Authenticator(Storage &storage, std::function<qint64()> nowMs, qint64 maxClockSkewSeconds)
    : m_storage(storage)
    , m_nowMs(std::move(nowMs))
    , m_maxClockSkewSeconds(maxClockSkewSeconds)
{
}

std::optional<Caller> Authenticator::authenticate(const ApiRequest &request, ApiResponse *failure) const
{
    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isEmpty())
        return byToken(request, token, failure);
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
        *failure = unauthorized(request, QStringLiteral("x-auth-token not found"));
        return std::nullopt;
    }
    return bySignature(request, authorization, failure);
}

std::optional<Caller> Authenticator::callerFor(const QString &userId, const QString &projectId) const
{
    const auto user = m_storage.identity().userById(userId);
    if (!user)
        return std::nullopt;
    return Caller{ userId, projectId, QStringLiteral("human/%1/%2").arg(user->domainName, user->name) };
}

std::optional<Caller> Authenticator::byToken(const ApiRequest &request, const QByteArray &token, ApiResponse *failure) const
{
    const auto info = m_storage.identity().token(ids::sha256Hex(token));
    if (!info) {
        *failure = unauthorized(request, QStringLiteral("decrypt token fail"));
        return std::nullopt;
    }
    if (info->expiresMs <= m_nowMs()) {
        *failure = unauthorized(request, QStringLiteral("token expires, expires_at: %1").arg(timeformat::isoUtc(info->expiresMs)));
        return std::nullopt;
    }
    auto caller = callerFor(info->userId, info->projectId);
    if (!caller)
        *failure = unauthorized(request, QStringLiteral("the user of this token no longer exists"));
    return caller;
}

std::optional<Caller> Authenticator::bySignature(const ApiRequest &request, const QByteArray &authorization, ApiResponse *failure) const
{
    const auto auth = sdksignature::parseAuthorization(authorization);
    if (!auth) {
        *failure = unauthorized(request, QStringLiteral("verify aksk signature fail: malformed Authorization header"));
        return std::nullopt;
    }
    const QByteArray sdkDate = request.header("X-Sdk-Date");
    const auto date = sdksignature::parseSdkDate(sdkDate);
    if (!date || !auth->signedHeaders.contains(QByteArrayLiteral("x-sdk-date"))) {
        *failure = unauthorized(request, QStringLiteral("verify aksk signature fail: X-Sdk-Date missing, malformed or not signed"));
        return std::nullopt;
    }
    const qint64 skew = qAbs(date->toMSecsSinceEpoch() - m_nowMs()) / 1000;
    if (skew > m_maxClockSkewSeconds) {
        *failure = unauthorized(request,
                                QStringLiteral("verify aksk signature fail: the request time differs from the server "
                                               "time by %1 s, more than the %2 s allowed (clock skew)")
                                        .arg(skew)
                                        .arg(m_maxClockSkewSeconds));
        return std::nullopt;
    }
    const auto key = m_storage.identity().accessKey(QString::fromLatin1(auth->accessKey));
    const QByteArray payloadHash = request.header("X-Sdk-Content-Sha256") == "UNSIGNED-PAYLOAD" ? QByteArrayLiteral("UNSIGNED-PAYLOAD")
                                                                                                : ids::sha256Hex(request.body);
    const QByteArray canonical = sdksignature::canonicalRequest(request.method, request.encodedPath, request.encodedQuery, request.headers,
                                                                auth->signedHeaders, payloadHash);
    // An unknown key costs the same as a wrong signature.
    const QByteArray expected =
            key ? sdksignature::signatureHex(key->secretKey, sdksignature::stringToSign(sdkDate, canonical)) : QByteArray(64, '0');
    if (!key || !ids::constantTimeEquals(expected, auth->signature)) {
        *failure = unauthorized(request, QStringLiteral("verify aksk signature fail"));
        return std::nullopt;
    }
    auto caller = callerFor(key->userId, key->projectId);
    if (!caller)
        *failure = unauthorized(request, QStringLiteral("the user of this access key no longer exists"));
    return caller;
}
