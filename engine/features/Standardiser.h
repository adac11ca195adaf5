#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace engine {

// Descriptors made comparable: each dimension centred and scaled to unit deviation, then weighted by its
// feature group (featureGroups()). Fitted once over a set of images, applied to any descriptor.
class Standardiser final
{
public:
    // x: n x descriptorSize() CV_32F, n >= 1.
    static Standardiser fit(const cv::Mat &x);
    Standardiser() = default;
    Standardiser(std::vector<float> mean, std::vector<float> scale)
        : m_mean(std::move(mean))
        , m_scale(std::move(scale))
    {
    }

    bool isValid() const { return !m_mean.empty(); }
    void apply(cv::Mat &x) const; // in place, every row
    void applyRow(float *row) const;
    const std::vector<float> &mean() const { return m_mean; }
    const std::vector<float> &scale() const { return m_scale; }

private:
    std::vector<float> m_mean;
    std::vector<float> m_scale;
};

} // namespace engine
