#include "versions/Manifest.h"

#include "TimeFormat.h"
#include "rest/JsonWriter.h"

#include <algorithm>
#include <cmath>

namespace manifest {

QLatin1StringView annotationType(int labelType)
{
    Q_UNUSED(labelType)
    return QLatin1StringView("modelarts/image_classification");
}

QByteArray line(const SampleRecord &s, const LineOptions &options)
{
    JsonWriter out(512);
    out.beginObject();
    out.key(QLatin1StringView("source")).value(options.source);
    if (options.usage != Usage::None)
        out.key(QLatin1StringView("usage")).value(QLatin1StringView(options.usage == Usage::Train ? "TRAIN" : "EVAL"));
    out.key(QLatin1StringView("id")).value(s.id);
    if (options.withHardKeys && s.hard) {
        out.key(QLatin1StringView("hard")).value(QLatin1StringView(*s.hard ? "true" : "false"));
        out.key(QLatin1StringView("hard-coefficient")).value(s.hardCoefficient);
    }
    if (!s.labels.isEmpty()) {
        const QString annotatedBy = s.annotatedBy.isEmpty() ? QStringLiteral("human") : s.annotatedBy;
        const QString created = timeformat::beijingTime(s.labeledTimeMs > 0 ? s.labeledTimeMs : s.timeMs);
        out.key(QLatin1StringView("annotation")).beginArray();
        for (const SampleLabelRecord &l : s.labels) {
            out.beginObject();
            out.key(QLatin1StringView("type")).value(annotationType(l.type));
            out.key(QLatin1StringView("name")).value(l.name);
            if (!l.property.isEmpty())
                out.key(QLatin1StringView("property")).value(l.property);
            out.key(QLatin1StringView("annotated-by")).value(annotatedBy);
            out.key(QLatin1StringView("creation-time")).value(created);
            if (l.score)
                out.key(QLatin1StringView("confidence")).value(*l.score);
            out.endObject();
        }
        out.endArray();
    }
    out.endObject();
    return out.take();
}

QHash<QString, Usage> split(const QList<SampleRecord> &samples, double trainRatio, bool keepUsage)
{
    struct Side
    {
        QStringList free; // to split
        qsizetype kept = 0; // on a side by their usage
        qsizetype keptTrain = 0;
    };
    QMap<QString, Side> byLabel; // ordered: the same input always splits the same way
    QHash<QString, Usage> usage;
    for (const SampleRecord &s : samples) {
        if (s.labels.isEmpty())
            continue;
        Side &side = byLabel[s.labels.first().name];
        if (keepUsage && (s.usage == QLatin1String("TRAIN") || s.usage == QLatin1String("EVAL"))) {
            const bool train = s.usage == QLatin1String("TRAIN");
            usage.insert(s.id, train ? Usage::Train : Usage::Eval);
            ++side.kept;
            side.keptTrain += train ? 1 : 0;
        } else {
            side.free.append(s.id);
        }
    }
    for (Side &side : byLabel) {
        side.free.sort();
        // round(ratio * n) train in all, those kept there counted first.
        const qsizetype all = side.free.size() + side.kept;
        const qsizetype target = trainRatio >= 1 ? all : qsizetype(std::llround(trainRatio * double(all)));
        const qsizetype train = std::clamp<qsizetype>(target - side.keptTrain, 0, side.free.size());
        for (qsizetype i = 0; i < side.free.size(); ++i)
            usage.insert(side.free[i], i < train ? Usage::Train : Usage::Eval);
    }
    return usage;
}

Snapshot snapshot(const QList<SampleRecord> &samples)
{
    Snapshot out;
    out.total = samples.size();
    for (const SampleRecord &s : samples) {
        if (s.labels.isEmpty())
            continue;
        ++out.annotated;
        out.multiLabel = out.multiLabel || s.labels.size() > 1;
        QSet<QString> seen;
        for (const SampleLabelRecord &l : s.labels) {
            LabelCount &c = out.labels[l.name];
            ++c.count;
            if (!seen.contains(l.name)) {
                seen.insert(l.name);
                ++c.sampleCount;
            }
        }
    }
    return out;
}

} // namespace manifest
