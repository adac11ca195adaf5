#pragma once

#include <cstddef>
#include <memory>
#include <vector>

// A sequence that only grows at its end, kept in fixed chunks: appending never moves what is there (a
// million review items in one vector moved 160 MB at each doubling, and kept up to half of it spare).
template<typename T, std::size_t ChunkBits = 12>
class ChunkedStore
{
public:
    static constexpr std::size_t chunkSize = std::size_t(1) << ChunkBits;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](std::size_t i) const { return m_chunks[i >> ChunkBits][i & (chunkSize - 1)]; }
    T &operator[](std::size_t i) { return m_chunks[i >> ChunkBits][i & (chunkSize - 1)]; }
    const T &back() const { return (*this)[m_size - 1]; }

    void push_back(T value)
    {
        if ((m_size >> ChunkBits) >= m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(chunkSize));
        (*this)[m_size++] = std::move(value);
    }
    void clear()
    {
        m_chunks.clear();
        m_chunks.shrink_to_fit();
        m_size = 0;
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::size_t m_size = 0;
};
