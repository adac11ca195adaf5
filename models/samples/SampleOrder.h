#pragma once

#include <QString>

#include <vector>

class SampleListModel;
struct ReviewItem;

// The order of the review grid's samples for one sort key, as a permutation of the model's rows. Ties
// keep the rows' own order (the service's), ascending or descending alike.
namespace sampleorder {

enum class Key { Score, HardCoefficient, Name };

struct Order
{
    Key key = Key::Score;
    bool descending = false;
    friend bool operator==(const Order &, const Order &) = default;
};

// True when row a (item ia) comes before row b (item ib).
bool before(const Order &order, const ReviewItem &ia, int a, const ReviewItem &ib, int b);

// The keys of rows [from, to) copied out of the model (on its thread), to be sorted on another.
struct Snapshot
{
    Order order;
    int from = 0;
    std::vector<float> numbers; // Score, HardCoefficient
    std::vector<QString> names; // Name (shared with the model's strings; folded when sorted)
};
Snapshot take(const SampleListModel &model, const Order &order, int from, int to);

// The rows of the snapshot in order: safe on any thread, the costly part of a sort.
std::vector<int> sorted(Snapshot snapshot);

// `sorted` with the rows in `more` (already in order among themselves) merged in.
std::vector<int> merged(const SampleListModel &model, const Order &order, const std::vector<int> &sorted, const std::vector<int> &more);

} // namespace sampleorder
