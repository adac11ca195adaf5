#pragma once

#include <cstdint>
#include <vector>

namespace engine {

struct Neighbour
{
    int index = -1;
    std::int32_t distance = 0; // squared, in byte steps
};

// Squared Euclidean distance of two compact vectors (CompactSpace::project).
std::int32_t squaredDistance(const std::int8_t *a, const std::int8_t *b, int dims);

// The k rows of `vectors` (count rows of dims bytes, one after the other) nearest to `query`, nearest
// first (ties: the lower index). Rows whose `usable` byte is 0 (when given) are skipped, and so is
// `exclude`. An exhaustive scan: exact, and a million rows of 64 bytes take a few tens of milliseconds.
std::vector<Neighbour> nearest(const std::int8_t *query, const std::int8_t *vectors, int count, int dims, int k,
                               const std::uint8_t *usable = nullptr, int exclude = -1);

} // namespace engine
