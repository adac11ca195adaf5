#include "learn/LabelAudit.h"

#include "learn/Neighbours.h"
#include "learn/SoftmaxClassifier.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <numeric>
#include <random>

namespace engine {
namespace {

cv::Mat rowsAsFloat(const std::int8_t *vectors, int dims, const std::vector<int> &rows)
{
    cv::Mat x(int(rows.size()), dims, CV_32F);
    for (size_t i = 0; i < rows.size(); ++i) {
        const std::int8_t *v = vectors + size_t(rows[i]) * size_t(dims);
        float *out = x.ptr<float>(int(i));
        for (int d = 0; d < dims; ++d)
            out[d] = float(v[d]) / 127.0f;
    }
    return x;
}

// Each class weighs the same in the loss, whatever its size.
std::vector<float> balancedWeights(const std::vector<int> &y, int classes)
{
    std::vector<int> per(static_cast<size_t>(classes), 0);
    for (int c : y)
        ++per[size_t(c)];
    std::vector<float> w(y.size());
    for (size_t i = 0; i < y.size(); ++i)
        w[i] = float(double(y.size()) / (double(classes) * std::max(1, per[size_t(y[i])])));
    return w;
}

// Confident learning's per-class thresholds: the mean out-of-sample probability of a class over the samples
// labeled with it.
std::vector<double> classThresholds(const std::vector<float> &p, const std::vector<int> &labels, int classes)
{
    std::vector<double> sum(static_cast<size_t>(classes), 0.0);
    std::vector<int> n(static_cast<size_t>(classes), 0);
    for (size_t i = 0; i < labels.size(); ++i) {
        sum[size_t(labels[i])] += p[i * size_t(classes) + size_t(labels[i])];
        ++n[size_t(labels[i])];
    }
    std::vector<double> t(static_cast<size_t>(classes), 1.0);
    for (int c = 0; c < classes; ++c)
        t[size_t(c)] = n[size_t(c)] > 0 ? sum[size_t(c)] / n[size_t(c)] : 1.0;
    return t;
}

void judgeByProbabilities(AuditFinding &f, const float *p, int given, int classes, const std::vector<double> &threshold)
{
    f.givenProbability = p[given];
    int best = -1; // the most likely class at or above its threshold
    int top = given == 0 && classes > 1 ? 1 : 0; // the most likely other class
    for (int c = 0; c < classes; ++c) {
        if (p[c] >= threshold[size_t(c)] && (best < 0 || p[c] > p[best]))
            best = c;
        if (c != given && p[c] > p[top])
            top = c;
    }
    f.likely = top;
    f.likelyProbability = p[top];
    f.confident = best >= 0 && best != given;
}

void judgeByNeighbours(AuditFinding &f, const std::int8_t *vectors, int count, int dims, const std::vector<int> &labels, int classes,
                       const AuditOptions &options)
{
    const int i = f.index;
    const auto near = nearest(vectors + size_t(i) * size_t(dims), vectors, count, dims, options.neighbours, nullptr, i);
    std::vector<int> votes(static_cast<size_t>(classes), 0);
    for (const Neighbour &n : near) {
        const int label = labels[size_t(n.index)];
        if (label != labels[size_t(i)]) {
            ++votes[size_t(label)];
            if (f.duplicateOf < 0 && n.distance <= options.duplicateDistance)
                f.duplicateOf = n.index;
        }
    }
    f.neighbours = int(near.size());
    const auto most = std::max_element(votes.begin(), votes.end());
    if (*most > 0) {
        f.neighbourLabel = int(most - votes.begin());
        f.neighbourCount = *most;
    }
}

void score(AuditFinding &f, const AuditOptions &options)
{
    const double margin = std::max(0.0, double(f.likelyProbability) - double(f.givenProbability));
    const double share = f.neighbours > 0 ? double(f.neighbourCount) / f.neighbours : 0.0;
    // Each kind of evidence on one scale, combined as independent signs (a noisy or): two that agree rank
    // above either alone; a duplicate with another label is as sure as it gets.
    const double model = f.confident ? 0.5 + 0.5 * margin : margin;
    const double look = 0.9 * share;
    f.score = f.duplicateOf >= 0 ? 1.0 : 1.0 - (1.0 - model) * (1.0 - look);
    f.flagged = f.confident || f.duplicateOf >= 0 || (f.neighbours > 0 && share >= options.neighbourShare);
}

} // namespace

std::vector<float> outOfSampleProbabilities(const std::int8_t *vectors, int count, int dims, const std::vector<int> &labels, int classes,
                                            int folds, const std::function<bool(double)> &progress)
{
    std::vector<float> p(static_cast<size_t>(count) * static_cast<size_t>(classes), 0.f);
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(20210101u));
    folds = std::max(2, std::min(folds, count));
    SoftmaxClassifier::Options o;
    constexpr int trainRows = 12000;
    o.iterations = std::min(count, trainRows) <= 5000 ? 300 : 150;
    o.l2 = 1e-2;
    for (int fold = 0; fold < folds; ++fold) {
        std::vector<int> train;
        std::vector<int> held;
        for (int i = 0; i < count; ++i)
            (i % folds == fold ? held : train).push_back(order[size_t(i)]);
        // A linear model of compact vectors learns as much from trainRows as from all (the rows are in a
        // seeded random order already): the rest only cost time.
        if (int(train.size()) > trainRows)
            train.resize(size_t(trainRows));
        std::vector<int> y(train.size());
        for (size_t i = 0; i < train.size(); ++i)
            y[i] = labels[size_t(train[i])];
        SoftmaxClassifier model;
        model.train(rowsAsFloat(vectors, dims, train), y, balancedWeights(y, classes), classes, o);
        const cv::Mat q = model.probabilities(rowsAsFloat(vectors, dims, held));
        for (size_t i = 0; i < held.size(); ++i)
            std::copy_n(q.ptr<float>(int(i)), classes, p.data() + size_t(held[i]) * size_t(classes));
        if (progress && !progress(0.6 * double(fold + 1) / folds))
            return {};
    }
    return p;
}

