#pragma once

#include "stats/SpotCheck.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A round of labeling: an auto-label task started from a review whose confirmation left samples
// undecided, so that the engine labels them again, trained on every labeled sample (what was just
// confirmed included). What the review before it knew travels with it: its spot-check's estimate of the
// machine's labels, to show beside the new one (what the round gained).
struct ReviewRound
{
    int number = 2; // the first task on the dataset is round 1
    QString previousTaskId;
    qint64 confirmedBefore = 0; // samples the reviews before this round confirmed
    // The previous review's spot-check, when one was drawn.
    std::optional<spotcheck::Estimate> before;
    double confidence = 0.95;
    QString beforeScope;

    QByteArray toJson() const;
    // Nothing for bytes that are not a round (absent, damaged, another version).
    static std::optional<ReviewRound> fromJson(const QByteArray &json);
};
