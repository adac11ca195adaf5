#include "engine/AutoLabelEngine.h"

#include "engine/Features.h"
#include "engine/SoftmaxClassifier.h"
#include "HardReasons.h"
#include "ServerLog.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace engine {
namespace {

constexpr int chunkSize = 512;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double pos = p * double(values.size() - 1);
    const size_t lo = size_t(pos);
    const size_t hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (pos - double(lo));
}

// Squared Euclidean distances between the rows of a (n x d) and b (m x d): n x m.
cv::Mat squaredDistances(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat aa, bb;
    cv::reduce(a.mul(a), aa, 1, cv::REDUCE_SUM);
    cv::reduce(b.mul(b), bb, 1, cv::REDUCE_SUM);
    cv::Mat d;
    cv::gemm(a, b, -2.0, cv::Mat(), 0.0, d, cv::GEMM_2_T);
    d += cv::repeat(aa, 1, b.rows);
    d += cv::repeat(bb.t(), a.rows, 1);
    return cv::max(d, 0.0);
}

// Evenly spaced, deterministic subset of at most `count` indices of [0, n).
std::vector<int> spreadSubset(int n, int count)
{
    std::vector<int> out;
    if (n <= count) {
        out.resize(size_t(n));
        std::iota(out.begin(), out.end(), 0);
        return out;
    }
    for (int i = 0; i < count; ++i)
        out.push_back(int(qint64(i) * n / count));
    return out;
}

cv::Mat rowsOf(const cv::Mat &m, const std::vector<int> &rows)
{
    cv::Mat out(int(rows.size()), m.cols, m.type());
    for (size_t i = 0; i < rows.size(); ++i)
        m.row(rows[i]).copyTo(out.row(int(i)));
    return out;
}

SoftmaxClassifier::Options classifierOptions(int n)
{
    SoftmaxClassifier::Options o;
    o.iterations = n <= 2000 ? 300 : 150;
    o.l2 = 5e-2;
    return o;
}

} // namespace

