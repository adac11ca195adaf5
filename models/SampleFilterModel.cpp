#include "SampleFilterModel.h"

#include "SampleListModel.h"

SampleFilterModel::SampleFilterModel(SampleListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    applySort(m_sortKey, Qt::AscendingOrder);
    connect(source, &SampleListModel::scoreOrderLost, this, [this] { applySort(m_sortKey, m_order); });
}

void SampleFilterModel::applySort(SortKey key, Qt::SortOrder order)
{
    m_sortKey = key;
    m_order = order;
    if (!m_only.isEmpty()) {
        if (sortColumn() == 0 && sortOrder() == Qt::AscendingOrder)
            invalidate();
        else
            sort(0, Qt::AscendingOrder); // the given order
        return;
    }
    // Score ascending over rows already in that order is the rows' own order: no sorting, so that
    // filtering 100,000 samples is one pass, not a sort.
    if (key == SortKey::Score && order == Qt::AscendingOrder && m_source->isScoreOrdered()) {
        if (sortColumn() != -1)
            sort(-1, Qt::AscendingOrder);
        else
            invalidate();
        return;
    }
    if (sortColumn() == 0 && sortOrder() == order)
        invalidate(); // same column and order, another key
    else
        sort(0, order);
}

void SampleFilterModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // One layout change (persistent indexes, hence the selection, survive) instead of a removal or an
    // insertion per run of rows, which costs seconds at 100,000.
    invalidate();
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
    invalidateFilter();
    applySort(m_sortKey, m_order);
}

void SampleFilterModel::setSort(SortKey key, Qt::SortOrder order)
{
    if (key == m_sortKey && order == m_order)
        return;
    applySort(key, order);
}

QList<int> SampleFilterModel::acceptedSourceRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < m_source->rowCount(); ++row)
        if (filterAcceptsRow(row, {}))
            rows.append(row);
    return rows;
}

bool SampleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const ReviewItem &it = m_source->item(sourceRow);
    if (!m_only.isEmpty() && !m_only.contains(it.id))
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
    if (m_filter.reason >= 0 && !it.hasReason(m_filter.reason))
        return false;
    if (!m_filter.text.isEmpty() && !it.name.contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool SampleFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ReviewItem &a = m_source->item(left.row());
    const ReviewItem &b = m_source->item(right.row());
    if (!m_only.isEmpty())
        return m_only.value(a.id) < m_only.value(b.id);
    switch (m_sortKey) {
    case SortKey::Score:
        if (a.score != b.score)
            return a.score < b.score;
        break;
    case SortKey::HardCoefficient:
        if (a.hardCoefficient != b.hardCoefficient)
            return a.hardCoefficient < b.hardCoefficient;
        break;
    case SortKey::Name: {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        break;
    }
    }
    return left.row() < right.row(); // the order the service gave: stable
}

QVariant SampleFilterModel::data(const QModelIndex &index, int role) const
{
    if (role < SampleListModel::ThumbnailRole || role > SampleListModel::ThumbnailErrorRole)
        return QSortFilterProxyModel::data(index, role);
    if (!m_thumbnails || !index.isValid())
        return {};
    const Thumbnail t = m_thumbnails(m_source->item(mapToSource(index).row()).id);
    switch (role) {
    case SampleListModel::ThumbnailRole: return t.image;
    case SampleListModel::ThumbnailStatusRole: return int(t.status);
    default: return t.error;
    }
}
