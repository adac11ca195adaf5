#include "samples/SampleFilterModel.h"

#include "samples/SampleListModel.h"
#include "threads/OffThread.h"

#include <algorithm>

namespace {
// Above this many changed rows, the shown rows are worked out again in one pass instead of row by row.
constexpr int kRowByRowChanges = 4096;
} // namespace

SampleFilterModel::SampleFilterModel(SampleListModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    // The source only appends rows, changes them in place or is cleared (SampleListModel).
    connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            onRowsInserted(first, last);
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                onDataChanged(from.row(), to.row(), roles);
            });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        resetFromSource();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] {
        resetFromSource();
        endResetModel();
    });
    connect(source, &SampleListModel::scoreOrderLost, this, &SampleFilterModel::applySort);
    resetFromSource();
}

// A sort still running on the worker works on its own copy of the keys: nothing to wait for.
SampleFilterModel::~SampleFilterModel() = default;

sampleorder::Order SampleFilterModel::wantedOrder() const { return { sampleorder::Key(int(m_sortKey)), m_order == Qt::DescendingOrder }; }

void SampleFilterModel::resetFromSource()
{
    ++m_generation;
    m_sortedRows.clear();
    m_rankOf.clear();
    m_identity = true;
    m_orderedBy = {};
    const bool natural = wantedOrder() == sampleorder::Order{} && m_source->isScoreOrdered();
    if (!natural && m_source->rowCount() > 0) {
        m_orderedBy = wantedOrder();
        m_identity = false;
        m_sortedRows = sampleorder::sorted(sampleorder::take(*m_source, m_orderedBy, 0, m_source->rowCount()));
        m_rankOf.assign(m_sortedRows.size(), 0);
        for (size_t i = 0; i < m_sortedRows.size(); ++i)
            m_rankOf[size_t(m_sortedRows[i])] = int(i);
    } else if (!natural) {
        m_orderedBy = wantedOrder(); // nothing to sort yet: rows will be merged in as they come
        m_identity = false;
    }
    m_rows = shownRows();
}

void SampleFilterModel::setSort(SortKey key, Qt::SortOrder order)
{
    if (key == m_sortKey && order == m_order)
        return;
    m_sortKey = key;
    m_order = order;
    applySort();
}

// Makes the order of every sample the wanted one: at once when it is the rows' own or there are few, else
// on the worker thread (sortDone() swaps it in).
void SampleFilterModel::applySort()
{
    const sampleorder::Order wanted = wantedOrder();
    const int n = m_source->rowCount();
    if (wanted == sampleorder::Order{} && m_source->isScoreOrdered()) {
        ++m_generation; // a sort still running is not wanted any more
        m_orderedBy = wanted;
        m_sortedRows = {};
        m_rankOf = {};
        m_identity = true;
        relayout(shownRows());
        return;
    }
    if (isSorting() && m_sortingFor == wanted)
        return; // already on its way
    ++m_generation; // a sort still running for another order is not wanted any more
    if (!m_identity && m_orderedBy == wanted)
        return relayout(shownRows());
    if (n < m_backgroundFrom) {
        m_orderedBy = wanted;
        rebuild(sampleorder::sorted(sampleorder::take(*m_source, wanted, 0, n)));
        return;
    }
    m_sortingFor = wanted;
    m_sortingRows = n;
    m_sortGeneration = m_generation;
    m_sortPending = true;
    offthread::run(
            this, [snapshot = sampleorder::take(*m_source, wanted, 0, n)]() mutable { return sampleorder::sorted(std::move(snapshot)); },
            [this, generation = m_generation](const std::vector<int> &result) { sortDone(generation, result); });
    if (!m_only.isEmpty())
        relayout(shownRows());
}

void SampleFilterModel::sortDone(quint64 generation, const std::vector<int> &result)
{
    if (generation != m_generation || m_sortGeneration != m_generation || !m_sortPending)
        return; // the model was cleared or another order asked for since
    m_sortPending = false;
    std::vector<int> order = result;
    const int n = m_source->rowCount();
    if (m_sortingRows < n) // rows appended while it sorted
        order = sampleorder::merged(*m_source, m_sortingFor, order,
                                    sampleorder::sorted(sampleorder::take(*m_source, m_sortingFor, m_sortingRows, n)));
    m_orderedBy = m_sortingFor;
    rebuild(std::move(order));
    emit sorted();
}

void SampleFilterModel::rebuild(std::vector<int> order)
{
    m_identity = false;
    m_sortedRows = std::move(order);
    m_rankOf.assign(m_sortedRows.size(), 0);
    for (size_t i = 0; i < m_sortedRows.size(); ++i)
        m_rankOf[size_t(m_sortedRows[i])] = int(i);
    relayout(shownRows());
}

void SampleFilterModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // One layout change (persistent indexes, hence the selection, survive): one pass over the order.
    relayout(shownRows());
}

