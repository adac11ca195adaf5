#include "learn/SoftmaxClassifier.h"

#include <cmath>

namespace engine {
namespace {

void softmaxRows(cv::Mat &logits)
{
    for (int i = 0; i < logits.rows; ++i) {
        float *row = logits.ptr<float>(i);
        float max = row[0];
        for (int j = 1; j < logits.cols; ++j)
            max = std::max(max, row[j]);
        double sum = 0;
        for (int j = 0; j < logits.cols; ++j) {
            row[j] = std::exp(row[j] - max);
            sum += row[j];
        }
        for (int j = 0; j < logits.cols; ++j)
            row[j] = float(row[j] / sum);
    }
}

} // namespace

void SoftmaxClassifier::train(const cv::Mat &x, const std::vector<int> &labels, const std::vector<float> &weights, int classes,
                              const Options &options)
{
    const int n = x.rows, d = x.cols;
    m_w = cv::Mat::zeros(d, classes, CV_32F);
    m_b = cv::Mat::zeros(1, classes, CV_32F);
    cv::Mat target = cv::Mat::zeros(n, classes, CV_32F);
    cv::Mat w(n, 1, CV_32F);
    double totalWeight = 0;
    for (int i = 0; i < n; ++i) {
        target.at<float>(i, labels[size_t(i)]) = 1.f;
        const float wi = weights.empty() ? 1.f : weights[size_t(i)];
        w.at<float>(i) = wi;
        totalWeight += wi;
    }
    if (totalWeight <= 0)
        return;
    cv::Mat mW = cv::Mat::zeros(d, classes, CV_32F), vW = mW.clone();
    cv::Mat mB = cv::Mat::zeros(1, classes, CV_32F), vB = mB.clone();
    constexpr double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
    cv::Mat logits, gradW, gradB, residual;
    for (int it = 1; it <= options.iterations; ++it) {
        cv::gemm(x, m_w, 1.0, cv::repeat(m_b, n, 1), 1.0, logits);
        softmaxRows(logits);
        residual = logits - target;
        for (int i = 0; i < n; ++i)
            residual.row(i) *= w.at<float>(i) / totalWeight;
        cv::gemm(x, residual, 1.0, m_w, options.l2, gradW, cv::GEMM_1_T);
        cv::reduce(residual, gradB, 0, cv::REDUCE_SUM);
        const double c1 = 1 - std::pow(beta1, it), c2 = 1 - std::pow(beta2, it);
        auto step = [&](cv::Mat &param, cv::Mat &m, cv::Mat &v, const cv::Mat &grad) {
            m = beta1 * m + (1 - beta1) * grad;
            v = beta2 * v + (1 - beta2) * grad.mul(grad);
            cv::Mat denom;
            cv::sqrt(v / c2, denom);
            param -= options.learningRate * (m / c1) / (denom + eps);
        };
        step(m_w, mW, vW, gradW);
        step(m_b, mB, vB, gradB);
    }
}

cv::Mat SoftmaxClassifier::probabilities(const cv::Mat &x) const
{
    cv::Mat logits;
    cv::gemm(x, m_w, 1.0, cv::repeat(m_b, x.rows, 1), 1.0, logits);
    softmaxRows(logits);
    return logits;
}

} // namespace engine
