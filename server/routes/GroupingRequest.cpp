#include "routes/GroupingRequest.h"

#include "learn/Clustering.h"

#include <cmath>

namespace {

// n_clusters: a JSON integer or a decimal string ("2" in both official examples).
std::optional<int> groupCount(const QJsonValue &v)
{
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e9)
        return int(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const QString text = v.toString();
        const int n = text.toInt(&ok);
        if (ok && !text.isEmpty() && text.front().isDigit() && text == QString::number(n))
            return n;
    }
    return std::nullopt;
}

// The documented rule for attribute names (labels' attributes, OTC-SC Table 4), and not a system key.
bool validProperty(const QString &name)
{
    static const QString forbidden = QStringLiteral("!<>=&\"'");
    if (name.isEmpty() || name.size() > 64 || name.startsWith(QLatin1String("@modelarts:")))
        return false;
    for (QChar c : name) {
        if (forbidden.contains(c) || c.isNull())
            return false;
    }
    return true;
}

bool flag(const QJsonObject &config, const QString &key, bool *out, QString *error)
{
    const QJsonValue v = config.value(key);
    if (!v.isUndefined() && !v.isBool()) {
        *error = QStringLiteral("config.%1 must be a boolean.").arg(key);
        return false;
    }
    *out = v.toBool(false);
    return true;
}

} // namespace

namespace groupingrequest {

bool isGrouping(const QJsonObject &body)
{
    const QJsonValue taskType = body.value(QStringLiteral("task_type"));
    if (taskType.isString())
        return taskType.toString() == QLatin1String("auto-grouping");
    return taskType.isUndefined() && body.value(QStringLiteral("type")).toInt(-1) == 2 && body.value(QStringLiteral("type")).isDouble();
}

std::optional<TaskRequest> parse(const QJsonObject &body, QString *error)
{
    TaskRequest request;
    request.type = QStringLiteral("auto-grouping");
    const QJsonValue configValue = body.value(QStringLiteral("config"));
    if (!configValue.isObject()) {
        *error = QStringLiteral("config must be an object with n_clusters.");
        return std::nullopt;
    }
    const QJsonObject config = configValue.toObject();
    const auto n = groupCount(config.value(QStringLiteral("n_clusters")));
    if (!n || *n < engine::minGroups || *n > engine::maxGroups) {
        *error = QStringLiteral("config.n_clusters must be an integer from %1 to %2.").arg(engine::minGroups).arg(engine::maxGroups);
        return std::nullopt;
    }
    // The 2021 form has no result_type: its export_type stands in.
    QJsonValue resultType = config.value(QStringLiteral("result_type"));
    if (resultType.isUndefined())
        resultType = body.value(QStringLiteral("export_type"));
    const int result = resultType.isUndefined() ? 1 : (resultType.isDouble() ? resultType.toInt(-1) : -1);
    if (result == 0) {
        *error = QStringLiteral("config.result_type 0: OBS output is not supported (no path or format is documented); use 1.");
        return std::nullopt;
    }
    if (result != 1) {
        *error = QStringLiteral("config.result_type must be 1 (save to samples).");
        return std::nullopt;
    }
    const QJsonValue property = config.value(QStringLiteral("property"));
    if (!property.isString() || !validProperty(property.toString())) {
        *error = QStringLiteral("config.property must be an attribute name of 1 to 64 characters, without !<>=&\"' and not starting with "
                                "@modelarts:.");
        return std::nullopt;
    }
    request.groups = *n;
    request.property = property.toString();
    if (!flag(config, QStringLiteral("ambiguity"), &request.clarity, error)
        || !flag(config, QStringLiteral("image_brightness"), &request.brightness, error)
        || !flag(config, QStringLiteral("image_colorfulness"), &request.colourfulness, error))
        return std::nullopt;
    request.config = QJsonObject{ { QStringLiteral("n_clusters"), config.value(QStringLiteral("n_clusters")) },
                                  { QStringLiteral("ambiguity"), request.clarity },
                                  { QStringLiteral("image_brightness"), request.brightness },
                                  { QStringLiteral("image_colorfulness"), request.colourfulness },
                                  { QStringLiteral("property"), request.property },
                                  { QStringLiteral("result_type"), 1 } };
    return request;
}

} // namespace groupingrequest