void SampleFilterModel::setOnlySamples(const QStringList &ids)
{
    QHash<QString, int> only;
    only.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i)
        only.insert(ids[i], i);
    if (only == m_only)
        return;
    m_only = std::move(only);
    relayout(shownRows());
}

std::vector<int> SampleFilterModel::shownRows() const
{
    std::vector<int> rows;
    if (!m_only.isEmpty()) {
        std::vector<std::pair<int, int>> placed; // place, row
        for (auto it = m_only.cbegin(); it != m_only.cend(); ++it) {
            const int row = m_source->rowOf(it.key());
            if (row >= 0 && accepts(row))
                placed.emplace_back(it.value(), row);
        }
        std::sort(placed.begin(), placed.end());
        for (const auto &[place, row] : placed)
            rows.push_back(row);
        return rows;
    }
    // Room for every candidate (growing the vector row by row copies it again and again); a narrow result
    // gives the room back.
    const size_t candidates = m_identity ? size_t(m_source->rowCount()) : m_sortedRows.size();
    rows.reserve(candidates);
    if (m_identity) {
        for (int row = 0; row < m_source->rowCount(); ++row)
            if (accepts(row))
                rows.push_back(row);
    } else {
        for (int row : m_sortedRows)
            if (accepts(row))
                rows.push_back(row);
    }
    if (rows.size() < candidates / 4)
        rows.shrink_to_fit();
    return rows;
}

// A row's place in the order shown (the spot-check's place while only those show).
int SampleFilterModel::rank(int sourceRow) const
{
    if (!m_only.isEmpty())
        return m_only.value(m_source->item(sourceRow).id, -1);
    if (m_identity)
        return sourceRow;
    return size_t(sourceRow) < m_rankOf.size() ? m_rankOf[size_t(sourceRow)] : -1;
}

int SampleFilterModel::proxyRowOf(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_source->rowCount())
        return -1;
    const int r = rank(sourceRow);
    if (r < 0)
        return -1;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), r, [this](int row, int value) { return rank(row) < value; });
    return it != m_rows.cend() && *it == sourceRow ? int(it - m_rows.cbegin()) : -1;
}

// The shown rows replaced at once: a layout change, persistent indexes (the selection, the current
// sample) following their samples.
void SampleFilterModel::relayout(std::vector<int> rows)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &i : from)
        sources.push_back(i.isValid() && size_t(i.row()) < m_rows.size() ? m_rows[size_t(i.row())] : -1);
    m_rows = std::move(rows);
    QModelIndexList to;
    to.reserve(from.size());
    for (int source : sources) {
        const int row = source >= 0 ? proxyRowOf(source) : -1;
        to.append(row >= 0 ? index(row, 0) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SampleFilterModel::onRowsInserted(int first, int last)
{
    if (m_identity) {
        // In the rows' own order: new rows go at the end (when they broke the score order,
        // scoreOrderLost follows and sorts).
        if (!m_only.isEmpty()) {
            relayout(shownRows());
            return;
        }
        std::vector<int> added;
        for (int row = first; row <= last; ++row)
            if (accepts(row))
                added.push_back(row);
        if (added.empty())
            return;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), added.cbegin(), added.cend());
        endInsertRows();
        return;
    }
    // In a key's order: the new rows sorted among themselves (a page), then merged into the order.
    const std::vector<int> more = sampleorder::sorted(sampleorder::take(*m_source, m_orderedBy, first, last + 1));
    m_sortedRows = sampleorder::merged(*m_source, m_orderedBy, m_sortedRows, more);
    m_rankOf.assign(m_sortedRows.size(), 0);
    for (size_t i = 0; i < m_sortedRows.size(); ++i)
        m_rankOf[size_t(m_sortedRows[i])] = int(i);
    std::vector<int> added;
    for (int row : more)
        if (accepts(row))
            added.push_back(row);
    if (added.empty())
        return;
    if (!m_only.isEmpty())
        return relayout(shownRows());
    insertAccepted(added);
}

// Rows now accepted put in their places: one by one when they are few, else with one layout change.
void SampleFilterModel::insertAccepted(const std::vector<int> &rows)
{
    if (rows.size() > 64) {
        std::vector<int> merged;
        merged.reserve(m_rows.size() + rows.size());
        std::vector<int> sortedNew = rows;
        std::sort(sortedNew.begin(), sortedNew.end(), [this](int a, int b) { return rank(a) < rank(b); });
        std::merge(m_rows.cbegin(), m_rows.cend(), sortedNew.cbegin(), sortedNew.cend(), std::back_inserter(merged),
                   [this](int a, int b) { return rank(a) < rank(b); });
        relayout(std::move(merged));
        return;
    }
    for (int row : rows) {
        const int r = rank(row);
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), r, [this](int x, int value) { return rank(x) < value; });
        const int at = int(it - m_rows.cbegin());
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, row);
        endInsertRows();
    }
}

