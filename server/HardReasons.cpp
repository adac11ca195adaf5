#include "HardReasons.h"

namespace hardreasons {

QString algorithmName(int id)
{
    switch (id) {
    case LowConfidence: return QStringLiteral("confidence");
    case ClusterDisagrees: return QStringLiteral("clustering");
    case FarFromClass: return QStringLiteral("class_distance");
    case Resolution:
    case AspectRatio:
    case Brightness:
    case Saturation:
    case Colorfulness:
    case Sharpness: return QStringLiteral("image_statistics");
    case Outlier: return QStringLiteral("outlier_detection");
    default: return QStringLiteral("unknown");
    }
}

QString reason(int id)
{
    switch (id) {
    case NoTarget: return QStringLiteral("No target is found.");
    case LowConfidence: return QStringLiteral("The prediction has a low confidence.");
    case ClusterDisagrees: return QStringLiteral("The clustering of the training set disagrees with the prediction.");
    case FarFromClass: return QStringLiteral("The prediction differs strongly from the training images of the same class.");
    case SimilarDiffer: return QStringLiteral("Consecutive similar images get different predictions.");
    case Resolution: return QStringLiteral("The image resolution is unlike the training images.");
    case AspectRatio: return QStringLiteral("The image aspect ratio is unlike the training images.");
    case Brightness: return QStringLiteral("The image brightness is unlike the training images.");
    case Saturation: return QStringLiteral("The image saturation is unlike the training images.");
    case Colorfulness: return QStringLiteral("The image colourfulness is unlike the training images.");
    case Sharpness: return QStringLiteral("The image sharpness is unlike the training images.");
    case Outlier: return QStringLiteral("The image is predicted as an outlier.");
    default: return QStringLiteral("Unknown reason.");
    }
}

QString suggestion(int id)
{
    switch (id) {
    case LowConfidence:
    case ClusterDisagrees:
    case FarFromClass: return QStringLiteral("Check the label; add labeled images like this one to the training set.");
    case Resolution:
    case AspectRatio:
    case Brightness:
    case Saturation:
    case Colorfulness:
    case Sharpness: return QStringLiteral("Check the image; label more images taken under such conditions.");
    case Outlier: return QStringLiteral("Check whether the image belongs to the dataset at all.");
    default: return QStringLiteral("Check the label.");
    }
}

} // namespace hardreasons
