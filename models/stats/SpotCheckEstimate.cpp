#include "stats/SpotCheck.h"

#include <algorithm>
#include <cmath>

namespace spotcheck {

namespace {

struct Tally
{
    qint64 population = 0;
    qint64 drawn = 0;
    qint64 checked = 0;
    qint64 right = 0;
};

void countAnswer(Tally &t, const Member &m)
{
    ++t.drawn;
    if (m.answer != Answer::Unchecked) {
        ++t.checked;
        t.right += m.answer == Answer::Right ? 1 : 0;
    }
}

// Per stratum, its members of this label (-1: any) at a score of at least minScore. A stratum wholly in
// the domain reads its drawn members only (the first by rank); one wholly out of it, none; one the domain
// cuts, each.
QList<Tally> tallies(const Plan &plan, const Ranks &ranks, int label, double minScore)
{
    QList<Tally> t(plan.strata.size());
    for (qsizetype s = 0; s < plan.strata.size() && s < ranks.size(); ++s) {
        const StratumMembers &in = ranks[s];
        if ((label >= 0 && plan.strata[s].label != label) || in.byRank.isEmpty() || double(in.highest) < minScore)
            continue;
        const bool whole = double(in.lowest) >= minScore;
        for (int i : in.byRank) {
            const Member &m = plan.members[i];
            if (whole && !plan.isDrawn(m) && m.rank >= 0)
                break; // the rest are not drawn either
            if (double(m.score) < minScore)
                continue;
            t[s].population += whole ? 0 : 1;
            if (plan.isDrawn(m))
                countAnswer(t[s], m);
        }
        if (whole)
            t[s].population = in.byRank.size();
    }
    return t;
}

} // namespace

Estimate estimate(const Plan &plan, int label, double minScore) { return estimate(plan, ranksOf(plan), label, minScore); }

Estimate estimate(const Plan &plan, const Ranks &ranks, int label, double minScore)
{
    const QList<Tally> strata = tallies(plan, ranks, label, minScore);
    Estimate e;
    qint64 covered = 0; // population of the strata with answers
    for (const Tally &s : strata) {
        e.population += s.population;
        e.drawn += s.drawn;
        e.checked += s.checked;
        e.right += s.right;
        covered += s.checked > 0 ? s.population : 0;
    }
    if (e.checked == 0)
        return e;
    // The stratified proportion over the checked strata, its variance (with replacement) and the
    // weights' own design effect (Kish): the effective sample size is the smaller of the two.
    double p = 0;
    for (const Tally &s : strata) {
        if (s.checked > 0)
            p += double(s.population) / double(covered) * double(s.right) / double(s.checked);
    }
    double variance = 0;
    double kish = 0;
    for (const Tally &s : strata) {
        if (s.checked == 0)
            continue;
        const double w = double(s.population) / double(covered);
        const double ph = double(s.right) / double(s.checked);
        variance += w * w * ph * (1 - ph) / double(s.checked);
        kish += w * w / double(s.checked);
    }
    double effective = 1 / kish;
    if (variance > 0 && p > 0 && p < 1)
        effective = std::min(effective, p * (1 - p) / variance);
    proportion::Interval i = proportion::wilson(p * effective, effective, plan.target.confidence);
    // Drawn without replacement: what is left unchecked is all that is uncertain.
    qint64 checkedInCovered = 0;
    for (const Tally &s : strata)
        checkedInCovered += s.checked > 0 ? s.checked : 0;
    const double shrink = std::sqrt(std::max(0.0, 1 - double(checkedInCovered) / double(covered)));
    i.low = p - (p - i.low) * shrink;
    i.high = p + (i.high - p) * shrink;
    // Strata nobody has checked could be anything.
    const double unknown = 1 - double(covered) / double(e.population);
    e.precision = p;
    e.interval = { std::clamp(i.low * (1 - unknown), 0.0, 1.0), std::clamp(i.high * (1 - unknown) + unknown, 0.0, 1.0) };
    return e;
}

QList<Suggestion> suggestThresholds(const Plan &plan, int labelCount) { return suggestThresholds(plan, ranksOf(plan), labelCount); }

QList<Suggestion> suggestThresholds(const Plan &plan, const Ranks &ranks, int labelCount)
{
    QList<Suggestion> out;
    const double floor = plan.target.precision - plan.target.margin;
    for (int label = 0; label < labelCount; ++label) {
        QList<int> bands; // this label's strata, the top band first
        for (int s = 0; s < plan.strata.size(); ++s) {
            if (plan.strata[s].label == label)
                bands.append(s);
        }
        std::sort(bands.begin(), bands.end(), [&](int a, int b) { return plan.strata[a].low > plan.strata[b].low; });
        Suggestion suggestion;
        suggestion.label = label;
        const QList<Tally> counts = tallies(plan, ranks, label, 0);
        for (int k = 0; k < bands.size(); ++k) {
            const Stratum &band = plan.strata[bands[k]];
            const qint64 needed = std::min<qint64>(plan.target.minPerStratum, band.population);
            const Estimate region = estimate(plan, ranks, label, band.low);
            const bool thin = counts[bands[k]].checked < needed;
            const bool low = region.interval.low < floor;
            if (thin || low) {
                if (k == 0) {
                    suggestion.status = thin ? Suggestion::Status::TooFewChecked : Suggestion::Status::BelowTarget;
                    suggestion.estimate = region;
                }
                break;
            }
            suggestion.status = Suggestion::Status::Found;
            suggestion.threshold = band.low;
            suggestion.estimate = region;
        }
        out.append(suggestion);
    }
    return out;
}

} // namespace spotcheck
