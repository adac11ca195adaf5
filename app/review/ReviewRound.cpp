#include "review/ReviewRound.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject estimateJson(const spotcheck::Estimate &e)
{
    return { { QStringLiteral("population"), e.population }, { QStringLiteral("drawn"), e.drawn },
             { QStringLiteral("checked"), e.checked },       { QStringLiteral("right"), e.right },
             { QStringLiteral("precision"), e.precision },   { QStringLiteral("low"), e.interval.low },
             { QStringLiteral("high"), e.interval.high } };
}

spotcheck::Estimate estimateFrom(const QJsonObject &o)
{
    spotcheck::Estimate e;
    e.population = o.value(QStringLiteral("population")).toInteger();
    e.drawn = o.value(QStringLiteral("drawn")).toInteger();
    e.checked = o.value(QStringLiteral("checked")).toInteger();
    e.right = o.value(QStringLiteral("right")).toInteger();
    e.precision = o.value(QStringLiteral("precision")).toDouble();
    e.interval.low = o.value(QStringLiteral("low")).toDouble();
    e.interval.high = o.value(QStringLiteral("high")).toDouble();
    return e;
}

} // namespace

QByteArray ReviewRound::toJson() const
{
    QJsonObject o{ { QStringLiteral("version"), 1 },
                   { QStringLiteral("number"), number },
                   { QStringLiteral("previous_task"), previousTaskId },
                   { QStringLiteral("confirmed_before"), confirmedBefore },
                   { QStringLiteral("confidence"), confidence },
                   { QStringLiteral("scope"), beforeScope } };
    if (before)
        o.insert(QStringLiteral("before"), estimateJson(*before));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ReviewRound> ReviewRound::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QStringLiteral("version")).toInt() != 1 || o.value(QStringLiteral("number")).toInt() < 2)
        return std::nullopt;
    ReviewRound r;
    r.number = o.value(QStringLiteral("number")).toInt();
    r.previousTaskId = o.value(QStringLiteral("previous_task")).toString();
    r.confirmedBefore = o.value(QStringLiteral("confirmed_before")).toInteger();
    r.confidence = o.value(QStringLiteral("confidence")).toDouble(0.95);
    r.beforeScope = o.value(QStringLiteral("scope")).toString();
    if (o.contains(QStringLiteral("before")))
        r.before = estimateFrom(o.value(QStringLiteral("before")).toObject());
    return r;
}
