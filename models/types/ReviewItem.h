#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

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
