#include "learn/Clustering.h"

#include "features/MatrixOps.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace engine {
namespace {

constexpr int assignChunk = 4096;

// Each point's nearest centre, in chunks (cancellable between them). False when cancelled.
bool assign(const cv::Mat &points, const cv::Mat &centres, std::vector<int> &out, const std::atomic_bool *cancel)
{
    out.assign(size_t(points.rows), 0);
    for (int start = 0; start < points.rows; start += assignChunk) {
        if (cancel && cancel->load())
            return false;
        const int end = std::min(points.rows, start + assignChunk);
        const cv::Mat d = matrix::squaredDistances(points.rowRange(start, end), centres);
        for (int r = 0; r < d.rows; ++r) {
            cv::Point best;
            cv::minMaxLoc(d.row(r), nullptr, nullptr, &best, nullptr);
            out[size_t(start + r)] = best.x;
        }
    }
    return true;
}

// Renumbers groups by descending size, ties by first appearance; groups left empty keep the last numbers.
void renumberBySize(std::vector<int> &groups, int k)
{
    std::vector<int> size(static_cast<size_t>(k), 0), first(size_t(k), int(groups.size()));
    for (size_t i = 0; i < groups.size(); ++i) {
        ++size[size_t(groups[i])];
        first[size_t(groups[i])] = std::min(first[size_t(groups[i])], int(i));
    }
    std::vector<int> order(static_cast<size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return size[size_t(a)] != size[size_t(b)] ? size[size_t(a)] > size[size_t(b)] : first[size_t(a)] < first[size_t(b)];
    });
    std::vector<int> number(static_cast<size_t>(k));
    for (int n = 0; n < k; ++n)
        number[size_t(order[size_t(n)])] = n;
    for (int &g : groups)
        g = number[size_t(g)];
}

} // namespace

int defaultGroupCount(int n)
{
    const int k = int(std::lround(std::sqrt(std::max(0, n) / 2.0)));
    return std::min(std::max(1, n), std::clamp(k, minGroups, maxGroups));
}

std::vector<int> cluster(const cv::Mat &points, int k, unsigned seed, const std::atomic_bool *cancel, int fitRows)
{
    if (points.rows == 0 || points.type() != CV_32F)
        return {};
    k = std::clamp(k, 1, points.rows);
    if (k == 1)
        return std::vector<int>(size_t(points.rows), 0);
    const cv::Mat fitSet = matrix::rowsOf(points, matrix::spreadSubset(points.rows, std::max(fitRows, k)));
    cv::theRNG().state = 0x9E3779B97F4A7C15ull ^ seed;
    cv::Mat labels, centres;
    cv::kmeans(fitSet, k, labels, cv::TermCriteria(cv::TermCriteria::COUNT | cv::TermCriteria::EPS, 20, 1e-4), 1, cv::KMEANS_PP_CENTERS,
               centres);
    std::vector<int> groups;
    if (!assign(points, centres, groups, cancel))
        return {};
    renumberBySize(groups, k);
    return groups;
}

} // namespace engine
