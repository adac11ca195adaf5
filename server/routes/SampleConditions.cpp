#include "routes/SampleConditions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

// A listed value as text: a string, or an integer written as a number.
bool valueText(const QJsonValue &v, QString *out)
{
    if (v.isString()) {
        *out = v.toString();
        return true;
    }
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e15) {
        *out = QString::number(qint64(v.toDouble()));
        return true;
    }
    return false;
}

bool applyMetadata(const QJsonValue &value, qsizetype i, SampleQuery &query, QString *error)
{
    const QString field = QStringLiteral("search_conditions[%1].metadata").arg(i);
    const QJsonObject prop = value.toObject();
    const QJsonValue op = prop.value(QStringLiteral("op"));
    const QJsonValue props = prop.value(QStringLiteral("props"));
    if (!value.isObject() || !props.isObject() || props.toObject().isEmpty()) {
        *error = field + QStringLiteral(" must be {\"op\": \"AND\" or \"OR\", \"props\": {\"key\": [\"value\", ...]}}.");
        return false;
    }
    if (!op.isUndefined() && op.toString() != QLatin1String("AND") && op.toString() != QLatin1String("OR")) {
        *error = field + QStringLiteral(".op must be \"AND\" or \"OR\".");
        return false;
    }
    if (!query.attributes.isEmpty() && op.toString() == QLatin1String("OR")) {
        *error = field + QStringLiteral(": one metadata condition with \"OR\" at most (conditions are ANDed).");
        return false;
    }
    query.anyAttribute = op.toString() == QLatin1String("OR");
    const QJsonObject keys = props.toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        QStringList values;
        if (!it->isNull() && !it->isArray()) {
            *error = field + QStringLiteral(".props.%1 must be a list of values.").arg(it.key());
            return false;
        }
        for (const QJsonValue &v : it->toArray()) {
            QString text;
            if (!valueText(v, &text)) {
                *error = field + QStringLiteral(".props.%1 must list strings or integers.").arg(it.key());
                return false;
            }
            values.append(text);
        }
        query.attributes.append({ it.key(), values });
    }
    return true;
}

bool applyOne(const QJsonValue &value, qsizetype i, SampleQuery &query, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("search_conditions[%1] must be an object.").arg(i);
        return false;
    }
    const QJsonObject c = value.toObject();
    if (c.isEmpty()) {
        *error = QStringLiteral("search_conditions[%1] is empty: it filters nothing.").arg(i);
        return false;
    }
    for (auto it = c.begin(); it != c.end(); ++it) {
        if (it.key() == QLatin1String("metadata")) {
            if (!applyMetadata(*it, i, query, error))
                return false;
        } else if (it.key() == QLatin1String("sample_name") && it->isString()) {
            query.searchName = it->toString();
        } else if (it.key() == QLatin1String("label_list")) {
            const QJsonValue name =
                    it->toObject().value(QStringLiteral("labels")).toArray().first().toObject().value(QStringLiteral("name"));
            if (!name.isString() || name.toString().isEmpty()) {
                *error = QStringLiteral("search_conditions[%1].label_list must be {\"labels\": [{\"name\": \"...\"}]}.").arg(i);
                return false;
            }
            query.labelName = name.toString();
        } else {
            *error = QStringLiteral("search_conditions[%1].%2 cannot filter this listing (metadata, sample_name and label_list can).")
                             .arg(i)
                             .arg(it.key());
            return false;
        }
    }
    return true;
}

} // namespace

namespace sampleconditions {

bool apply(const QString &conditions, SampleQuery &query, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(conditions.toUtf8());
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.isObject())
        list.append(doc.object());
    if (list.isEmpty()) {
        *error = QStringLiteral("search_conditions must be a JSON array of search conditions.");
        return false;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!applyOne(list[i], i, query, error))
            return false;
    }
    return true;
}

} // namespace sampleconditions
