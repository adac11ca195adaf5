#pragma once

#include <opencv2/core.hpp>

#include <vector>

// Small matrix helpers of the engine.
namespace engine::matrix {

// The p-quantile (0..1) of `values`, linearly interpolated; 0 for none.
double percentile(std::vector<double> values, double p);
// The dot product of two rows of n floats, in SIMD lanes (OpenCV's universal intrinsics).
float dot(const float *a, const float *b, int n);
// out[i] += s * x[i] for n floats.
void addScaled(float *out, const float *x, float s, int n);
// a (n x d) times the transpose of b (m x d), CV_32F: n x m, every entry a dot product of two rows.
// Faster than cv::gemm on the reference BLAS for the engine's shapes (a few to a few hundred columns).
cv::Mat timesTransposed(const cv::Mat &a, const cv::Mat &b);
// Squared Euclidean distances between the rows of a (n x d) and b (m x d): n x m.
cv::Mat squaredDistances(const cv::Mat &a, const cv::Mat &b);
// Evenly spaced, deterministic subset of at most `count` indices of [0, n).
std::vector<int> spreadSubset(int n, int count);
// The rows of m at `rows`, in that order.
cv::Mat rowsOf(const cv::Mat &m, const std::vector<int> &rows);

} // namespace engine::matrix
