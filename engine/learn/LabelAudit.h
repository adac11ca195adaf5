#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace engine {

// An audit of the labels a dataset already has: which of them are likely wrong, and why. Three kinds of
// evidence over the samples' compact vectors (CompactSpace::project):
// - out-of-sample probabilities: the softmax classifier trained in K folds, each sample judged by a model
//   that never saw it, and the confident-learning rule on them (Northcutt et al., "Confident Learning",
//   JAIR 2021): per class the mean probability of its own samples is its threshold; a sample whose most
//   likely class above its threshold is not its label sits off the confident joint's diagonal;
// - the labels of its nearest look-alikes;
// - near duplicates (compact vectors within duplicateDistance) that carry another label.
// A suspect is a reason to look, not a verdict: every sample is scored, the flagged ones first.
struct AuditOptions
{
    int folds = 5;
    int neighbours = 8;
    double neighbourShare = 0.75; // flagged when at least this share of the neighbours carry one other label
    std::int32_t duplicateDistance = 64; // squared, in byte steps: the same image re-encoded or resized
    int neighbourLimit = 20000; // samples beyond this many get the neighbour vote only when among the most suspect
    double neighbourScans = 4e8; // and at most so many vector comparisons in all (100,000 samples: the 4,000 most suspect)
};

struct AuditFinding
{
    int index = -1; // into the audited samples
    double score = 0; // 0..1, higher: more likely wrong
    bool flagged = false;
    // Confident learning (off-diagonal of the confident joint).
    bool confident = false;
    int likely = -1; // the class the out-of-sample model prefers
    float givenProbability = 0; // the out-of-sample probability of the sample's own label
    float likelyProbability = 0;
    // Look-alikes.
    int neighbours = 0;
    int neighbourLabel = -1; // the most common other label among them
    int neighbourCount = 0; // how many carry it
    // A near duplicate with another label (the first found), or -1.
    int duplicateOf = -1;
};

// `vectors`: count x dims bytes; `labels`: count class indices in [0, classes). Progress from 0 to 1; a
// progress callback answering false cancels (an empty result). The findings, most suspect first.
std::vector<AuditFinding> auditLabels(const std::int8_t *vectors, int count, int dims, const std::vector<int> &labels, int classes,
                                      const AuditOptions &options, const std::function<bool(double)> &progress = {});

// Out-of-sample class probabilities (count x classes, row-major) from `folds` folds (seeded, deterministic).
std::vector<float> outOfSampleProbabilities(const std::int8_t *vectors, int count, int dims, const std::vector<int> &labels, int classes,
                                            int folds, const std::function<bool(double)> &progress = {});

} // namespace engine
