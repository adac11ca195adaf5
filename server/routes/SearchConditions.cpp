#include "routes/SearchConditions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    if (bounds.size() != 2 || !okLow || !okHigh) {
        *error = QStringLiteral("search_conditions[%1].%2 must be \"low-high\".").arg(i).arg(rangeKey);
        return false;
    }
    if (rangeKey == QLatin1String("score")) {
        query.lowScore = qMax(query.lowScore, lo);
        query.highScore = qMin(query.highScore, hi);
    }
    return true;
}

bool applyOne(const QJsonValue &value, qsizetype i, AutoQuery &query, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("search_conditions[%1] must be an object.").arg(i);
        return false;
    }
    const QJsonObject c = value.toObject();
    if (c.contains(QStringLiteral("hard"))) {
        const QString text = hardText(c.value(QStringLiteral("hard")));
        if (text != QLatin1String("0") && text != QLatin1String("1")) {
            *error = QStringLiteral("search_conditions[%1].hard must be \"0\" or \"1\".").arg(i);
            return false;
        }
        query.hard = text == QLatin1String("1");
    }
    if (c.contains(QStringLiteral("sample_name")))
        query.sampleName = c.value(QStringLiteral("sample_name")).toString();
    const QJsonArray labelList = c.value(QStringLiteral("label_list")).toObject().value(QStringLiteral("labels")).toArray();
    if (!labelList.isEmpty())
        query.labelName = labelList.first().toObject().value(QStringLiteral("name")).toString();
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
