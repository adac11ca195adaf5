#include "engine/HardExamples.h"

#include "HardReasons.h"
#include "ServerLog.h"
#include "features/MatrixOps.h"
#include "threads/BackgroundPriority.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace engine {
namespace {

using matrix::percentile;
using matrix::rowsOf;
using matrix::spreadSubset;
using matrix::squaredDistances;

// A compact space for distances: PCA fitted on a spread subset of the images, every image projected in
// row blocks on the pool (the projection of every image is the one big product here).
cv::Mat project(const cv::Mat &x)
{
    const std::vector<int> fitRows = spreadSubset(x.rows, 256);
    const int components = std::min({ 32, x.cols, int(fitRows.size()) - 1 });
    cv::PCA pca(rowsOf(x, fitRows), cv::Mat(), cv::PCA::DATA_AS_ROW, std::max(1, components));
    // (x - mean) E^T, as x E^T - mean E^T: no centred copy of x.
    const cv::Mat offset = matrix::timesTransposed(pca.mean, pca.eigenvectors);
    cv::Mat z(x.rows, pca.eigenvectors.rows, CV_32F);
    QList<int> blocks;
    for (int start = 0; start < x.rows; start += 1024)
        blocks.append(start);
    QtConcurrent::blockingMap(blocks, [&](int start) {
        background::yieldToInteractiveThreads(); // the service's request workers come first
        const cv::Range rows(start, std::min(x.rows, start + 1024));
        cv::Mat block = matrix::timesTransposed(x.rowRange(rows), pca.eigenvectors);
        for (int r = 0; r < block.rows; ++r)
            block.row(r) -= offset;
        block.copyTo(z.rowRange(rows));
    });
    return z;
}

// Reason 3: farther from the predicted class's training images than training images of a class are
// from each other.
void farFromClass(const cv::Mat &zTrain, const cv::Mat &dUnlabeledTrain, const HardExampleInput &in, std::vector<QList<int>> &reasons)
{
    const cv::Mat dTrain = squaredDistances(zTrain, zTrain);
    std::vector<double> within;
    for (int i = 0; i < dTrain.rows; ++i) {
        double nearest = -1;
        for (int j = 0; j < dTrain.cols; ++j) {
            if (i != j && in.yTrain[size_t(i)] == in.yTrain[size_t(j)] && (nearest < 0 || dTrain.at<float>(i, j) < nearest))
                nearest = dTrain.at<float>(i, j);
        }
        if (nearest >= 0)
            within.push_back(nearest);
    }
    const double farThreshold = percentile(within, 0.8);
    for (size_t r = 0; r < reasons.size(); ++r) {
        double nearest = -1;
        for (int j = 0; j < dUnlabeledTrain.cols; ++j) {
            if (in.yTrain[size_t(j)] == in.predicted[r] && (nearest < 0 || dUnlabeledTrain.at<float>(int(r), j) < nearest))
                nearest = dUnlabeledTrain.at<float>(int(r), j);
        }
        if (!within.empty() && nearest > farThreshold)
            reasons[r].append(hardreasons::FarFromClass);
    }
}

// Reason 2: the neighbourhood disagrees. The five nearest training images form a local cluster; when
// most of them carry one label and it is not the prediction, the data and the model disagree.
void clusterDisagrees(const cv::Mat &dUnlabeledTrain, const HardExampleInput &in, std::vector<QList<int>> &reasons)
{
    constexpr int neighbours = 5;
    for (size_t r = 0; r < reasons.size(); ++r) {
        std::vector<std::pair<float, int>> nearest;
        nearest.reserve(size_t(dUnlabeledTrain.cols));
        for (int j = 0; j < dUnlabeledTrain.cols; ++j)
            nearest.push_back({ dUnlabeledTrain.at<float>(int(r), j), in.yTrain[size_t(j)] });
        const int k = std::min(neighbours, int(nearest.size()));
        std::partial_sort(nearest.begin(), nearest.begin() + k, nearest.end());
        std::vector<int> votes(size_t(in.labelCount), 0);
        for (int j = 0; j < k; ++j)
            votes[size_t(nearest[size_t(j)].second)] += 1;
        const int majority = int(std::max_element(votes.begin(), votes.end()) - votes.begin());
        if (votes[size_t(majority)] * 2 > k && majority != in.predicted[r])
            reasons[r].append(hardreasons::ClusterDisagrees);
    }
}

// Reasons 5-10: image statistics outside the training images' range.
void statisticsOutOfRange(const HardExampleInput &in, std::vector<QList<int>> &reasons)
{
    for (size_t s = 0; s < 6; ++s) {
        std::vector<double> values;
        for (const auto &stats : in.trainStats)
            values.push_back(stats[s]);
        const double lo = percentile(values, 0.02), hi = percentile(values, 0.98);
        const double margin = 0.25 * std::max(hi - lo, 1e-6);
        for (size_t r = 0; r < reasons.size(); ++r) {
            const double v = in.unlabeledStats[r][s];
            if (v < lo - margin || v > hi + margin)
                reasons[r].append(hardreasons::Resolution + int(s));
        }
    }
}

// Reason 30: outliers, by the mean distance to their nearest neighbours among all images.
void outliers(const cv::Mat &z, const cv::Mat &zUnlabeled, std::vector<QList<int>> &reasons)
{
    const cv::Mat ref = rowsOf(z, spreadSubset(z.rows, 512));
    const int kNearest = std::min(5, ref.rows - 1);
    std::vector<double> density(reasons.size());
    QList<int> blocks; // on the pool, a block of rows each: the distances to every reference are the cost
    for (int start = 0; start < zUnlabeled.rows; start += 1024)
        blocks.append(start);
    QtConcurrent::blockingMap(blocks, [&](int start) {
        background::yieldToInteractiveThreads(); // the service's request workers come first
        const int end = std::min(zUnlabeled.rows, start + 1024);
        const cv::Mat d = squaredDistances(zUnlabeled.rowRange(start, end), ref);
        for (int r = 0; r < d.rows; ++r) {
            std::vector<float> row(d.ptr<float>(r), d.ptr<float>(r) + d.cols);
            std::partial_sort(row.begin(), row.begin() + kNearest + 1, row.end());
            // skip the image itself when it is among the references (distance 0)
            density[size_t(start + r)] = std::accumulate(row.begin() + 1, row.begin() + kNearest + 1, 0.0) / std::max(1, kNearest);
        }
    });
    const double threshold = percentile(density, 0.975);
    for (size_t r = 0; r < reasons.size(); ++r) {
        if (density[r] > threshold)
            reasons[r].append(hardreasons::Outlier);
    }
}

} // namespace

std::vector<QList<int>> mineHardExamples(const HardExampleInput &in, const Config &config)
{
    std::vector<QList<int>> reasons(in.unlabeledRows.size());
    if (!config.collectHard || reasons.empty())
        return reasons;
    for (size_t r = 0; r < reasons.size(); ++r) {
        if (in.score[r] >= config.confidenceLow && in.score[r] <= config.confidenceHigh)
            reasons[r].append(hardreasons::LowConfidence);
    }
    const cv::Mat z = project(in.x);
    const cv::Mat zTrain = rowsOf(z, in.trainRows);
    const cv::Mat zUnlabeled = rowsOf(z, in.unlabeledRows);
    const cv::Mat dUnlabeledTrain = squaredDistances(zUnlabeled, zTrain);
    farFromClass(zTrain, dUnlabeledTrain, in, reasons);
    clusterDisagrees(dUnlabeledTrain, in, reasons);
    statisticsOutOfRange(in, reasons);
    outliers(z, zUnlabeled, reasons);
    return reasons;
}

} // namespace engine
