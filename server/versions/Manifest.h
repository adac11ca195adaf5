#pragma once

#include "storage/Records.h"

#include <QHash>
#include <QMap>

// The manifest of a published image-classification version (modelarts-api-versions.md 5): JSON Lines,
// one sample a line, with the hyphenated keys of ModelArts' own files.
namespace manifest {

enum class Usage { None, Train, Eval };

struct LineOptions
{
    // Where the image is, as the line's "source" (an OBS-style URI, or a local path in an export).
    QString source;
    Usage usage = Usage::None;
    bool withHardKeys = false; // clear_hard_property false: the hard-example keys of the sample
};

// One line, without its newline. An unlabeled sample has no "annotation".
QByteArray line(const SampleRecord &sample, const LineOptions &options);

// TRAIN or EVAL for every labeled sample: per label (a sample's first label), round(ratio * n) of them
// train and the rest evaluate, the choice fixed by the sample ids (the same samples give the same split).
// A ratio of 1 (or more) trains on everything. With `keepUsage` (remove_sample_usage false), a sample whose
// usage is TRAIN or EVAL stays on that side and counts towards its label's round(ratio * n).
QHash<QString, Usage> split(const QList<SampleRecord> &samples, double trainRatio, bool keepUsage = false);

struct LabelCount
{
    qint64 count = 0; // times the label is applied
    qint64 sampleCount = 0; // samples carrying it
};

struct Snapshot
{
    qint64 total = 0;
    qint64 annotated = 0;
    bool multiLabel = false; // some sample has two labels or more
    QMap<QString, LabelCount> labels;
};

// What a version holds: its counts and label statistics.
Snapshot snapshot(const QList<SampleRecord> &samples);

// "modelarts/image_classification" for label type 0 (the only type modelarts-local labels).
QLatin1StringView annotationType(int labelType);

} // namespace manifest
