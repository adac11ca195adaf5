#pragma once

#include <opencv2/core.hpp>

#include <atomic>
#include <vector>

namespace engine {

// The number of groups ModelArts' auto grouping allows.
constexpr int minGroups = 2;
constexpr int maxGroups = 200;

// A sensible number of groups for n images: about sqrt(n / 2), within [minGroups, maxGroups] and at most n.
int defaultGroupCount(int n);

// Groups `points` (n x d CV_32F) into k clusters: k-means (k-means++ seeds, Lloyd steps) fitted on at most
// `fitRows` evenly spread points, then every point given to its nearest centre. Groups are numbered by
// descending size (ties: the group whose first point comes first), every number 0..k-1 used when n >= k.
// Deterministic for a seed. Empty when cancelled or when there are no points.
std::vector<int> cluster(const cv::Mat &points, int k, unsigned seed, const std::atomic_bool *cancel = nullptr, int fitRows = 20000);

} // namespace engine
