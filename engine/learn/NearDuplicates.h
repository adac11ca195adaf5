#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace engine {

// Groups of near duplicates among compact vectors (CompactSpace::project): two rows within `distance`
// (squared, in byte steps) are in one group, and so, transitively, is whatever is near either. Exact, and
// far from quadratic: the rows are sorted by the sum of their bytes and a pair is compared only when
// those sums differ by at most sqrt(dims * distance), since |sum(a) - sum(b)| <= sqrt(dims) * |a - b|.
// A group number per row: -1 for a row near no other, else 0..groups-1 (numbered by their first row).
// A progress callback answering false cancels (an empty result).
std::vector<int> nearDuplicateGroups(const std::int8_t *vectors, int count, int dims, std::int32_t distance,
                                     const std::function<bool(double)> &progress = {});

} // namespace engine