void SampleFilterModel::onDataChanged(int first, int last, const QList<int> &roles)
{
    if (first < 0 || last < first)
        return;
    const bool mayMove = roles.isEmpty() || roles.contains(SampleListModel::StateRole) || roles.contains(SampleListModel::DecisionRole);
    if (mayMove && last - first + 1 > kRowByRowChanges) {
        relayout(shownRows());
    } else if (mayMove) {
        std::vector<int> gone; // proxy rows no longer accepted
        std::vector<int> added; // source rows now accepted
        for (int row = first; row <= last; ++row) {
            const int shown = proxyRowOf(row);
            const bool ok = accepts(row);
            if (shown >= 0 && !ok)
                gone.push_back(shown);
            else if (shown < 0 && ok)
                added.push_back(row);
        }
        std::sort(gone.begin(), gone.end(), std::greater<>());
        for (size_t i = 0; i < gone.size();) {
            size_t j = i; // a run of adjacent rows, from its last
            while (j + 1 < gone.size() && gone[j + 1] == gone[j] - 1)
                ++j;
            beginRemoveRows({}, gone[j], gone[i]);
            m_rows.erase(m_rows.begin() + gone[j], m_rows.begin() + gone[i] + 1);
            endRemoveRows();
            i = j + 1;
        }
        if (!added.empty())
            insertAccepted(added);
    }
    if (m_rows.empty())
        return;
    int low = int(m_rows.size());
    int high = -1;
    if (last - first + 1 > kRowByRowChanges) {
        low = 0;
        high = int(m_rows.size()) - 1;
    } else {
        for (int row = first; row <= last; ++row) {
            const int shown = proxyRowOf(row);
            if (shown >= 0) {
                low = std::min(low, shown);
                high = std::max(high, shown);
            }
        }
    }
    if (high >= 0)
        emit dataChanged(index(low, 0), index(high, 0), roles);
}

QList<int> SampleFilterModel::acceptedSourceRows() const { return QList<int>(m_rows.cbegin(), m_rows.cend()); }

bool SampleFilterModel::accepts(int sourceRow) const
{
    const SampleListModel::FilterKey &it = m_source->filterKey(sourceRow);
    if (it.state == ReviewState::Deleted || (!m_only.isEmpty() && !m_only.contains(m_source->item(sourceRow).id)))
        return false;
    switch (m_filter.state) {
    case StateFilter::Pending:
        if (it.state == ReviewState::Confirmed)
            return false;
        break;
    case StateFilter::ToReview:
        if (it.state != ReviewState::ToReview)
            return false;
        break;
    case StateFilter::Decided:
        if (it.state != ReviewState::Decided && it.state != ReviewState::Failed)
            return false;
        break;
    case StateFilter::Failed:
        if (it.state != ReviewState::Failed)
            return false;
        break;
    case StateFilter::Confirmed:
        if (it.state != ReviewState::Confirmed)
            return false;
        break;
    case StateFilter::All: break;
    }
    if ((m_filter.hard == HardFilter::HardOnly && !it.hard) || (m_filter.hard == HardFilter::NotHard && it.hard))
        return false;
    if (m_filter.label >= 0 && it.predicted != m_filter.label)
        return false;
    // Scores are kept as float: compare with a little slack so that 0.7 typed in keeps a 0.7 sample.
    if (double(it.score) < m_filter.lowScore - 1e-6 || double(it.score) > m_filter.highScore + 1e-6)
        return false;
    if (m_filter.reason >= 0 && (m_filter.reason >= 32 || !(it.reasons & (1u << m_filter.reason))))
        return false;
    if (!m_filter.text.isEmpty() && !m_source->item(sourceRow).name.contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    return m_filter.decision < 0 || decisionMatches(m_source->item(sourceRow));
}

bool SampleFilterModel::decisionMatches(const ReviewItem &it) const
{
    if (it.state == ReviewState::ToReview || int(it.decision) != m_filter.decision)
        return false;
    return it.decision != DecisionKind::Relabel || m_filter.decidedLabel < 0 || it.decidedLabel == m_filter.decidedLabel;
}

QModelIndex SampleFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || column != 0 || row < 0 || size_t(row) >= m_rows.size())
        return {};
    return createIndex(row, 0);
}

QModelIndex SampleFilterModel::sibling(int row, int column, const QModelIndex &) const { return index(row, column); }

int SampleFilterModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QModelIndex SampleFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_source->index(m_rows[size_t(proxyIndex.row())]);
}

QModelIndex SampleFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row >= 0 ? index(row, 0) : QModelIndex();
}

QVariant SampleFilterModel::data(const QModelIndex &index, int role) const
{
    if (role < SampleListModel::ThumbnailRole || role > SampleListModel::ThumbnailErrorRole)
        return QAbstractProxyModel::data(index, role);
    if (!m_thumbnails || !index.isValid())
        return {};
    const Thumbnail t = m_thumbnails(m_source->item(m_rows[size_t(index.row())]).id);
    switch (role) {
    case SampleListModel::ThumbnailRole: return t.image;
    case SampleListModel::ThumbnailStatusRole: return int(t.status);
    default: return t.error;
    }
}
