#pragma once

#include "features/Features.h"

#include <functional>
#include <string>
#include <vector>

namespace engine {

// The engine's features of `count` image files (pathOf(i)), on the global thread pool in chunks, each
// worker giving way to the service's request threads; after each chunk `progress` gets the share done and
// `cancelled` is asked. False (the features partly filled) when cancelled. The labeling task and the
// grouping task describe their images with it.
bool describeFiles(int count, const std::function<std::string(int)> &pathOf, std::vector<ImageFeatures> &features,
                   const std::function<void(double done)> &progress, const std::function<bool()> &cancelled);

} // namespace engine
