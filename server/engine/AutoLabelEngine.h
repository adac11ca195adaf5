#pragma once

#include "engine/EngineTypes.h"

#include <atomic>
#include <functional>

// The auto-labeling engine of modelarts-local: image features with OpenCV, a probabilistic classifier
// trained on the labeled samples (`fast`), or also on the unlabeled ones by self-training (`accurate`),
// and hard-example mining with the reason ids of ModelArts. Pure computation over image files;
// deterministic for the same samples, configuration and seed; runs on the calling thread and uses the
// global thread pool for feature extraction.
namespace engine {

// `progress` receives 0..1 from the calling thread; `cancel` is polled between steps.
Result run(const QList<Sample> &samples, int labelCount, const Config &config, const std::function<void(double)> &progress,
           const std::atomic_bool &cancel);

} // namespace engine
