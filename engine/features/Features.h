#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <string>
#include <vector>

// Image features for the auto-labeling engine.
namespace engine {

// What describes an image to the classifier (one row), and the statistics that hard-example mining
// compares with the training images (reasons 5-10).
struct ImageFeatures
{
    bool ok = false;
    cv::Mat descriptor; // 1 x N, CV_32F
    // resolution (megapixels), aspect ratio, brightness, saturation, colourfulness, sharpness
    std::array<double, 6> stats{};
};

// Decodes `path` (any channel count; converted to 3-channel colour) and computes its features.
ImageFeatures computeFeatures(const std::string &path);
// The same for an already decoded BGR image.
ImageFeatures computeFeatures(const cv::Mat &bgr);

int descriptorSize();

// The descriptor's parts, each with the weight it gets after standardisation.
struct FeatureGroup
{
    const char *name;
    int begin;
    int end;
    float weight;
};
const std::vector<FeatureGroup> &featureGroups();

} // namespace engine
