#include "learn/SoftmaxClassifier.h"

#include "features/MatrixOps.h"

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

// Adam step `it` (from 1) of `param` (any shape, continuous) with its moments and gradient.
void adamStep(cv::Mat &param, cv::Mat &m, cv::Mat &v, const cv::Mat &grad, double learningRate, int it)
{
    constexpr float beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f;
    float *p = param.ptr<float>(0), *pm = m.ptr<float>(0), *pv = v.ptr<float>(0);
    const float *g = grad.ptr<float>(0);
    const float rate = float(learningRate / (1 - std::pow(double(beta1), it))), unbias = float(1 / (1 - std::pow(double(beta2), it)));
    for (size_t i = 0; i < param.total(); ++i) {
        pm[i] = beta1 * pm[i] + (1 - beta1) * g[i];
        pv[i] = beta2 * pv[i] + (1 - beta2) * g[i] * g[i];
        p[i] -= rate * pm[i] / (std::sqrt(pv[i] * unbias) + eps);
    }
}

} // namespace

void SoftmaxClassifier::train(const cv::Mat &x, const std::vector<int> &labels, const std::vector<float> &weights, int classes,
                              const Options &options)
{
    const int n = x.rows, d = x.cols;
    m_w = cv::Mat::zeros(classes, d, CV_32F);
    m_b = cv::Mat::zeros(1, classes, CV_32F);
    std::vector<float> w(static_cast<size_t>(n));
    double totalWeight = 0;
    for (int i = 0; i < n; ++i) {
        w[size_t(i)] = weights.empty() ? 1.f : weights[size_t(i)];
        totalWeight += w[size_t(i)];
    }
    if (totalWeight <= 0)
        return;
    cv::Mat mW = cv::Mat::zeros(classes, d, CV_32F), vW = mW.clone();
    cv::Mat mB = cv::Mat::zeros(1, classes, CV_32F), vB = mB.clone();
    cv::Mat gradW(classes, d, CV_32F), gradB(1, classes, CV_32F);
    for (int it = 1; it <= options.iterations; ++it) {
        cv::Mat p = probabilities(x);
        // The gradient of the weighted cross-entropy with L2: (p - target)^T x / total + l2 W.
        gradW = m_w * options.l2;
        gradB.setTo(0);
        for (int i = 0; i < n; ++i) {
            float *residual = p.ptr<float>(i);
            residual[labels[size_t(i)]] -= 1.f;
            for (int c = 0; c < classes; ++c) {
                const float r = float(residual[c] * w[size_t(i)] / totalWeight);
                matrix::addScaled(gradW.ptr<float>(c), x.ptr<float>(i), r, d);
                gradB.at<float>(c) += r;
            }
        }
        adamStep(m_w, mW, vW, gradW, options.learningRate, it);
        adamStep(m_b, mB, vB, gradB, options.learningRate, it);
    }
}

cv::Mat SoftmaxClassifier::probabilities(const cv::Mat &x) const
{
    cv::Mat logits = matrix::timesTransposed(x, m_w);
    for (int i = 0; i < logits.rows; ++i)
        logits.row(i) += m_b;
    softmaxRows(logits);
    return logits;
}

} // namespace engine
