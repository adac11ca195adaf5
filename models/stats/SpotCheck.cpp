#include "stats/SpotCheck.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spotcheck {

namespace {

// SplitMix64: small, fast and the same everywhere (std's distributions are not).
struct Random
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound), without modulo bias.
    quint64 below(quint64 bound)
    {
        const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
        quint64 r;
        do {
            r = next();
        } while (r >= limit);
        return r % bound;
    }
};

quint64 fnv1a(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (const QChar c : text) {
        h = (h ^ c.unicode()) * 0x100000001b3ull;
    }
    return h;
}

// Band edges for one label's sorted scores: quantiles rounded down to 0.01, the lowest at 0.
QList<double> bandEdges(const std::vector<float> &sorted, const Target &target)
{
    const qsizetype n = qsizetype(sorted.size());
    const int bands = int(std::clamp<qsizetype>(n / (4 * std::max(1, target.minPerStratum)), 1, std::max(1, target.bandsPerLabel)));
    QList<double> edges{ 0.0 };
    for (int b = 1; b < bands; ++b) {
        const double q = double(sorted[size_t(n * b / bands)]);
        const double edge = std::floor(q * 100 + 1e-9) / 100;
        if (edge > edges.last() && edge <= double(sorted.back()))
            edges.append(edge);
    }
    return edges;
}

int bandOf(const QList<double> &edges, float score)
{
    int band = 0;
    while (band + 1 < edges.size() && double(score) >= edges[band + 1])
        ++band;
    return band;
}

// Ranks the members of one stratum (indices into members, in id order) by a seeded permutation.
void rankStratum(QList<Member> &members, const QList<int> &inStratum, quint64 seed, int stratum)
{
    QList<int> order = inStratum;
    Random random{ seed ^ (0xD1B54A32D192ED03ull * quint64(stratum + 1)) };
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(random.below(quint64(i + 1)))]);
    for (int r = 0; r < order.size(); ++r)
        members[order[r]].rank = r;
}

} // namespace

qint64 Plan::drawnCount() const
{
    return std::accumulate(strata.cbegin(), strata.cend(), qint64(0), [](qint64 sum, const Stratum &s) { return sum + s.size; });
}

qint64 Plan::checkedCount() const
{
    return std::count_if(members.cbegin(), members.cend(), [this](const Member &m) { return isDrawn(m) && m.answer != Answer::Unchecked; });
}

Plan draw(QList<Member> scope, int labelCount, const Target &target, quint64 seed)
{
    Plan plan;
    plan.target = target;
    plan.seed = seed;
    scope.removeIf([labelCount](const Member &m) { return m.label < 0 || m.label >= labelCount; });
    std::sort(scope.begin(), scope.end(), [](const Member &a, const Member &b) { return a.id < b.id; });
    plan.members = std::move(scope);
    for (int label = 0; label < labelCount; ++label) {
        QList<int> ofLabel;
        std::vector<float> scores;
        for (int i = 0; i < plan.members.size(); ++i) {
            if (plan.members[i].label == label) {
                ofLabel.append(i);
                scores.push_back(plan.members[i].score);
            }
        }
        if (ofLabel.isEmpty())
            continue;
        std::sort(scores.begin(), scores.end());
        const QList<double> edges = bandEdges(scores, target);
        QList<QList<int>> byBand(edges.size());
        for (int i : std::as_const(ofLabel))
            byBand[bandOf(edges, plan.members[i].score)].append(i);
        const qint64 labelSize = proportion::sampleSize(target.precision, target.margin, target.confidence, ofLabel.size());
        for (int b = 0; b < edges.size(); ++b) {
            if (byBand[b].isEmpty())
                continue;
            Stratum s{ label, edges[b], b + 1 < edges.size() ? edges[b + 1] : 1.0, byBand[b].size(), 0 };
            const qint64 share = qint64(std::ceil(double(labelSize) * double(s.population) / double(ofLabel.size())));
            s.size = std::min(s.population, std::max<qint64>(share, target.minPerStratum));
            const int index = int(plan.strata.size());
            for (int i : std::as_const(byBand[b]))
                plan.members[i].stratum = index;
            rankStratum(plan.members, byBand[b], seed, index);
            plan.strata.append(s);
        }
    }
    return plan;
}

qint64 drawMore(Plan &plan, int label)
{
    qint64 added = 0;
    for (Stratum &s : plan.strata) {
        if (label >= 0 && s.label != label)
            continue;
        const qint64 more = std::max<qint64>((s.size + 1) / 2, plan.target.minPerStratum);
        const qint64 size = std::min(s.population, s.size + more);
        added += size - s.size;
        s.size = size;
    }
    return added;
}

Ranks ranksOf(const Plan &plan)
{
    Ranks ranks(plan.strata.size());
    for (qsizetype s = 0; s < ranks.size(); ++s)
        ranks[s].byRank.fill(-1, qBound(qint64(0), plan.strata[s].population, qint64(plan.members.size()))); // as stored: any number
    bool ranked = true; // each stratum's ranks a permutation, as draw() makes them
    for (int i = 0; i < plan.members.size(); ++i) {
        const Member &m = plan.members[i];
        if (m.stratum < 0 || m.stratum >= ranks.size())
            continue;
        StratumMembers &in = ranks[m.stratum];
        if (m.rank >= 0 && m.rank < in.byRank.size() && in.byRank[m.rank] < 0)
            in.byRank[m.rank] = i;
        else
            ranked = false;
    }
    for (qsizetype s = 0; s < ranks.size(); ++s) {
        StratumMembers &in = ranks[s];
        if (!ranked || in.byRank.contains(-1)) { // not as drawn: by rank all the same
            in.byRank.clear();
            for (int i = 0; i < plan.members.size(); ++i) {
                if (plan.members[i].stratum == s)
                    in.byRank.append(i);
            }
            std::stable_sort(in.byRank.begin(), in.byRank.end(), [&](int a, int b) { return plan.members[a].rank < plan.members[b].rank; });
        }
        in.lowest = in.byRank.isEmpty() ? 0 : plan.members[in.byRank.first()].score;
        in.highest = in.lowest;
        for (int i : std::as_const(in.byRank)) {
            in.lowest = std::min(in.lowest, plan.members[i].score);
            in.highest = std::max(in.highest, plan.members[i].score);
        }
    }
    return ranks;
}

QList<int> drawnMembers(const Plan &plan, const Ranks &ranks)
{
    QList<int> drawn;
    for (qsizetype s = 0; s < ranks.size() && s < plan.strata.size(); ++s) {
        const QList<int> &byRank = ranks[s].byRank;
        for (int i : byRank) {
            if (plan.isDrawn(plan.members[i]))
                drawn.append(i);
            else if (plan.members[i].rank >= 0) // by rank: the rest are not drawn
                break;
        }
    }
    return drawn;
}

QList<int> drawnOrder(const Plan &plan) { return drawnOrder(plan, ranksOf(plan)); }

QList<int> drawnOrder(const Plan &plan, const Ranks &ranks)
{
    QList<QPair<quint64, int>> keyed;
    for (int i : drawnMembers(plan, ranks)) {
        Random random{ plan.seed ^ fnv1a(plan.members[i].id) };
        keyed.append({ random.next(), i });
    }
    std::sort(keyed.begin(), keyed.end());
    QList<int> order;
    order.reserve(keyed.size());
    for (const auto &k : std::as_const(keyed))
        order.append(k.second);
    return order;
}

} // namespace spotcheck
