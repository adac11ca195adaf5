#include "lookalike/LookAlikes.h"

#include "learn/Neighbours.h"
#include "samples/SampleListModel.h"
#include "threads/OffThread.h"

#include <algorithm>

namespace {

struct Vectors
{
    std::vector<int> rows;
    std::vector<std::int8_t> bytes;
};

Vectors gather(const LookAlikes &looks, const QList<int> &rows)
{
    Vectors v;
    for (int row : rows) {
        if (const std::int8_t *vector = looks.vectorOf(row)) {
            v.rows.push_back(row);
            v.bytes.insert(v.bytes.end(), vector, vector + looks.dims());
        }
    }
    return v;
}

} // namespace

void LookAlikes::closerTo(const QList<int> &candidates, const QList<int> &like, const QList<int> &unlike,
                          std::function<void(const QList<int> &)> done)
{
    Vectors pool = gather(*this, candidates);
    Vectors references = gather(*this, like);
    const size_t likeCount = references.rows.size();
    Vectors others = gather(*this, unlike);
    references.rows.insert(references.rows.end(), others.rows.begin(), others.rows.end());
    references.bytes.insert(references.bytes.end(), others.bytes.begin(), others.bytes.end());
    const int dims = m_dims;
    offthread::run(
            this,
            [pool = std::move(pool), references = std::move(references), likeCount, dims] {
                QList<int> closer;
                if (likeCount == 0 || dims == 0)
                    return closer;
                const int count = int(references.rows.size());
                for (size_t i = 0; i < pool.rows.size(); ++i) {
                    const auto nearest = engine::nearest(pool.bytes.data() + i * size_t(dims), references.bytes.data(), count, dims, 1);
                    if (!nearest.empty() && size_t(nearest.front().index) < likeCount)
                        closer.append(pool.rows[i]);
                }
                return closer;
            },
            [done = std::move(done)](const QList<int> &closer) { done(closer); });
}
