#pragma once

#include "samples/SampleOrder.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QImage>

#include <functional>
#include <vector>

class SampleListModel;
struct ReviewItem;

// What the review grid shows of a SampleListModel, and in which order. Reads the source's items directly
// (no QVariant per comparison) and keeps the order of every sample for the sort key, so that a filter is
// one pass over it, never a sort. A sort of many samples runs on a worker thread and is swapped in when
// it is done (the grid keeps the old order meanwhile): the GUI thread is never held by it.
class SampleFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(SampleFilterModel)
    enum class HardFilter { All, HardOnly, NotHard };
    enum class StateFilter {
        Pending, // to review, decided and failed: everything not yet confirmed (the default)
        ToReview, // undecided only
        Decided, // decided or failed, not yet confirmed
        Failed, // refused by the service at the last confirmation
        Confirmed, // sent
        All,
    };
    enum class SortKey { Score, HardCoefficient, Name };
    enum class ThumbnailStatus { Loading, Ready, Failed };
    // A sample's thumbnail as far as it is known (never fetched here): the image, its status and, when it
    // failed, why. The review page gives one over its ThumbnailLoader.
    struct Thumbnail
    {
        QImage image;
        ThumbnailStatus status = ThumbnailStatus::Loading;
        QString error;
    };
    using ThumbnailProvider = std::function<Thumbnail(const QString &sampleId)>;

    struct Filter
    {
        HardFilter hard = HardFilter::All;
        StateFilter state = StateFilter::Pending;
        int label = -1; // index of the predicted label in the source's labels; -1: any
        double lowScore = 0;
        double highScore = 1;
        int reason = -1; // hard reason id; -1: any
        QString text; // part of the sample's name
        // A decision taken in this review (pending or confirmed): int(DecisionKind) Accept, Relabel or
        // Reject; -1: any, undecided included. With Relabel, `decidedLabel` the label relabeled to (-1: any).
        int decision = -1;
        int decidedLabel = -1;
        friend bool operator==(const Filter &, const Filter &) = default;
    };

    explicit SampleFilterModel(SampleListModel *source, QObject *parent = nullptr);
    ~SampleFilterModel() override;

    Filter filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    SortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder order() const { return m_order; }
    // Score ascending (doubtful first) is the default.
    void setSort(SortKey key, Qt::SortOrder order);
    // True while a sort runs on the worker thread (sorted() follows).
    bool isSorting() const { return m_sortPending && m_sortGeneration == m_generation; }
    // True when the rows are shown in the source's own order (score ascending over rows that came in it).
    bool isInSourceOrder() const { return m_identity && m_only.isEmpty(); }
    // Sorts of at least this many samples run on the worker thread (fewer take a few milliseconds).
    void setBackgroundSortFrom(int rows) { m_backgroundFrom = rows; }

    // Only these samples, in this order (a spot-check's drawn samples), whatever the sort; the filters
    // still apply on top. Empty: every sample again, in the sort's order.
    void setOnlySamples(const QStringList &ids);
    bool hasOnlySamples() const { return !m_only.isEmpty(); }

    SampleListModel *samples() const { return m_source; }
    // Answers SampleListModel::ThumbnailRole, ThumbnailStatusRole and ThumbnailErrorRole.
    void setThumbnailProvider(ThumbnailProvider provider) { m_thumbnails = std::move(provider); }
    int sourceRow(int proxyRow) const { return m_rows[size_t(proxyRow)]; }
    // The source rows the filter lets through, as shown.
    QList<int> acceptedSourceRows() const;
    bool accepts(int sourceRow) const;
    bool decisionMatches(const ReviewItem &it) const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &) const override { return {}; }
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    bool hasChildren(const QModelIndex &parent = {}) const override { return !parent.isValid() && !m_rows.empty(); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void sorted(); // a sort from the worker thread is in

private:
    sampleorder::Order wantedOrder() const;
    void applySort();
    void sortDone(quint64 generation, const std::vector<int> &result);
    void rebuild(std::vector<int> order); // a key's order of every row, in place of the rows' own
    std::vector<int> shownRows() const;
    int rank(int sourceRow) const;
    int proxyRowOf(int sourceRow) const;
    void relayout(std::vector<int> rows);
    void onRowsInserted(int first, int last);
    void onDataChanged(int first, int last, const QList<int> &roles);
    void insertAccepted(const std::vector<int> &rows);
    void resetFromSource();

    SampleListModel *m_source;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    SortKey m_sortKey = SortKey::Score;
    Filter m_filter;
    ThumbnailProvider m_thumbnails;
    QHash<QString, int> m_only; // sample id -> its place

    // Every source row in the shown order (empty while it is the identity), with each row's place in it.
    bool m_identity = true;
    sampleorder::Order m_orderedBy; // the order m_order holds (while a sort runs, not yet the wanted one)
    std::vector<int> m_sortedRows;
    std::vector<int> m_rankOf;
    std::vector<int> m_rows; // proxy row -> source row: the accepted rows of the order

    sampleorder::Order m_sortingFor;
    int m_sortingRows = 0; // rows of the source the running sort covers
    quint64 m_generation = 0; // a reset or another sort makes a running sort's result stale
    quint64 m_sortGeneration = 0;
    bool m_sortPending = false; // a sort's result is awaited (the one for m_sortGeneration)
    int m_backgroundFrom = 50000;
};
