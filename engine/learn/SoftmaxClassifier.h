#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace engine {

// Multinomial logistic regression (softmax) with L2 regularisation, trained by full-batch gradient
// descent with Adam steps: a probabilistic linear classifier that works with a handful of examples per
// class. Deterministic (zero initialisation, fixed iteration count).
class SoftmaxClassifier final
{
public:
    struct Options
    {
        double l2 = 1e-2;
        int iterations = 300;
        double learningRate = 0.05;
    };

    // x: n x d CV_32F; labels: n class indices in [0, classes); weights: n per-sample weights (or empty).
    void train(const cv::Mat &x, const std::vector<int> &labels, const std::vector<float> &weights, int classes, const Options &options);
    // n x classes CV_32F, each row summing to 1.
    cv::Mat probabilities(const cv::Mat &x) const;

private:
    cv::Mat m_w; // k x d: a row of weights per class
    cv::Mat m_b; // 1 x k
};

} // namespace engine
