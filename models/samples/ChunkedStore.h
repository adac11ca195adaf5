#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

// A sequence that only grows at its end, kept in fixed chunks: appending never moves what is there (a
// million review items in one vector moved 160 MB at each doubling, and kept up to half of it spare).
//
// A snapshot keeps what was there when it was taken, for another thread to read while this store grows
// or is cleared: the chunks are shared, and the table of them is copied, not grown in place, when a chunk
// is added. What the other thread may read is what never changes once appended (a sample's id): the
// owner still writes the rest in place.
template<typename T, std::size_t ChunkBits = 12>
class ChunkedStore
{
    using Chunk = std::shared_ptr<T[]>;
    using Table = std::vector<Chunk>;
    static constexpr std::size_t mask = (std::size_t(1) << ChunkBits) - 1;

public:
    static constexpr std::size_t chunkSize = std::size_t(1) << ChunkBits;

    class Snapshot
    {
    public:
        Snapshot() = default;
        std::size_t size() const { return m_size; }
        const T &operator[](std::size_t i) const { return (*m_table)[i >> ChunkBits][i & mask]; }

    private:
        friend class ChunkedStore;
        Snapshot(std::shared_ptr<const Table> table, std::size_t size)
            : m_table(std::move(table))
            , m_size(size)
        {
        }
        std::shared_ptr<const Table> m_table;
        std::size_t m_size = 0;
    };

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](std::size_t i) const { return (*m_table)[i >> ChunkBits][i & mask]; }
    T &operator[](std::size_t i) { return (*m_table)[i >> ChunkBits][i & mask]; }
    const T &back() const { return (*this)[m_size - 1]; }
    Snapshot snapshot() const { return Snapshot(m_table, m_size); }

    void push_back(T value)
    {
        if ((m_size >> ChunkBits) >= m_table->size()) {
            // A new table with the chunks there are (a few hundred pointers at a million): a snapshot may be
            // reading the old one.
            auto grown = std::make_shared<Table>();
            grown->reserve(m_table->size() + 1);
            grown->insert(grown->end(), m_table->cbegin(), m_table->cend());
            grown->push_back(Chunk(new T[chunkSize]));
            m_table = std::move(grown);
        }
        (*this)[m_size++] = std::move(value);
    }
    // Empties the store and hands over what it held: whoever drops the last share of it frees it (a million
    // items may be freed on another thread rather than where the store is emptied).
    Snapshot release()
    {
        Snapshot held(std::exchange(m_table, std::make_shared<Table>()), m_size);
        m_size = 0;
        return held;
    }
    void clear() { release(); }

private:
    std::shared_ptr<Table> m_table = std::make_shared<Table>();
    std::size_t m_size = 0;
};
