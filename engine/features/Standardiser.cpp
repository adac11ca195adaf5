#include "features/Standardiser.h"

#include "features/Features.h"

#include <algorithm>
#include <cmath>

namespace engine {

Standardiser Standardiser::fit(const cv::Mat &x)
{
    const int d = x.cols;
    std::vector<double> mean(static_cast<size_t>(d), 0.0), variance(size_t(d), 0.0);
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
    std::vector<float> outMean(static_cast<size_t>(d)), scale(size_t(d), 1.f);
    for (int c = 0; c < d; ++c)
        outMean[size_t(c)] = float(mean[size_t(c)]);
    for (const FeatureGroup &group : featureGroups()) {
        for (int c = group.begin; c < std::min(group.end, d); ++c)
            scale[size_t(c)] = float(group.weight / (std::sqrt(variance[size_t(c)] / std::max(1, x.rows)) + 1e-3));
    }
    return Standardiser(std::move(outMean), std::move(scale));
}

void Standardiser::applyRow(float *row) const
{
    for (size_t c = 0; c < m_mean.size(); ++c)
        row[c] = (row[c] - m_mean[c]) * m_scale[c];
}

void Standardiser::apply(cv::Mat &x) const
{
    for (int r = 0; r < x.rows; ++r)
        applyRow(x.ptr<float>(r));
}

} // namespace engine
