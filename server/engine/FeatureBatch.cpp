#include "engine/FeatureBatch.h"

#include "threads/BackgroundPriority.h"

#include <QList>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace engine {

namespace {
constexpr int chunkSize = 256; // progress and cancellation are seen this often
}

bool describeFiles(int count, const std::function<std::string(int)> &pathOf, std::vector<ImageFeatures> &features,
                   const std::function<void(double done)> &progress, const std::function<bool()> &cancelled)
{
    features.resize(static_cast<size_t>(std::max(0, count)));
    for (int start = 0; start < count; start += chunkSize) {
        if (cancelled())
            return false;
        const int end = std::min(count, start + chunkSize);
        QList<int> indices(end - start);
        std::iota(indices.begin(), indices.end(), start);
        QtConcurrent::blockingMap(indices, [&](int i) {
            background::yieldToInteractiveThreads(); // the service's request workers come first
            features[size_t(i)] = computeFeatures(pathOf(i));
        });
        progress(double(end) / std::max(1, count));
    }
    return true;
}

} // namespace engine
