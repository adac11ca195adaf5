#include "features/CompactSpace.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace engine {
namespace {

// "CSP2": the second version of the features (Features.cpp) as much as of this format. A space saved by
// another version does not load, so that a cache of vectors the features no longer make is computed again.
constexpr std::uint32_t magic = 0x43535032;

template<typename T>
void put(std::string &out, const T &v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof(T));
}

void putFloats(std::string &out, const float *data, size_t count)
{
    out.append(reinterpret_cast<const char *>(data), count * sizeof(float));
}

// Reads from `bytes` at `pos`; false when the bytes end first.
bool take(const std::string &bytes, size_t &pos, void *out, size_t size)
{
    if (bytes.size() < pos || bytes.size() - pos < size)
        return false;
    std::memcpy(out, bytes.data() + pos, size);
    pos += size;
    return true;
}

} // namespace

CompactSpace CompactSpace::fit(const cv::Mat &descriptors, int dims)
{
    CompactSpace space;
    if (descriptors.rows < 2 || descriptors.type() != CV_32F)
        return space;
    space.m_standardiser = Standardiser::fit(descriptors);
    cv::Mat x = descriptors.clone();
    space.m_standardiser.apply(x);
    dims = std::clamp(dims, 1, std::min({ maxDims, x.rows - 1, x.cols }));
    const cv::PCA pca(x, cv::noArray(), cv::PCA::DATA_AS_ROW, dims);
    space.m_mean = pca.mean.clone();
    space.m_axes = pca.eigenvectors.clone();
    space.m_dims = space.m_axes.rows;
    // Four deviations of the first axis span the byte's range: rarer values saturate.
    const float first = pca.eigenvalues.empty() ? 1.f : float(std::sqrt(std::max(0.f, pca.eigenvalues.at<float>(0))));
    space.m_step = std::max(1e-6f, 4.f * first / 127.f);
    return space;
}

void CompactSpace::projectFloat(const cv::Mat &descriptor, float *out) const
{
    cv::Mat x = descriptor.reshape(1, 1).clone();
    m_standardiser.applyRow(x.ptr<float>(0));
    x -= m_mean;
    for (int k = 0; k < m_dims; ++k)
        out[k] = float(x.dot(m_axes.row(k)));
}

void CompactSpace::project(const cv::Mat &descriptor, std::int8_t *out) const
{
    std::vector<float> v(static_cast<size_t>(m_dims));
    projectFloat(descriptor, v.data());
    for (int k = 0; k < m_dims; ++k)
        out[k] = std::int8_t(std::clamp(std::lround(v[size_t(k)] / m_step), -127L, 127L));
}

std::string CompactSpace::serialize() const
{
    std::string out;
    if (!isValid())
        return out;
    const std::uint32_t d = std::uint32_t(m_mean.cols);
    put(out, magic);
    put(out, std::uint32_t(m_dims));
    put(out, d);
    put(out, m_step);
    putFloats(out, m_standardiser.mean().data(), d);
    putFloats(out, m_standardiser.scale().data(), d);
    putFloats(out, m_mean.ptr<float>(0), d);
    for (int k = 0; k < m_dims; ++k)
        putFloats(out, m_axes.ptr<float>(k), d);
    return out;
}

CompactSpace CompactSpace::deserialize(const std::string &bytes)
{
    size_t pos = 0;
    std::uint32_t tag = 0, dims = 0, d = 0;
    float step = 0;
    if (!take(bytes, pos, &tag, 4) || tag != magic || !take(bytes, pos, &dims, 4) || !take(bytes, pos, &d, 4)
        || !take(bytes, pos, &step, 4))
        return {};
    if (dims == 0 || dims > std::uint32_t(maxDims) || d == 0 || d > 100000 || !(step > 0)
        || bytes.size() != pos + size_t(d) * 4 * (3 + dims))
        return {};
    std::vector<float> mean(d), scale(d);
    CompactSpace space;
    space.m_mean = cv::Mat(1, int(d), CV_32F);
    space.m_axes = cv::Mat(int(dims), int(d), CV_32F);
    take(bytes, pos, mean.data(), d * 4);
    take(bytes, pos, scale.data(), d * 4);
    take(bytes, pos, space.m_mean.ptr<float>(0), d * 4);
    for (int k = 0; k < int(dims); ++k)
        take(bytes, pos, space.m_axes.ptr<float>(k), d * 4);
    space.m_standardiser = Standardiser(std::move(mean), std::move(scale));
    space.m_step = step;
    space.m_dims = int(dims);
    return space;
}

} // namespace engine
