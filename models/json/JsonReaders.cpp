#include "json/JsonReaders.h"

#include "json/JsonCodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace jsoncodec {
namespace detail {

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<qint64> toInteger(double value)
{
    // Past 2^53 a double is no longer an exact integer, and past 2^63 the conversion is undefined.
    constexpr double limit = 9007199254740992.0;
    if (!std::isfinite(value) || value > limit || value < -limit)
        return std::nullopt;
    return qint64(value);
}

qint64 integer(const QJsonValue &v, qint64 fallback)
{
    const auto n = flexibleNumber(v);
    const auto i = n ? toInteger(*n) : std::nullopt;
    return i ? *i : fallback;
}

qint64 count(const QJsonObject &o, const QString &key, qint64 fallback)
{
    const qint64 n = integer(o, key, fallback);
    return n < 0 ? fallback : n;
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

// A field that must be an array when present.
bool optionalArray(const QJsonObject &o, const QString &key, const QString &path, QJsonArray *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isArray()) {
        *error = QStringLiteral("%1.%2 is not an array").arg(path, key);
        return false;
    }
    *out = v.toArray();
    return true;
}

std::optional<Label> label(const QJsonValue &v, const QString &path, QString *error)
{
    if (!v.isObject()) {
        *error = path + QStringLiteral(" is not an object");
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    if (!o.value(kName).isString()) {
        *error = path + QStringLiteral(".name is missing");
        return std::nullopt;
    }
    return Label{ o.value(kName).toString(), int(integer(o, QStringLiteral("type"))),
                  o.value(QStringLiteral("property")).toObject().value(QStringLiteral("@modelarts:color")).toString() };
}

qint64 isoToMs(const QString &value)
{
    QDateTime dt = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value, Qt::ISODate);
    if (!dt.isValid()) {
        // "2020-01-04T09:05:22.701000Z": microseconds, which Qt's ISO parser does not take.
        static const QRegularExpression micro(QStringLiteral("^(.*\\.\\d{3})\\d*(Z|[+-].*)$"));
        const auto m = micro.match(value);
        if (m.hasMatch())
            dt = QDateTime::fromString(m.captured(1) + m.captured(2), Qt::ISODateWithMs);
    }
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

} // namespace detail

std::optional<bool> flexibleBool(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::Double: return value.toDouble() != 0;
    case QJsonValue::String: {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0") || s.isEmpty())
            return false;
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::optional<double> flexibleNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QList<int> flexibleIdList(const QJsonValue &value)
{
    QList<int> out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            // A reason is a small integer; anything else is skipped, not cast (8.9e15 does not fit an int).
            const auto n = flexibleNumber(v);
            if (n && *n >= std::numeric_limits<int>::min() && *n <= std::numeric_limits<int>::max() && std::trunc(*n) == *n)
                out.append(int(*n));
        }
    } else if (value.isString()) {
        for (const QString &part : value.toString().split(QRegularExpression(QStringLiteral("[-,; ]")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = part.toInt(&ok);
            if (ok)
                out.append(n);
        }
    } else if (value.isDouble()) {
        out.append(value.toInt());
    }
    return out;
}

TaskStatus taskStatusFrom(int raw)
{
    switch (raw) {
    case -1: return TaskStatus::Queued;
    case 0: return TaskStatus::Initializing;
    case 1: return TaskStatus::Running;
    case 2: return TaskStatus::Failed;
    case 3: return TaskStatus::Succeeded;
    case 4: return TaskStatus::Stopping;
    case 5: return TaskStatus::Stopped;
    default: return TaskStatus::Unknown;
    }
}

} // namespace jsoncodec
