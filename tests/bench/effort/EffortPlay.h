#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class ReviewSession;

// A reviewer who knows the truth plays a strategy with the review's own code (ReviewSession's decisions,
// thresholds and spot-check, LookAlikes' groups), and the play is kept as steps: what each step cost
// (actions: one decision on a sample or on a group, one spot-check answer; tiles shown) and how many of the
// machine's wrong labels it put right. A cut after any step accepts the rest blind, as one more action.
namespace effort {

struct Step
{
    int actions = 0;
    int tiles = 0;
    int fixed = 0; // machine-wrong samples this step labeled right
    int decided = 0; // samples it decided (right or, by a threshold, blind)
};

struct Play
{
    qint64 samples = 0; // the review's samples (the denominator)
    qint64 wrongAtStart = 0; // the machine's wrong labels among the samples the steps start from
    int baseActions = 0; // what came before the steps (a round's first part): paid whatever the cut
    int baseTiles = 0;
    qint64 undecidedAtStart = 0;
    QList<Step> steps;
};

struct Cut
{
    double actionsPerSample = 0;
    double tilesPerSample = 0;
    double reached = 0; // true precision of the confirmed labels
};
// The cheapest prefix of the play whose labels (the rest accepted blind) reach `target`; the whole play
// when none does (reached then says how far it got).
Cut cut(const Play &play, double target);

// sample id -> its true label
using Truth = QHash<QString, QString>;

// Item by item, hard first and lowest score first (the review's order), over the undecided samples.
bool playItems(ReviewSession &session, const Truth &truth, Play &play);
// A spot-check of the undecided samples for `target` (every drawn sample answered), the thresholds its
// evidence supports accepted, then the rest item by item.
bool playSpotCheck(ReviewSession &session, const Truth &truth, double target, Play &play);
// The undecided samples in look-alike groups (the default count), least consistent first; each group
// decided as cheaply as the group view allows (accept but the wrong ones, or relabel the group, then the
// exceptions by label). Stops once `stopShare` of the samples are decided (1: every group).
bool playGroups(ReviewSession &session, const Truth &truth, double stopShare, Play &play);

// Runs the event loop until `ready` says so (each event may change it) or `ms` pass.
bool waitUntil(const std::function<bool()> &ready, int ms = 600000);

// The machine's wrong labels among the undecided samples.
qint64 machineWrong(const ReviewSession &session, const Truth &truth);

} // namespace effort
