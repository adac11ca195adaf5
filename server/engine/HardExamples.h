#pragma once

#include "engine/EngineTypes.h"
#include "features/Features.h"

#include <opencv2/core.hpp>

#include <vector>

// Hard-example mining of the engine, with the reason ids of ModelArts (HardReasons.h): low confidence
// (1), a neighbourhood that votes for another label (2), far from the predicted class (3), image
// statistics outside the training images' range (5-10), outliers (30).
namespace engine {

// What the mining looks at: the standardised descriptors of every readable image (x) and which rows are
// training and unlabeled images, the training labels, the predictions and their scores.
struct HardExampleInput
{
    const cv::Mat &x;
    const std::vector<int> &trainRows;
    const std::vector<int> &unlabeledRows;
    const std::vector<int> &yTrain;
    const std::vector<int> &predicted;
    const std::vector<double> &score;
    // image statistics (ImageFeatures::stats) of the training and the unlabeled images, in row order
    std::vector<std::array<double, 6>> trainStats;
    std::vector<std::array<double, 6>> unlabeledStats;
    int labelCount = 0;
};

// The reasons of each unlabeled image (in unlabeledRows order), unsorted; empty: not hard.
std::vector<QList<int>> mineHardExamples(const HardExampleInput &input, const Config &config);

} // namespace engine
