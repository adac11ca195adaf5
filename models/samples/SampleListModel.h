#pragma once

#include "samples/ChunkedStore.h"
#include "samples/UrlPrefixes.h"
#include "types/ModelArtsTypes.h"
#include "types/ReviewItem.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include <vector>

// The auto-labeled samples of one review, with the reviewer's decisions, as a flat list model. Rows are
// only ever appended (page by page as they load) or cleared; decisions and states change in place
// (dataChanged). Labels are kept once, by index, so 100,000 items stay small.
class SampleListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(SampleListModel)
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PredictedLabelRole,
        ScoreRole,
        HardRole,
        HardCoefficientRole,
        ReasonsRole, // QList<int>
        DecisionRole, // int(DecisionKind)
        DecidedLabelRole,
        StateRole, // int(ReviewState)
        FailureRole,
        PreviewUrlRole,
        SourceUrlRole,
        LabelColorRole, // QColor of the predicted label
        DecidedLabelColorRole, // QColor of the label relabeled to
        // Answered by SampleFilterModel through its thumbnail provider:
        ThumbnailRole, // QImage, null while it loads or when it cannot
        ThumbnailStatusRole, // int(ThumbnailStatus)
        ThumbnailErrorRole, // why the image cannot be shown
    };
    Q_ENUM(Role)

    struct LabelCounts
    {
        QString name;
        qint64 predicted = 0; // samples predicted as this label, in any state
        qint64 toReview = 0; // of those, still undecided
        qint64 accepted = 0; // decided (not yet confirmed): accepted as this label
        qint64 relabeledTo = 0; // decided: relabeled to this label
        qint64 rejected = 0; // decided: predicted as this label and rejected
        qint64 decided = 0; // predicted as this label, decided (any way), not confirmed yet
        qint64 confirmed = 0; // predicted as this label and confirmed
        // Of those predicted as this label, the decisions taken in this review (pending or confirmed): the
        // confusion view's row.
        qint64 judgedAccepted = 0;
        qint64 judgedRejected = 0;
        QHash<int, qint64> judgedRelabeled; // label index -> samples relabeled to it (no zero entries)
        qint64 judged() const;
        QColor color;
    };
    struct Counts
    {
        qint64 total = 0;
        qint64 toReview = 0;
        qint64 decided = 0; // including failed ones
        qint64 failed = 0;
        qint64 confirmed = 0;
        qint64 hard = 0;
        QList<LabelCounts> labels;
        // The service has every decision: nothing left to review, to send, or refused.
        bool allConfirmed() const { return total > 0 && toReview == 0 && decided == 0 && failed == 0; }
    };

    explicit SampleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The dataset's labels, in its order (the first nine get the keys 1-9). Labels met in samples are
    // added after them.
    void setLabels(const QStringList &labels);
    QStringList labels() const { return m_labels; }
    int labelIndex(const QString &name); // adds an unknown name
    QString labelName(int index) const { return index >= 0 && index < m_labels.size() ? m_labels[index] : QString(); }
    // The labels' colours (the dataset's "@modelarts:color"); a label without one gets one of a fixed
    // set, by its place.
    void setLabelColors(const QHash<QString, QColor> &colors);
    QColor labelColor(int index) const;

    // A sample made ready for the model: everything but its label's index. Making it is the costly part
    // of appending (URLs encoded), so it can be done as pages come and the rows put in later together.
    struct Prepared
    {
        ReviewItem item;
        QString label;
        QByteArray previewPrefix;
        QByteArray sourcePrefix;
    };
    static QList<Prepared> prepare(const QList<Sample> &samples);

    // Appends samples after the last row. Samples already present are skipped.
    void append(const QList<Sample> &samples) { append(prepare(samples)); }
    void append(const QList<Prepared> &samples);
    void clear();
    // Which listing the rows are of: changes with clear() (a row number names the same sample until then).
    quint64 listing() const { return m_listing; }
    // The number of rows the listing announces: the id index is sized once for them, not rehashed as it
    // grows (up to two million; a count that lies costs no more).
    void expect(qint64 rows);

    const ReviewItem &item(int row) const { return m_items[size_t(row)]; }
    // The rows there are now, for another thread to read while the model grows or is cleared: what of an
    // item never changes once appended (all but its decision, decidedLabel, state and failure). A bulk
    // step's ids are read so off the GUI thread: a million copies of them held it for 200 ms.
    using Snapshot = ChunkedStore<ReviewItem>::Snapshot;
    Snapshot snapshot() const { return m_items.snapshot(); }
    // What a filter looks at of each row, and a sort by a number, side by side: a pass over a million rows
    // reads 16 MB, not the items' 140 MB.
    struct FilterKey
    {
        float score = 0;
        float hardCoefficient = 0;
        std::uint32_t reasons = 0;
        std::int16_t predicted = -1;
        ReviewState state = ReviewState::ToReview;
        bool hard = false;
    };
    const FilterKey &filterKey(int row) const { return m_keys[size_t(row)]; }
    QUrl previewUrl(const ReviewItem &it) const { return QUrl::fromEncoded(m_urls.join(it.previewPrefix, it.previewTail)); }
    // The preview URL's encoded bytes (a QUrl costs a parse).
    QByteArray previewBytes(const ReviewItem &it) const { return m_urls.join(it.previewPrefix, it.previewTail); }
    QUrl sourceUrl(const ReviewItem &it) const { return QUrl::fromEncoded(m_urls.join(it.sourcePrefix, it.sourceTail)); }
    // True while the rows are in ascending score order (as the service lists them when asked so): the
    // grid's default order is then the rows' own, and needs no sorting.
    bool isScoreOrdered() const { return m_scoreOrdered; }
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    Decision decision(int row) const;

    // Sets decisions (a None decision undoes one: the sample is to review again). Confirmed samples are
    // left alone. One dataChanged per run of adjacent rows.
    void setDecisions(const QList<int> &rows, const DecisionList &decisions);
    void setState(const QList<int> &rows, ReviewState state, const QString &failure = {});

    // Kept as rows come and change: answering costs nothing, whatever the number of rows.
    const Counts &counts() const { return m_counts; }
    // The same over these rows only (what a filter shows).
    Counts counts(const QList<int> &rows) const;
    // The hard reasons that occur (bit n: reason id n).
    std::uint32_t presentReasons() const { return m_reasons; }

signals:
    void countsChanged();
    void scoreOrderLost(); // rows arrived out of score order: sort them

private:
    void emitChanged(QList<int> rows);
    Counts emptyCounts() const;
    // Adds (by 1) or takes away (by -1) what one item counts for.
    static void tally(Counts &c, const ReviewItem &it, int by = 1);

    ChunkedStore<ReviewItem> m_items;
    ChunkedStore<FilterKey, 14> m_keys;
    QHash<QString, int> m_rows;
    QStringList m_labels;
    QHash<QString, int> m_labelIndex;
    QHash<QString, QColor> m_colors;
    bool m_scoreOrdered = true;
    Counts m_counts;
    UrlPrefixes m_urls;
    std::uint32_t m_reasons = 0;
    quint64 m_listing = 0;
};