Result run(const QList<Sample> &samples, int labelCount, const Config &config,
           const std::function<void(double)> &progress, const std::atomic_bool &cancel)
{
    Result result;
    if (labelCount < 2) {
        result.error = QStringLiteral("at least two labels are needed");
        return result;
    }
    const int n = int(samples.size());

    // Images are processed in parallel one per thread; OpenCV's own threading inside each small call
    // only adds synchronisation.
    cv::setNumThreads(1);
    QElapsedTimer phase;
    phase.start();
    auto timing = [&phase](const char *name) { qCDebug(lcEngine, "%s: %lld ms", name, phase.restart()); };
    // 1. Features, in chunks on the global pool, so that progress and cancellation are seen.
    std::vector<ImageFeatures> features(static_cast<size_t>(n));
    for (int start = 0; start < n; start += chunkSize) {
        if (cancel.load()) {
            result.cancelled = true;
            return result;
        }
        const int end = std::min(n, start + chunkSize);
        QList<int> indices(end - start);
        std::iota(indices.begin(), indices.end(), start);
        QtConcurrent::blockingMap(indices, [&](int i) { features[size_t(i)] = computeFeatures(samples[i].path.toStdString()); });
        progress(0.7 * end / std::max(1, n));
    }
    timing("features");
    std::vector<int> valid, train, unlabeled;
    for (int i = 0; i < n; ++i) {
        if (!features[size_t(i)].ok) {
            if (samples[i].label < 0)
                ++result.unreadable;
            continue;
        }
        valid.push_back(i);
        (samples[i].label >= 0 ? train : unlabeled).push_back(i);
    }
    std::vector<int> perClass(size_t(labelCount), 0);
    for (int i : train)
        perClass[size_t(samples[i].label)] += 1;
    for (int c = 0; c < labelCount; ++c) {
        if (perClass[size_t(c)] == 0) {
            result.error = QStringLiteral("label %1 has no readable labeled image").arg(c);
            return result;
        }
    }

    // 2. Standardise over every readable image (train and unlabeled alike: transductive and deterministic).
    const int d = descriptorSize();
    cv::Mat x(int(valid.size()), d, CV_32F);
    std::vector<int> rowOf(size_t(n), -1);
    for (size_t r = 0; r < valid.size(); ++r) {
        features[size_t(valid[r])].descriptor.copyTo(x.row(int(r)));
        rowOf[size_t(valid[r])] = int(r);
    }
    // In place, one row at a time: no full-size temporaries.
    std::vector<double> mean(static_cast<size_t>(d), 0.0), variance(static_cast<size_t>(d), 0.0);
    for (int r = 0; r < x.rows; ++r) {
        const float *row = x.ptr<float>(r);
        for (int c = 0; c < d; ++c)
            mean[size_t(c)] += row[c];
    }
    for (double &m : mean)
        m /= std::max(1, x.rows);
    for (int r = 0; r < x.rows; ++r) {
        const float *row = x.ptr<float>(r);
        for (int c = 0; c < d; ++c) {
            const double delta = row[c] - mean[size_t(c)];
            variance[size_t(c)] += delta * delta;
        }
    }
    std::vector<float> scale(static_cast<size_t>(d));
    for (const FeatureGroup &group : featureGroups()) {
        for (int c = group.begin; c < group.end; ++c)
            scale[size_t(c)] = float(group.weight / (std::sqrt(variance[size_t(c)] / std::max(1, x.rows)) + 1e-3));
    }
    for (int r = 0; r < x.rows; ++r) {
        float *row = x.ptr<float>(r);
        for (int c = 0; c < d; ++c)
            row[c] = float((row[c] - mean[size_t(c)]) * scale[size_t(c)]);
    }

    auto rowsFor = [&](const std::vector<int> &sampleIdx) {
        std::vector<int> rows;
        rows.reserve(sampleIdx.size());
        for (int i : sampleIdx)
            rows.push_back(rowOf[size_t(i)]);
        return rows;
    };
    const cv::Mat xTrain = rowsOf(x, rowsFor(train));
    const cv::Mat xUnlabeled = rowsOf(x, rowsFor(unlabeled));
    std::vector<int> yTrain;
    for (int i : train)
        yTrain.push_back(samples[i].label);
    timing("standardise");
    // 3. Train; `accurate` then adds the most confident half of the unlabeled images, class-balanced and
    //    weighted by their confidence, as pseudo-labeled training images (self-training), and trains again.
    SoftmaxClassifier classifier;
    classifier.train(xTrain, yTrain, {}, labelCount, classifierOptions(xTrain.rows));
    progress(0.8);
    if (config.accurate && !unlabeled.empty()) {
        for (const double share : { 0.5 }) {
            if (cancel.load()) {
                result.cancelled = true;
                return result;
            }
            const cv::Mat p = classifier.probabilities(xUnlabeled);
            std::vector<std::vector<std::pair<float, int>>> byClass(static_cast<size_t>(labelCount));
            for (int r = 0; r < p.rows; ++r) {
                cv::Point best;
                double score = 0;
                cv::minMaxLoc(p.row(r), nullptr, &score, nullptr, &best);
                byClass[size_t(best.x)].push_back({ float(score), r });
            }
            const size_t quota = size_t(share * double(unlabeled.size()) / labelCount);
            cv::Mat xAll = xTrain.clone();
            std::vector<int> yAll = yTrain;
            std::vector<float> wAll(yTrain.size(), 1.f);
            for (int c = 0; c < labelCount; ++c) {
                auto &list = byClass[size_t(c)];
                std::stable_sort(list.begin(), list.end(), [](auto a, auto b) { return a.first > b.first; });
                for (size_t k = 0; k < std::min(quota, list.size()); ++k) {
                    xAll.push_back(xUnlabeled.row(list[k].second));
                    yAll.push_back(c);
                    wAll.push_back(list[k].first);
                }
            }
            SoftmaxClassifier next;
            next.train(xAll, yAll, wAll, labelCount, classifierOptions(xAll.rows));
            classifier = next;
        }
    }
    progress(0.9);
    if (cancel.load()) {
        result.cancelled = true;
        return result;
    }
    timing("train");
    // 4. Predict.
    const cv::Mat prob = unlabeled.empty() ? cv::Mat() : classifier.probabilities(xUnlabeled);
    std::vector<int> predicted(unlabeled.size());
    std::vector<double> score(unlabeled.size());
    for (size_t r = 0; r < unlabeled.size(); ++r) {
        cv::Point best;
        double s = 0;
        cv::minMaxLoc(prob.row(int(r)), nullptr, &s, nullptr, &best);
        predicted[r] = best.x;
        score[r] = s;
    }

    // 5. Hard examples.
    std::vector<QList<int>> reasons(unlabeled.size());
    if (config.collectHard && !unlabeled.empty()) {
        for (size_t r = 0; r < unlabeled.size(); ++r) {
            if (score[r] >= config.confidenceLow && score[r] <= config.confidenceHigh)
                reasons[r].append(hardreasons::LowConfidence);
        }

        // A compact space for distances: PCA fitted on a spread subset of the images.
        const std::vector<int> fitRows = spreadSubset(x.rows, 256);
        const int components = std::min({ 32, x.cols, int(fitRows.size()) - 1 });
        cv::PCA pca(rowsOf(x, fitRows), cv::Mat(), cv::PCA::DATA_AS_ROW, std::max(1, components));
        // Projected in row blocks on the pool (the projection of every image is the one big product here).
        cv::Mat z(x.rows, pca.eigenvectors.rows, CV_32F);
        QList<int> blocks;
        for (int start = 0; start < x.rows; start += 1024)
            blocks.append(start);
        QtConcurrent::blockingMap(blocks, [&](int start) {
            const cv::Range rows(start, std::min(x.rows, start + 1024));
            pca.project(x.rowRange(rows)).copyTo(z.rowRange(rows));
        });
        const cv::Mat zTrain = rowsOf(z, rowsFor(train));
        const cv::Mat zUnlabeled = rowsOf(z, rowsFor(unlabeled));
        timing("pca");
        // Reason 3: farther from the predicted class's training images than training images of a class
        // are from each other.
        const cv::Mat dTrain = squaredDistances(zTrain, zTrain);
        std::vector<double> within;
        for (int i = 0; i < dTrain.rows; ++i) {
            double nearest = -1;
            for (int j = 0; j < dTrain.cols; ++j) {
                if (i != j && yTrain[size_t(i)] == yTrain[size_t(j)] && (nearest < 0 || dTrain.at<float>(i, j) < nearest))
                    nearest = dTrain.at<float>(i, j);
            }
            if (nearest >= 0)
                within.push_back(nearest);
        }
        const double farThreshold = percentile(within, 0.8);
        const cv::Mat dUnlabeledTrain = squaredDistances(zUnlabeled, zTrain);
        for (size_t r = 0; r < unlabeled.size(); ++r) {
            double nearest = -1;
            for (int j = 0; j < dUnlabeledTrain.cols; ++j) {
                if (yTrain[size_t(j)] == predicted[r] && (nearest < 0 || dUnlabeledTrain.at<float>(int(r), j) < nearest))
                    nearest = dUnlabeledTrain.at<float>(int(r), j);
            }
            if (!within.empty() && nearest > farThreshold)
                reasons[r].append(hardreasons::FarFromClass);
        }
        // Reason 2: the neighbourhood disagrees. The five nearest training images form a local cluster;
        // when most of them carry one label and it is not the prediction, the data and the model disagree.
        constexpr int neighbours = 5;
        for (size_t r = 0; r < unlabeled.size(); ++r) {
            std::vector<std::pair<float, int>> nearest;
            nearest.reserve(size_t(dUnlabeledTrain.cols));
            for (int j = 0; j < dUnlabeledTrain.cols; ++j)
                nearest.push_back({ dUnlabeledTrain.at<float>(int(r), j), yTrain[size_t(j)] });
            const int k = std::min(neighbours, int(nearest.size()));
            std::partial_sort(nearest.begin(), nearest.begin() + k, nearest.end());
            std::vector<int> votes(size_t(labelCount), 0);
            for (int j = 0; j < k; ++j)
                votes[size_t(nearest[size_t(j)].second)] += 1;
            const int majority = int(std::max_element(votes.begin(), votes.end()) - votes.begin());
            if (votes[size_t(majority)] * 2 > k && majority != predicted[r])
                reasons[r].append(hardreasons::ClusterDisagrees);
        }

        timing("neighbours");
        // Reasons 5-10: image statistics outside the training images' range.
        for (int s = 0; s < 6; ++s) {
            std::vector<double> values;
            for (int i : train)
                values.push_back(features[size_t(i)].stats[size_t(s)]);
            const double lo = percentile(values, 0.02), hi = percentile(values, 0.98);
            const double margin = 0.25 * std::max(hi - lo, 1e-6);
            for (size_t r = 0; r < unlabeled.size(); ++r) {
                const double v = features[size_t(unlabeled[r])].stats[size_t(s)];
                if (v < lo - margin || v > hi + margin)
                    reasons[r].append(hardreasons::Resolution + s);
            }
        }

        // Reason 30: outliers, by the mean distance to their nearest neighbours among all images.
        {
            const std::vector<int> refRows = spreadSubset(z.rows, 512);
            const cv::Mat ref = rowsOf(z, refRows);
            const cv::Mat dAll = squaredDistances(zUnlabeled, ref);
            const int kNearest = std::min(5, ref.rows - 1);
            std::vector<double> density(unlabeled.size());
            for (size_t r = 0; r < unlabeled.size(); ++r) {
                std::vector<float> row(dAll.ptr<float>(int(r)), dAll.ptr<float>(int(r)) + dAll.cols);
                std::partial_sort(row.begin(), row.begin() + kNearest + 1, row.end());
                // skip the image itself when it is among the references (distance 0)
                density[r] = std::accumulate(row.begin() + 1, row.begin() + kNearest + 1, 0.0) / std::max(1, kNearest);
            }
            const double threshold = percentile(density, 0.975);
            for (size_t r = 0; r < unlabeled.size(); ++r) {
                if (density[r] > threshold)
                    reasons[r].append(hardreasons::Outlier);
            }
        }
    }
    timing("statistics and outliers");
    for (size_t r = 0; r < unlabeled.size(); ++r) {
        Prediction p;
        p.label = predicted[r];
        p.score = std::round(score[r] * 1e4) / 1e4;
        std::sort(reasons[r].begin(), reasons[r].end());
        p.reasons = reasons[r];
        p.hard = !p.reasons.isEmpty();
        p.hardCoefficient = p.hard ? std::round(1e4 * std::min(1.0, 0.3 + 0.4 * (1.0 - p.score) + 0.15 * double(p.reasons.size() - 1))) / 1e4
                                   : 0.0;
        result.predictions.insert(samples[unlabeled[r]].id, p);
    }
    // Images that could not be read at all: the most common label, no confidence, an outlier.
    const int fallback = int(std::max_element(perClass.begin(), perClass.end()) - perClass.begin());
    for (int i = 0; i < n; ++i) {
        if (samples[i].label < 0 && !features[size_t(i)].ok)
            result.predictions.insert(samples[i].id, Prediction{ fallback, 0.0, true, 1.0, { hardreasons::Outlier } });
    }
    progress(1.0);
    result.ok = true;
    return result;
}

} // namespace engine
