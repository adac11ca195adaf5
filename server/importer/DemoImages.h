#pragma once

#include <QString>
#include <QStringList>

// Generated images for the demo and the benchmarks: shapes (the classes) drawn in varied colours, sizes,
// positions and angles over noisy, varied backgrounds with clutter, so that a classifier can separate
// them, but not trivially. Deterministic for a given seed.
namespace demoimages {

QStringList classNames();

// Writes `perClass` JPEGs per class into folder/<class>/. False with *error on failure.
bool generate(const QString &folder, int perClass, quint32 seed, QString *error, int width = 160, int height = 120);

// One RGBA PNG (a shape on a partly transparent background) at `path`.
bool generateRgba(const QString &path, quint32 seed, QString *error);

} // namespace demoimages
