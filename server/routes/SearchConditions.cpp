#include "routes/SearchConditions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

// "0" or "1" as a string, a boolean or a number: what `hard` may be written as.
QString hardText(const QJsonValue &hard)
{
    if (hard.isString())
        return hard.toString();
    if (hard.isBool())
        return hard.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return QString::number(hard.toInt(-1));
}

bool applyRange(const QJsonObject &c, const QString &rangeKey, qsizetype i, AutoQuery &query, QString *error)
{
    if (!c.contains(rangeKey))
        return true;
    const QStringList bounds = c.value(rangeKey).toString().split(QLatin1Char('-'));
    bool okLow = false, okHigh = false;
    const double lo = bounds.value(0).toDouble(&okLow);
    const double hi = bounds.value(1).toDouble(&okHigh);
    // "nan" parses as a number: a range of NaN would filter nothing (or everything) without a word.
    if (!c.value(rangeKey).isString() || bounds.size() != 2 || !okLow || !okHigh || !std::isfinite(lo) || !std::isfinite(hi) || lo < 0
        || hi > 1 || lo > hi) {
        *error = QStringLiteral("search_conditions[%1].%2 must be \"low-high\" within 0..1.").arg(i).arg(rangeKey);
        return false;
    }
    if (rangeKey == QLatin1String("score")) {
        query.lowScore = qMax(query.lowScore, lo);
        query.highScore = qMin(query.highScore, hi);
    }
    return true;
}

// label_list: {"labels": [{"name": "..."}, ...]}; the first label's name filters.
bool applyLabelList(const QJsonValue &value, qsizetype i, AutoQuery &query, QString *error)
{
    const QJsonValue labels = value.toObject().value(QStringLiteral("labels"));
    const QJsonValue name = labels.toArray().first().toObject().value(QStringLiteral("name"));
    if (!value.isObject() || !labels.isArray() || labels.toArray().isEmpty() || !name.isString() || name.toString().isEmpty()) {
        *error = QStringLiteral("search_conditions[%1].label_list must be {\"labels\": [{\"name\": \"...\"}]}.").arg(i);
        return false;
    }
    query.labelName = name.toString();
    return true;
}

bool applyOne(const QJsonValue &value, qsizetype i, AutoQuery &query, QString *error)
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
    static const QStringList known{ QStringLiteral("hard"), QStringLiteral("sample_name"), QStringLiteral("label_list"),
                                    QStringLiteral("score"), QStringLiteral("coefficient") };
    for (const QString &key : c.keys()) {
        if (!known.contains(key)) {
            *error = QStringLiteral("search_conditions[%1].%2 cannot filter this listing (hard, sample_name, label_list, score and "
                                    "coefficient can).")
                             .arg(i)
                             .arg(key);
            return false;
        }
    }
    if (c.contains(QStringLiteral("hard"))) {
        const QString text = hardText(c.value(QStringLiteral("hard")));
        if (text != QLatin1String("0") && text != QLatin1String("1")) {
            *error = QStringLiteral("search_conditions[%1].hard must be \"0\" or \"1\".").arg(i);
            return false;
        }
        query.hard = text == QLatin1String("1");
    }
    // A filter that cannot apply is an error, never a silent no-op.
    if (c.contains(QStringLiteral("sample_name"))) {
        if (!c.value(QStringLiteral("sample_name")).isString()) {
            *error = QStringLiteral("search_conditions[%1].sample_name must be a string.").arg(i);
            return false;
        }
        query.sampleName = c.value(QStringLiteral("sample_name")).toString();
    }
    if (c.contains(QStringLiteral("label_list")) && !applyLabelList(c.value(QStringLiteral("label_list")), i, query, error))
        return false;
    return applyRange(c, QStringLiteral("score"), i, query, error) && applyRange(c, QStringLiteral("coefficient"), i, query, error);
}

} // namespace

namespace searchconditions {

bool apply(const QString &conditions, AutoQuery &query, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(conditions.toUtf8());
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else if (doc.isObject()) {
        list.append(doc.object());
    } else {
        *error = QStringLiteral("search_conditions must be a JSON array of search conditions.");
        return false;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!applyOne(list[i], i, query, error))
            return false;
    }
    return true;
}

} // namespace searchconditions
