#pragma once

#include "stats/Proportion.h"

#include <QList>
#include <QString>

#include <optional>

// Spot-checking the machine's labels: a stratified random sample of a scope of auto-labeled samples
// (strata: predicted label x score band), the reviewer's answers on it (right or wrong), and from them the
// estimated precision of the machine's labels in the scope, per label and overall, with a confidence
// interval, and per label the lowest score threshold the evidence supports. Pure functions.
//
// The estimate: within each stratum a simple random sample; the stratified proportion (strata weighted by
// their size); its variance from the strata, turned into an effective sample size, and Wilson's interval at
// that size (Dean and Pagano's method); narrowed by the share of the scope checked (a sample without
// replacement), and widened to [0, 1] over strata nobody has checked yet.
namespace spotcheck {

struct Target
{
    double precision = 0.98; // what the reviewer wants the accepted labels to reach
    double margin = 0.03; // +- at `confidence`
    double confidence = 0.95;
    int minPerStratum = 5; // at least this many checked in every stratum (or all of a smaller one)
    int bandsPerLabel = 4; // score bands per label (fewer for a label with few samples)
    friend bool operator==(const Target &, const Target &) = default;
};

enum class Answer : qint8 { Unchecked = -1, Wrong = 0, Right = 1 };

// One sample of the scope.
struct Member
{
    QString id;
    int label = -1; // predicted label (an index into the review's labels)
    float score = 0;
    int stratum = -1; // set by draw()
    int rank = -1; // its place in the stratum's seeded permutation: drawn when rank < the stratum's size
    Answer answer = Answer::Unchecked;
};

struct Stratum
{
    int label = -1;
    double low = 0; // score band [low, high); the top band includes 1
    double high = 1;
    qint64 population = 0;
    qint64 size = 0; // how many of it are drawn
};

struct Plan
{
    Target target;
    quint64 seed = 0;
    QList<Stratum> strata;
    QList<Member> members;

    bool isEmpty() const { return members.isEmpty(); }
    bool isDrawn(const Member &m) const { return m.stratum >= 0 && m.rank >= 0 && m.rank < strata[m.stratum].size; }
    qint64 drawnCount() const;
    qint64 checkedCount() const;
};

// Stratifies `scope` (labels 0..labelCount-1; others are left out), sizes each label's sample from the
// target (the margin around the target precision, Wilson, without replacement) spread over its bands by
// their shares, and draws it with `seed`: the same scope, target and seed give the same sample, in
// whatever order the scope comes.
Plan draw(QList<Member> scope, int labelCount, const Target &target, quint64 seed);
// Draws more of one label (all labels: -1): half again of what is drawn of it, at least minPerStratum a
// stratum, continuing each stratum's permutation. The number of members added.
qint64 drawMore(Plan &plan, int label = -1);
// Indices into plan.members of the drawn ones, in the order to show them (seeded, strata mixed).
QList<int> drawnOrder(const Plan &plan);

// Each stratum's members in the order they are drawn (by rank: the drawn ones are the first Stratum::size),
// with the scores they span. Made once for a plan, in one pass over its members; drawing more and answering
// leave it true. With it the estimates and the drawn order cost what is drawn, not the scope (a scope of a
// million took 60 ms an answer).
struct StratumMembers
{
    QList<int> byRank; // indices into plan.members
    float lowest = 0;
    float highest = 0;
};
using Ranks = QList<StratumMembers>;
Ranks ranksOf(const Plan &plan);
QList<int> drawnOrder(const Plan &plan, const Ranks &ranks);
// The drawn members (indices into plan.members), stratum by stratum.
QList<int> drawnMembers(const Plan &plan, const Ranks &ranks);

struct Estimate
{
    qint64 population = 0; // samples in the region
    qint64 drawn = 0;
    qint64 checked = 0;
    qint64 right = 0;
    double precision = 0; // the point estimate (of the checked strata)
    proportion::Interval interval;
    bool complete() const { return checked > 0 && checked >= population; }
    // wrong labels in the region: expected, and the interval's bounds
    double wrong() const { return double(population) * (1 - precision); }
    double wrongLow() const { return double(population) * (1 - interval.high); }
    double wrongHigh() const { return double(population) * (1 - interval.low); }
};

// The estimate over the members of the scope with this predicted label (-1: all) and a score of at least
// minScore (a domain: each stratum's checked members in it are a random sample of it).
Estimate estimate(const Plan &plan, int label = -1, double minScore = 0);
Estimate estimate(const Plan &plan, const Ranks &ranks, int label = -1, double minScore = 0);

struct Suggestion
{
    enum class Status {
        Found, // threshold: the lowest band edge whose lower bound reaches target - margin
        TooFewChecked, // a band above the candidate has fewer than minPerStratum checked
        BelowTarget, // even the top band's lower bound is under target - margin
        NoSamples,
    };
    int label = -1;
    Status status = Status::NoSamples;
    double threshold = 1;
    Estimate estimate; // of the region at or above the threshold (Found), else of the top band
};
// Per label (0..labelCount-1): scanning the bands from the top down, the lowest threshold before the
// first band that is thinly checked or brings the lower bound under target - margin (so monotone in score).
QList<Suggestion> suggestThresholds(const Plan &plan, int labelCount);
QList<Suggestion> suggestThresholds(const Plan &plan, const Ranks &ranks, int labelCount);

} // namespace spotcheck
