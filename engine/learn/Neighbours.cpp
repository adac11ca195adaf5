#include "learn/Neighbours.h"

#include <algorithm>
#include <queue>

namespace engine {

std::int32_t squaredDistance(const std::int8_t *a, const std::int8_t *b, int dims)
{
    std::int32_t sum = 0;
    for (int i = 0; i < dims; ++i) {
        const std::int32_t d = std::int32_t(a[i]) - std::int32_t(b[i]);
        sum += d * d;
    }
    return sum;
}

std::vector<Neighbour> nearest(const std::int8_t *query, const std::int8_t *vectors, int count, int dims, int k, const std::uint8_t *usable,
                               int exclude)
{
    std::vector<Neighbour> out;
    if (k <= 0 || dims <= 0)
        return out;
    // A max-heap of the best k so far: (distance, index), the worst on top.
    using Entry = std::pair<std::int32_t, int>;
    std::priority_queue<Entry> best;
    for (int i = 0; i < count; ++i) {
        if (i == exclude || (usable && !usable[i]))
            continue;
        const std::int32_t d = squaredDistance(query, vectors + size_t(i) * size_t(dims), dims);
        if (int(best.size()) < k)
            best.push({ d, i });
        else if (Entry{ d, i } < best.top()) {
            best.pop();
            best.push({ d, i });
        }
    }
    out.resize(best.size());
    for (size_t j = out.size(); j-- > 0;) {
        out[j] = Neighbour{ best.top().second, best.top().first };
        best.pop();
    }
    return out;
}

} // namespace engine
