#pragma once

#include "types/ModelArtsTypes.h"

#include <QString>

// The first field in which two decoded samples differ ("" when they are the same): for comparing the
// page reader with the document decoder, in the tests and the differential fuzz target.
inline QString sampleDifference(const Sample &a, const Sample &b)
{
    if (a.labels.size() != b.labels.size())
        return QStringLiteral("labels.size");
    for (qsizetype i = 0; i < a.labels.size(); ++i) {
        const SampleLabel &x = a.labels[i];
        const SampleLabel &y = b.labels[i];
        if (x.name != y.name || x.type != y.type || x.id != y.id || x.score != y.score || x.property != y.property)
            return QStringLiteral("labels[%1]").arg(i);
    }
    const std::pair<const char *, bool> fields[] = {
        { "id", a.id == b.id },
        { "name", a.name == b.name },
        { "dir", a.dir == b.dir },
        { "sampleType", a.sampleType == b.sampleType },
        { "status", a.status == b.status },
        { "annotatedBy", a.annotatedBy == b.annotatedBy },
        { "source", a.source == b.source },
        { "preview", a.preview == b.preview },
        { "size", a.width == b.width && a.height == b.height && a.channels == b.channels },
        { "sizeBytes", a.sizeBytes == b.sizeBytes },
        { "timeMs", a.timeMs == b.timeMs },
        { "hard", a.hard.hard == b.hard.hard && a.hard.coefficient == b.hard.coefficient && a.hard.reasons == b.hard.reasons },
    };
    for (const auto &[name, same] : fields) {
        if (!same)
            return QString::fromLatin1(name);
    }
    return {};
}

// The same for two pages.
inline QString pageDifference(const SamplePage &a, const SamplePage &b)
{
    if (a.total != b.total)
        return QStringLiteral("total");
    if (a.samples.size() != b.samples.size())
        return QStringLiteral("samples.size");
    for (qsizetype i = 0; i < a.samples.size(); ++i) {
        const QString d = sampleDifference(a.samples[i], b.samples[i]);
        if (!d.isEmpty())
            return QStringLiteral("samples[%1].%2").arg(i).arg(d);
    }
    return {};
}
