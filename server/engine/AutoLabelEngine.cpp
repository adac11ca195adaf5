#include "engine/AutoLabelEngine.h"

#include "HardReasons.h"
#include "ServerLog.h"
#include "engine/FeatureBatch.h"
#include "engine/HardExamples.h"
#include "features/Features.h"
#include "features/Standardiser.h"
#include "learn/SoftmaxClassifier.h"

#include <QElapsedTimer>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace engine {
namespace {

// The readable images split by what they are, labeled (train) and unlabeled, with their standardised
// descriptors.
struct Dataset
{
    std::vector<ImageFeatures> features;
    std::vector<int> train, unlabeled; // sample indices of readable images
    std::vector<int> perClass; // training images per label
    cv::Mat x; // one standardised row per readable image: the training images', then the unlabeled ones'
    std::vector<int> rowOf; // sample index -> row of x (-1: unreadable)
    cv::Mat xTrain, xUnlabeled; // the two ranges of x
    std::vector<int> yTrain;

    std::vector<int> rowsFor(const std::vector<int> &sampleIdx) const
    {
        std::vector<int> rows;
        rows.reserve(sampleIdx.size());
        for (int i : sampleIdx)
            rows.push_back(rowOf[size_t(i)]);
        return rows;
    }
};

SoftmaxClassifier::Options classifierOptions(int n)
{
    SoftmaxClassifier::Options o;
    o.iterations = n <= 2000 ? 300 : 150;
    o.l2 = 5e-2;
    return o;
}

// 1. Features (describeFiles). False when cancelled.
bool extractFeatures(const QList<Sample> &samples, Dataset &data, const std::function<void(double)> &progress,
                     const std::atomic_bool &cancel)
{
    return describeFiles(
            int(samples.size()), [&samples](int i) { return samples[i].path.toStdString(); }, data.features,
            [&progress](double done) { progress(0.7 * done); }, [&cancel] { return cancel.load(); });
}

// Which images are readable, labeled or not; an error when a label has no readable training image.
QString partition(const QList<Sample> &samples, int labelCount, Dataset &data, Result &result)
{
    for (int i = 0; i < int(samples.size()); ++i) {
        if (!data.features[size_t(i)].ok) {
            if (samples[i].label < 0)
                ++result.unreadable;
            continue;
        }
        (samples[i].label >= 0 ? data.train : data.unlabeled).push_back(i);
    }
    data.perClass.assign(size_t(labelCount), 0);
    for (int i : data.train)
        data.perClass[size_t(samples[i].label)] += 1;
    for (int c = 0; c < labelCount; ++c) {
        if (data.perClass[size_t(c)] == 0)
            return QStringLiteral("label %1 has no readable labeled image").arg(c);
    }
    return {};
}

// 2. Standardise over every readable image (train and unlabeled alike: transductive and deterministic),
//    in place. The training images' rows come first, then the unlabeled ones', so that each set is a
//    range of x, not a copy; each image's own descriptor is let go once copied.
void standardise(const QList<Sample> &samples, Dataset &data)
{
    cv::Mat &x = data.x;
    x.create(int(data.train.size() + data.unlabeled.size()), descriptorSize(), CV_32F);
    data.rowOf.assign(size_t(samples.size()), -1);
    int row = 0;
    for (const std::vector<int> *set : { &data.train, &data.unlabeled }) {
        for (int i : *set) {
            cv::Mat &descriptor = data.features[size_t(i)].descriptor;
            descriptor.copyTo(x.row(row));
            descriptor.release();
            data.rowOf[size_t(i)] = row++;
        }
    }
    Standardiser::fit(x).apply(x);
    data.xTrain = x.rowRange(0, int(data.train.size()));
    data.xUnlabeled = x.rowRange(int(data.train.size()), x.rows);
    for (int i : data.train)
        data.yTrain.push_back(samples[i].label);
}

// `accurate`: the most confident half of the unlabeled images, class-balanced and weighted by their
// confidence, join the training images as pseudo-labeled ones (self-training), and the classifier trains
// again.
SoftmaxClassifier selfTrain(const SoftmaxClassifier &classifier, const Dataset &data, int labelCount)
{
    constexpr double share = 0.5;
    const cv::Mat p = classifier.probabilities(data.xUnlabeled);
    std::vector<std::vector<std::pair<float, int>>> byClass(static_cast<size_t>(labelCount));
    for (int r = 0; r < p.rows; ++r) {
        cv::Point best;
        double score = 0;
        cv::minMaxLoc(p.row(r), nullptr, &score, nullptr, &best);
        byClass[size_t(best.x)].push_back({ float(score), r });
    }
    const size_t quota = size_t(share * double(data.unlabeled.size()) / labelCount);
    cv::Mat xAll = data.xTrain.clone();
    std::vector<int> yAll = data.yTrain;
    std::vector<float> wAll(data.yTrain.size(), 1.f);
    for (int c = 0; c < labelCount; ++c) {
        auto &list = byClass[size_t(c)];
        std::stable_sort(list.begin(), list.end(), [](auto a, auto b) { return a.first > b.first; });
        for (size_t k = 0; k < std::min(quota, list.size()); ++k) {
            xAll.push_back(data.xUnlabeled.row(list[k].second));
            yAll.push_back(c);
            wAll.push_back(list[k].first);
        }
    }
    SoftmaxClassifier next;
    next.train(xAll, yAll, wAll, labelCount, classifierOptions(xAll.rows));
    return next;
}

// 4. The predicted label and its score of each unlabeled image.
void predict(const SoftmaxClassifier &classifier, const Dataset &data, std::vector<int> &predicted, std::vector<double> &score)
{
    const cv::Mat prob = data.unlabeled.empty() ? cv::Mat() : classifier.probabilities(data.xUnlabeled);
    predicted.resize(data.unlabeled.size());
    score.resize(data.unlabeled.size());
    for (size_t r = 0; r < data.unlabeled.size(); ++r) {
        cv::Point best;
        double s = 0;
        cv::minMaxLoc(prob.row(int(r)), nullptr, &s, nullptr, &best);
        predicted[r] = best.x;
        score[r] = s;
    }
}

Prediction predictionOf(int label, double score, QList<int> reasons)
{
    Prediction p;
    p.label = label;
    p.score = std::round(score * 1e4) / 1e4;
    std::sort(reasons.begin(), reasons.end());
    p.reasons = reasons;
    p.hard = !p.reasons.isEmpty();
    p.hardCoefficient =
            p.hard ? std::round(1e4 * std::min(1.0, 0.3 + 0.4 * (1.0 - p.score) + 0.15 * double(p.reasons.size() - 1))) / 1e4 : 0.0;
    return p;
}

} // namespace

