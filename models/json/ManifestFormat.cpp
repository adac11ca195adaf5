#include "json/ManifestFormat.h"

#include "json/JsonReaders.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace manifestformat {

using namespace jsoncodec;
using namespace jsoncodec::detail;

namespace {

// The hyphenated key, or its underscore alias (MDSDK's field_name.py accepts both).
QJsonValue either(const QJsonObject &o, const QString &hyphenated)
{
    const QJsonValue v = o.value(hyphenated);
    return v.isUndefined() ? o.value(QString(hyphenated).replace(QLatin1Char('-'), QLatin1Char('_'))) : v;
}

QJsonObject propertyOf(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject();
    if (v.isString()) { // V002 writes it as JSON text: "[{\"type\":0,\"property\":{}}]"
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return QJsonObject{ { QStringLiteral("items"), doc.array() } };
    }
    return {};
}

} // namespace

QByteArray line(const Sample &s, const QString &source, const QString &usage)
{
    QJsonArray annotations;
    const QString created = QDateTime::fromMSecsSinceEpoch(s.timeMs, QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    for (const SampleLabel &l : s.labels) {
        QJsonObject a{ { QStringLiteral("type"), QStringLiteral("modelarts/image_classification") },
                       { QStringLiteral("name"), l.name },
                       { QStringLiteral("annotated-by"), s.annotatedBy.isEmpty() ? QStringLiteral("human") : s.annotatedBy },
                       { QStringLiteral("creation-time"), created } };
        if (l.score)
            a.insert(QStringLiteral("confidence"), *l.score);
        annotations.append(a);
    }
    QJsonObject o{ { QStringLiteral("source"), source }, { QStringLiteral("id"), s.id }, { QStringLiteral("annotation"), annotations } };
    if (!usage.isEmpty())
        o.insert(QStringLiteral("usage"), usage);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Entry> read(const QByteArray &line, QString *error)
{
    QString why;
    const auto o = parseObject(line, &why);
    if (!o) {
        *error = why;
        return std::nullopt;
    }
    Entry e;
    e.source = text(*o, QStringLiteral("source"));
    if (e.source.isEmpty()) {
        *error = QStringLiteral("source is missing");
        return std::nullopt;
    }
    e.usage = text(*o, QStringLiteral("usage")).toUpper();
    e.id = text(*o, QStringLiteral("id"));
    e.hard = flexibleBool(o->value(QStringLiteral("hard")));
    const QJsonValue annotations = o->value(QStringLiteral("annotation"));
    if (!annotations.isUndefined() && !annotations.isArray()) {
        *error = QStringLiteral("annotation is not an array");
        return std::nullopt;
    }
    const QJsonArray list = annotations.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject a = list[i].toObject();
        Annotation out{ text(a, QStringLiteral("name")),
                        text(a, QStringLiteral("type")),
                        either(a, QStringLiteral("annotated-by")).toString(),
                        either(a, QStringLiteral("creation-time")).toString(),
                        flexibleNumber(a.value(QStringLiteral("confidence"))),
                        propertyOf(a.value(QStringLiteral("property"))) };
        if (out.name.isEmpty()) {
            *error = QStringLiteral("annotation[%1].name is missing").arg(i);
            return std::nullopt;
        }
        e.annotations.append(out);
    }
    return e;
}

QByteArray csvRow(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields) {
        const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
                || f.contains(QLatin1Char('\r'));
        out.append(quote ? QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"') : f);
    }
    return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace manifestformat
