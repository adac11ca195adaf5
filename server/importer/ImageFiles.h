#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

// Reading images for modelarts-local: probing at import (complete, decodable, how many channels) and
// making previews. Pure functions over files; safe on any thread.
namespace imagefiles {

struct ImageInfo
{
    int width = 0;
    int height = 0;
    int channels = 3; // 1 grayscale, 3 colour, 4 colour with alpha
};

// File name extensions modelarts-local imports (lowercase, without the dot).
bool isSupportedSuffix(const QString &suffix);

// Checks that the file is a complete image (a JPEG ends with its EOI marker, a PNG with IEND) and decodes.
// On failure returns std::nullopt and says why in *error.
std::optional<ImageInfo> probe(const QString &path, QString *error);

// Decodes `path` scaled so that its longer side is at most `maxSide` (never enlarged), alpha composited
// on white. A null image on failure.
QImage decodeScaled(const QString &path, int maxSide);

// Writes a JPEG preview of `source` to `target` atomically (QSaveFile). False on failure.
bool writePreview(const QString &source, const QString &target, int maxSide, QString *error);

} // namespace imagefiles
