#include "samples/SampleOrder.h"

#include "samples/SampleListModel.h"

#include <algorithm>
#include <numeric>

namespace sampleorder {

bool before(const Order &order, const ReviewItem &ia, int a, const ReviewItem &ib, int b)
{
    int c = 0;
    switch (order.key) {
    case Key::Score: c = ia.score < ib.score ? -1 : (ib.score < ia.score ? 1 : 0); break;
    case Key::HardCoefficient: c = ia.hardCoefficient < ib.hardCoefficient ? -1 : (ib.hardCoefficient < ia.hardCoefficient ? 1 : 0); break;
    case Key::Name: c = ia.name.compare(ib.name, Qt::CaseInsensitive); break;
    }
    if (c != 0)
        return order.descending ? c > 0 : c < 0;
    return a < b; // the service's order
}

Snapshot take(const SampleListModel &model, const Order &order, int from, int to)
{
    Snapshot s;
    s.order = order;
    s.from = from;
    const auto n = size_t(std::max(0, to - from));
    if (order.key == Key::Name) {
        s.names.reserve(n);
        for (int row = from; row < to; ++row)
            s.names.push_back(model.item(row).name);
    } else { // from the rows' compact keys: a million items' keys read from 16 MB, not 140
        s.numbers.reserve(n);
        for (int row = from; row < to; ++row) {
            const SampleListModel::FilterKey &key = model.filterKey(row);
            s.numbers.push_back(order.key == Key::Score ? key.score : key.hardCoefficient);
        }
    }
    return s;
}

std::vector<int> sorted(Snapshot s)
{
    const size_t n = std::max(s.numbers.size(), s.names.size());
    std::vector<int> rows(n);
    std::iota(rows.begin(), rows.end(), 0);
    const bool down = s.order.descending;
    if (s.order.key == Key::Name) {
        // Folded once, compared as they are: what a case-insensitive compare does, once per name.
        for (QString &name : s.names)
            name = name.toCaseFolded();
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const QString &x = s.names[size_t(a)];
            const QString &y = s.names[size_t(b)];
            return down ? y < x : x < y;
        });
    } else {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const float x = s.numbers[size_t(a)];
            const float y = s.numbers[size_t(b)];
            return down ? y < x : x < y;
        });
    }
    for (int &row : rows)
        row += s.from;
    return rows;
}

std::vector<int> merged(const SampleListModel &model, const Order &order, const std::vector<int> &sorted, const std::vector<int> &more)
{
    std::vector<int> out;
    out.reserve(sorted.size() + more.size());
    std::merge(sorted.cbegin(), sorted.cend(), more.cbegin(), more.cend(), std::back_inserter(out),
               [&](int a, int b) { return before(order, model.item(a), a, model.item(b), b); });
    return out;
}

} // namespace sampleorder
