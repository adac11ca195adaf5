#pragma once

#include "features/Standardiser.h"

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace engine {

// A descriptor made small enough to hold a million of: standardised (Standardiser), projected on the
// principal axes of the images it was fitted to, and each coordinate stored as a signed byte with one step
// for all axes (so Euclidean distances keep their meaning). Two images look alike when their compact
// vectors are near. Fitted once per dataset and kept with its vectors: vectors of two spaces do not compare.
class CompactSpace final
{
public:
    static constexpr int maxDims = 64;

    // descriptors: n x descriptorSize() CV_32F (n >= 2). dims: at most maxDims, at most n - 1.
    static CompactSpace fit(const cv::Mat &descriptors, int dims = maxDims);

    bool isValid() const { return m_dims > 0; }
    int dims() const { return m_dims; }
    // One descriptor (1 x descriptorSize() CV_32F) as dims() signed bytes.
    void project(const cv::Mat &descriptor, std::int8_t *out) const;
    // The same, unquantised (dims() floats): what clustering works on where memory allows.
    void projectFloat(const cv::Mat &descriptor, float *out) const;

    // The space as bytes, and back (an invalid space for bytes that are not one).
    std::string serialize() const;
    static CompactSpace deserialize(const std::string &bytes);

private:
    Standardiser m_standardiser;
    cv::Mat m_mean; // 1 x D, of the standardised descriptors
    cv::Mat m_axes; // dims x D
    float m_step = 1.f; // one byte step, in standardised units
    int m_dims = 0;
};

} // namespace engine