std::vector<AuditFinding> auditLabels(const std::int8_t *vectors, int count, int dims, const std::vector<int> &labels, int classes,
                                      const AuditOptions &options, const std::function<bool(double)> &progress)
{
    if (count < 2 || classes < 2 || int(labels.size()) != count)
        return {};
    const std::vector<float> p = outOfSampleProbabilities(vectors, count, dims, labels, classes, options.folds, progress);
    if (p.empty())
        return {};
    const std::vector<double> threshold = classThresholds(p, labels, classes);
    std::vector<AuditFinding> findings(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        findings[size_t(i)].index = i;
        judgeByProbabilities(findings[size_t(i)], p.data() + size_t(i) * size_t(classes), labels[size_t(i)], classes, threshold);
        score(findings[size_t(i)], options);
    }
    // The neighbour vote for every sample up to the limit; beyond it, for the most suspect so far.
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return findings[size_t(a)].score > findings[size_t(b)].score; });
    // An exhaustive scan per vote: at most neighbourScans distance computations in all (a few seconds).
    const int voted = std::min({ count, options.neighbourLimit, int(options.neighbourScans / std::max(1, count)) });
    for (int j = 0; j < voted; ++j) {
        AuditFinding &f = findings[size_t(order[size_t(j)])];
        judgeByNeighbours(f, vectors, count, dims, labels, classes, options);
        score(f, options);
        if (progress && j % 256 == 0 && !progress(0.6 + 0.4 * double(j) / voted))
            return {};
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const AuditFinding &a, const AuditFinding &b) { return a.flagged != b.flagged ? a.flagged : a.score > b.score; });
    if (progress)
        progress(1.0);
    return findings;
}

} // namespace engine
