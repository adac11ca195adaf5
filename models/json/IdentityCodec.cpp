// JSON codecs of the ModelArts API: IAM tokens and the error bodies of every service.
#include "json/JsonCodec.h"
#include "json/JsonReaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jsoncodec {

using namespace detail;

Decoded<TokenInfo> decodeToken(const QByteArray &body, const QByteArray &subjectToken)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<TokenInfo>::failure(error);
    if (subjectToken.isEmpty())
        return Decoded<TokenInfo>::failure(QStringLiteral("the X-Subject-Token header is missing"));
    const QJsonObject token = o->value(QStringLiteral("token")).toObject();
    if (token.isEmpty())
        return Decoded<TokenInfo>::failure(QStringLiteral("token is missing"));
    TokenInfo info;
    info.token = subjectToken;
    const QJsonObject project = token.value(QStringLiteral("project")).toObject();
    info.projectId = project.value(QStringLiteral("id")).toString();
    if (info.projectId.isEmpty())
        return Decoded<TokenInfo>::failure(QStringLiteral("token.project.id is missing: the token is not scoped to a project"));
    info.projectName = project.value(kName).toString();
    info.userName = token.value(QStringLiteral("user")).toObject().value(kName).toString();
    info.domainName = token.value(QStringLiteral("user")).toObject().value(QStringLiteral("domain")).toObject().value(kName).toString();
    info.expiresAtMs = isoToMs(token.value(QStringLiteral("expires_at")).toString());
    info.issuedAtMs = isoToMs(token.value(QStringLiteral("issued_at")).toString());
    if (info.expiresAtMs == 0)
        return Decoded<TokenInfo>::failure(QStringLiteral("token.expires_at is missing or not a date"));
    return { info, {} };
}

QByteArray encodeTokenRequest(const QString &domain, const QString &user, const QString &password, const QString &projectName)
{
    QJsonObject auth{ { QStringLiteral("identity"),
                        QJsonObject{
                                { QStringLiteral("methods"), QJsonArray{ QStringLiteral("password") } },
                                { QStringLiteral("password"),
                                  QJsonObject{ { QStringLiteral("user"),
                                                 QJsonObject{ { kName, user },
                                                              { QStringLiteral("password"), password },
                                                              { QStringLiteral("domain"), QJsonObject{ { kName, domain } } } } } } } } } };
    if (!projectName.isEmpty())
        auth.insert(QStringLiteral("scope"), QJsonObject{ { QStringLiteral("project"), QJsonObject{ { kName, projectName } } } });
    return QJsonDocument(QJsonObject{ { QStringLiteral("auth"), auth } }).toJson(QJsonDocument::Compact);
}

ApiError decodeError(int httpStatus, const QByteArray &body, const QByteArray &requestIdHeader)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.kind = httpStatus == 401 ? ApiError::Kind::Auth : httpStatus == 403 ? ApiError::Kind::Forbidden : ApiError::Kind::Service;
    e.requestId = QString::fromLatin1(requestIdHeader);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    auto first = [&o](std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            const QJsonValue v = o.value(QLatin1String(k));
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
        return QString();
    };
    e.code = first({ "error_code", "code", "errorCode" });
    e.message = first({ "error_msg", "error_message", "message", "errorMsg" });
    if (e.requestId.isEmpty())
        e.requestId = first({ "request_id" });
    const QJsonObject iam = o.value(QStringLiteral("error")).toObject();
    if (!iam.isEmpty()) {
        e.code = QStringLiteral("IAM.%1").arg(iam.value(QStringLiteral("code")).toInt(httpStatus));
        e.message = iam.value(QStringLiteral("message")).toString();
    }
    if (e.message.isEmpty())
        e.message =
                body.isEmpty() ? QStringLiteral("HTTP %1 without a body").arg(httpStatus) : QString::fromUtf8(body.left(200)).simplified();
    return e;
}

} // namespace jsoncodec
