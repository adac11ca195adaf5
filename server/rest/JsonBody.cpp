#include "rest/JsonBody.h"

#include "rest/ApiError.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace jsonbody {

qsizetype pastElements(const QByteArray &body, qsizetype max)
{
    qsizetype elements = 0;
    bool inString = false;
    const char *data = body.constData();
    for (qsizetype i = 0, n = body.size(); i < n; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if ((c == '{' || c == '[' || c == ',') && ++elements > max) {
            return i;
        }
    }
    return -1;
}

std::optional<QJsonObject> object(const QByteArray &body, ApiResponse *error, bool emptyIsObject)
{
    if (emptyIsObject && body.trimmed().isEmpty())
        return QJsonObject();
    if (const qsizetype past = pastElements(body); past >= 0) {
        *error = apierror::parameter(QStringLiteral("The body holds more than %1 JSON elements (the one past them at offset %2): send "
                                                    "it in smaller requests.")
                                             .arg(maxElements)
                                             .arg(past));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = apierror::parameter(
                QStringLiteral("The body is not valid JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = apierror::parameter(QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

} // namespace jsonbody
