#include "learn/NearDuplicates.h"

#include "learn/Neighbours.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace engine {

namespace {

int root(std::vector<int> &parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])]; // halving
        i = parent[size_t(i)];
    }
    return i;
}

void join(std::vector<int> &parent, int a, int b)
{
    a = root(parent, a);
    b = root(parent, b);
    if (a != b)
        parent[size_t(std::max(a, b))] = std::min(a, b);
}

} // namespace

std::vector<int> nearDuplicateGroups(const std::int8_t *vectors, int count, int dims, std::int32_t distance,
                                     const std::function<bool(double)> &progress)
{
    if (count <= 0 || dims <= 0)
        return std::vector<int>(static_cast<size_t>(std::max(count, 0)), -1);
    std::vector<int> sum(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const std::int8_t *v = vectors + size_t(i) * size_t(dims);
        sum[size_t(i)] = std::accumulate(v, v + dims, 0);
    }
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&sum](int a, int b) { return sum[size_t(a)] < sum[size_t(b)]; });
    const double window = std::sqrt(double(dims) * double(std::max(distance, 0)));
    std::vector<int> parent(static_cast<size_t>(count));
    std::iota(parent.begin(), parent.end(), 0);
    for (int k = 0; k < count; ++k) {
        const int i = order[size_t(k)];
        const std::int8_t *a = vectors + size_t(i) * size_t(dims);
        for (int m = k + 1; m < count && double(sum[size_t(order[size_t(m)])] - sum[size_t(i)]) <= window; ++m) {
            const int j = order[size_t(m)];
            if (squaredDistance(a, vectors + size_t(j) * size_t(dims), dims) <= distance)
                join(parent, i, j);
        }
        if (progress && (k & 1023) == 1023 && !progress(double(k) / count))
            return {};
    }
    // Numbered by their first row; rows alone stay -1.
    std::vector<int> size(static_cast<size_t>(count), 0);
    for (int i = 0; i < count; ++i)
        ++size[size_t(root(parent, i))];
    std::vector<int> group(static_cast<size_t>(count), -1);
    std::vector<int> number(static_cast<size_t>(count), -1);
    int groups = 0;
    for (int i = 0; i < count; ++i) {
        const int r = root(parent, i);
        if (size[size_t(r)] < 2)
            continue;
        if (number[size_t(r)] < 0)
            number[size_t(r)] = groups++;
        group[size_t(i)] = number[size_t(r)];
    }
    if (progress)
        progress(1.0);
    return group;
}

} // namespace engine
