#pragma once

#include <QHash>
#include <QImage>
#include <QSortFilterProxyModel>

#include <functional>

class SampleListModel;

// What the review grid shows of a SampleListModel, and in which order. Reads the source's items
// directly (no QVariant per comparison), so filtering or sorting 100,000 samples takes milliseconds.
class SampleFilterModel final : public QSortFilterProxyModel
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
        friend bool operator==(const Filter &, const Filter &) = default;
    };

    explicit SampleFilterModel(SampleListModel *source, QObject *parent = nullptr);

    Filter filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    SortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder order() const { return m_order; }
    // Score ascending (doubtful first) is the default.
    void setSort(SortKey key, Qt::SortOrder order);

    // Only these samples, in this order (a spot-check's drawn samples), whatever the sort; the filters
    // still apply on top. Empty: every sample again, in the sort's order.
    void setOnlySamples(const QStringList &ids);
    bool hasOnlySamples() const { return !m_only.isEmpty(); }

    SampleListModel *samples() const { return m_source; }
    // Answers SampleListModel::ThumbnailRole, ThumbnailStatusRole and ThumbnailErrorRole.
    void setThumbnailProvider(ThumbnailProvider provider) { m_thumbnails = std::move(provider); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int sourceRow(int proxyRow) const { return mapToSource(index(proxyRow, 0)).row(); }
    // The source rows the filter lets through, in source order (no mapping through the proxy: cheap).
    QList<int> acceptedSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void applySort(SortKey key, Qt::SortOrder order);

    SampleListModel *m_source;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    Filter m_filter;
    SortKey m_sortKey = SortKey::Score;
    ThumbnailProvider m_thumbnails;
    QHash<QString, int> m_only; // sample id -> its place
};
