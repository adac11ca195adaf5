#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <initializer_list>
#include <utility>

// A reviewer's decision on one auto-labeled sample. Skipping decides nothing: it only moves on.
enum class DecisionKind : std::uint8_t {
    None, // not decided
    Accept, // the prediction is right
    Relabel, // another label (Decision::label)
    Reject, // send it back to unlabeled
};

struct Decision
{
    DecisionKind kind = DecisionKind::None;
    QString label; // Relabel only

    bool isNone() const { return kind == DecisionKind::None; }
    friend bool operator==(const Decision &a, const Decision &b) { return a.kind == b.kind && a.label == b.label; }
    friend bool operator!=(const Decision &a, const Decision &b) { return !(a == b); }
    static Decision accept() { return { DecisionKind::Accept, {} }; }
    static Decision reject() { return { DecisionKind::Reject, {} }; }
    static Decision relabel(const QString &label) { return { DecisionKind::Relabel, label }; }
};

// The decisions of a step, one per sample, held as one while they are all alike: a bulk step over a
// million samples (a threshold accept) keeps one Decision, not a million copies.
class DecisionList
{
public:
    DecisionList() = default;
    DecisionList(qsizetype n, const Decision &same)
        : m_size(n)
    {
        if (n > 0)
            m_values.append(same);
    }
    DecisionList(std::initializer_list<Decision> each)
        : DecisionList(QList<Decision>(each))
    {
    }
    DecisionList(QList<Decision> each) // NOLINT(google-explicit-constructor): a list of decisions is one
        : m_values(std::move(each))
        , m_size(m_values.size())
        , m_alike(m_values.size() <= 1)
    {
    }
    void append(const Decision &d)
    {
        if (m_alike && (m_size == 0 || d == m_values.first())) {
            if (m_size == 0)
                m_values.append(d);
            ++m_size;
            return;
        }
        if (m_alike) { // the first that differs: each one from here
            m_alike = false;
            const Decision first = m_values.first();
            m_values = QList<Decision>(m_size, first);
        }
        m_values.append(d);
        ++m_size;
    }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // All alike (one is held): alike() is each.
    bool isAlike() const { return m_alike; }
    const Decision &alike() const { return m_values.first(); }
    const Decision &operator[](qsizetype i) const { return m_alike ? m_values.first() : m_values[i]; }
    // `n` from `pos` on.
    DecisionList mid(qsizetype pos, qsizetype n) const
    {
        if (m_alike)
            return DecisionList(n, n > 0 ? m_values.first() : Decision{});
        return DecisionList(m_values.mid(pos, n));
    }
    // Those at `keep` (ascending indexes).
    DecisionList pick(const QList<qsizetype> &keep) const
    {
        if (m_alike)
            return DecisionList(keep.size(), keep.isEmpty() ? Decision{} : m_values.first());
        QList<Decision> each;
        each.reserve(keep.size());
        for (qsizetype i : keep)
            each.append(m_values[i]);
        return DecisionList(std::move(each));
    }

private:
    QList<Decision> m_values; // one while alike
    qsizetype m_size = 0;
    bool m_alike = true;
};

// Where a sample is in the review.
enum class ReviewState : std::uint8_t {
    ToReview, // no decision yet
    Decided, // decided here, not yet sent
    Failed, // decided, but the service refused it: pending for a retry
    Confirmed, // sent and accepted by the service
    Deleted, // deleted from the dataset (DeleteSamples): out of the review, the grid and the counts
};

// One auto-labeled sample as the review grid holds it: compact, because there can be 100,000.
struct ReviewItem
{
    QString id;
    QString name;
    // The presigned URLs (fully encoded) after their shared start: SampleListModel::previewUrl() and
    // sourceUrl() put them together.
    QByteArray previewTail;
    QByteArray sourceTail;
    std::uint16_t previewPrefix = 0;
    std::uint16_t sourcePrefix = 0;
    float score = 0;
    float hardCoefficient = 0;
    std::uint32_t reasons = 0; // bit n: hard reason id n (0..30)
    std::int32_t width = 0;
    std::int32_t height = 0;
    std::int64_t sizeBytes = 0;
    std::int16_t predicted = -1; // index into the model's labels
    std::int16_t decidedLabel = -1; // Relabel: index into the model's labels
    std::uint8_t channels = 0;
    bool hard = false;
    DecisionKind decision = DecisionKind::None;
    ReviewState state = ReviewState::ToReview;
    QString failure; // why the service refused it (state Failed)

    bool hasReason(int id) const { return id >= 0 && id < 32 && (reasons & (1u << id)); }
};