Result run(const QList<Sample> &samples, int labelCount, const Config &config, const std::function<void(double)> &progress,
           const std::atomic_bool &cancel)
{
    Result result;
    if (labelCount < 2) {
        result.error = QStringLiteral("at least two labels are needed");
        return result;
    }
    // Images are processed in parallel one per thread; OpenCV's own threading inside each small call
    // only adds synchronisation.
    cv::setNumThreads(1);
    QElapsedTimer phase;
    phase.start();
    auto timing = [&phase](const char *name) { qCDebug(lcEngine, "%s: %lld ms", name, phase.restart()); };
    Dataset data;
    result.cancelled = !extractFeatures(samples, data, progress, cancel);
    if (result.cancelled)
        return result;
    timing("features");
    result.error = partition(samples, labelCount, data, result);
    if (!result.error.isEmpty())
        return result;
    standardise(samples, data);
    timing("standardise");

    // 3. Train, and in `accurate` mode train again with self-training.
    SoftmaxClassifier classifier;
    classifier.train(data.xTrain, data.yTrain, {}, labelCount, classifierOptions(data.xTrain.rows));
    progress(0.8);
    if (config.accurate && !data.unlabeled.empty()) {
        result.cancelled = cancel.load();
        if (result.cancelled)
            return result;
        classifier = selfTrain(classifier, data, labelCount);
    }
    progress(0.9);
    result.cancelled = cancel.load();
    if (result.cancelled)
        return result;
    timing("train");

    std::vector<int> predicted;
    std::vector<double> score;
    predict(classifier, data, predicted, score);
    const std::vector<int> trainRows = data.rowsFor(data.train);
    const std::vector<int> unlabeledRows = data.rowsFor(data.unlabeled);
    HardExampleInput hardInput{ data.x, trainRows, unlabeledRows, data.yTrain, predicted, score, {}, {}, labelCount };
    for (int i : data.train)
        hardInput.trainStats.push_back(data.features[size_t(i)].stats);
    for (int i : data.unlabeled)
        hardInput.unlabeledStats.push_back(data.features[size_t(i)].stats);
    const std::vector<QList<int>> reasons = mineHardExamples(hardInput, config);
    timing("hard examples");

    for (size_t r = 0; r < data.unlabeled.size(); ++r)
        result.predictions.insert(samples[data.unlabeled[r]].id, predictionOf(predicted[r], score[r], reasons[r]));
    // Images that could not be read at all: the most common label, no confidence, an outlier.
    const int fallback = int(std::max_element(data.perClass.begin(), data.perClass.end()) - data.perClass.begin());
    for (int i = 0; i < int(samples.size()); ++i) {
        if (samples[i].label < 0 && !data.features[size_t(i)].ok)
            result.predictions.insert(samples[i].id, Prediction{ fallback, 0.0, true, 1.0, { hardreasons::Outlier } });
    }
    progress(1.0);
    result.ok = true;
    return result;
}

} // namespace engine
