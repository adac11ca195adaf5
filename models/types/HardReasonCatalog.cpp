#include "types/HardReasonCatalog.h"

QString HardReasonCatalog::text(int id)
{
    switch (id) {
    case 0: return tr("No target was found in the image.");
    case 1: return tr("The model is not confident about this label.");
    case 2: return tr("Similar images (a clustering of the data) point to another label.");
    case 3: return tr("The image is far from the training images of the predicted label.");
    case 4: return tr("Consecutive similar images got different labels.");
    case 5: return tr("Its resolution is unlike the training images.");
    case 6: return tr("Its aspect ratio is unlike the training images.");
    case 7: return tr("Its brightness is unlike the training images.");
    case 8: return tr("Its saturation is unlike the training images.");
    case 9: return tr("Its colourfulness is unlike the training images.");
    case 10: return tr("Its sharpness is unlike the training images.");
    case 11: return tr("The number of boxes is unlike the training images.");
    case 12: return tr("The spread of box areas is unlike the training images.");
    case 13: return tr("The boxes' aspect ratios are unlike the training images.");
    case 14: return tr("The boxes' share of the image is unlike the training images.");
    case 15: return tr("The boxes lie unusually close to the edges.");
    case 16: return tr("The boxes' brightness is unlike the training images.");
    case 17: return tr("The boxes' sharpness is unlike the training images.");
    case 18: return tr("The boxes overlap unlike the training images.");
    case 19: return tr("A Gaussian blur of the image changes the prediction.");
    case 20: return tr("Flipping the image left to right changes the prediction.");
    case 21: return tr("Cropping the image changes the prediction.");
    case 22: return tr("Flipping the image upside down changes the prediction.");
    case 23: return tr("Scaling the image changes the prediction.");
    case 24: return tr("Shifting the image changes the prediction.");
    case 25: return tr("Shearing the image changes the prediction.");
    case 26: return tr("A superpixel version of the image changes the prediction.");
    case 27: return tr("Sharpening the image changes the prediction.");
    case 28: return tr("Adding noise to the image changes the prediction.");
    case 29: return tr("Inverting the image changes the prediction.");
    case 30: return tr("The image is an outlier: unlike the rest of the dataset.");
    default: return tr("Unknown reason %1.").arg(id);
    }
}
