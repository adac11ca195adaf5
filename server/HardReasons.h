#pragma once

#include <QString>

// The hard-example reason ids of ModelArts (modelarts-api.md 7.6) as the service reports them in
// hard_detail_stats: the algorithm that found it, the reason and a suggestion (English, like the cloud's
// default locale; the desktop app translates the ids itself).
namespace hardreasons {

enum Id {
    NoTarget = 0,
    LowConfidence = 1,
    ClusterDisagrees = 2,
    FarFromClass = 3,
    SimilarDiffer = 4,
    Resolution = 5,
    AspectRatio = 6,
    Brightness = 7,
    Saturation = 8,
    Colorfulness = 9,
    Sharpness = 10,
    Outlier = 30,
};

QString algorithmName(int id);
QString reason(int id);
QString suggestion(int id);

} // namespace hardreasons
