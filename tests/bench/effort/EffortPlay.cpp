#include "effort/EffortPlay.h"

#include "learn/Clustering.h"
#include "lookalike/LookAlikes.h"
#include "review/ReviewSession.h"
#include "review/ReviewSpotCheck.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace effort {
namespace {

const QString &truthOf(const ReviewSession &session, const Truth &truth, int row)
{
    static const QString none;
    const auto it = truth.constFind(session.model()->item(row).id);
    return it == truth.constEnd() ? none : *it;
}

bool machineRight(const ReviewSession &session, const Truth &truth, int row)
{
    const SampleListModel *model = session.model();
    return model->labels().value(model->item(row).predicted) == truthOf(session, truth, row);
}

// One decision over `rows`, once the review has stored the last one.
bool decide(ReviewSession &session, const QList<int> &rows, const Decision &d, ReviewSession::Evidence e = ReviewSession::Evidence::None)
{
    return waitUntil([&] { return !session.isSaving(); }) && session.decide(rows, d, e) && waitUntil([&] { return !session.isSaving(); });
}

} // namespace

bool waitUntil(const std::function<bool()> &ready, int ms)
{
    QEventLoop loop;
    QTimer tick;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (ready())
            loop.quit();
    });
    tick.start(1);
    if (!ready())
        loop.exec();
    return ready();
}

Cut cut(const Play &play, double target)
{
    const double n = double(std::max<qint64>(1, play.samples));
    qint64 wrong = play.wrongAtStart;
    qint64 undecided = play.undecidedAtStart;
    int actions = play.baseActions;
    int tiles = play.baseTiles;
    Cut best;
    for (int p = 0;; ++p) {
        const double precision = 1.0 - double(wrong) / n;
        best = { double(actions + (undecided > 0 ? 1 : 0)) / n, double(tiles) / n, precision };
        if (precision >= target || p == play.steps.size())
            return best;
        const Step &s = play.steps[p];
        wrong -= s.fixed;
        undecided -= s.decided;
        actions += s.actions;
        tiles += s.tiles;
    }
}

qint64 machineWrong(const ReviewSession &session, const Truth &truth)
{
    qint64 wrong = 0;
    for (int row : session.undecidedRows())
        wrong += machineRight(session, truth, row) ? 0 : 1;
    return wrong;
}

bool playItems(ReviewSession &session, const Truth &truth, Play &play)
{
    QList<int> rows = session.undecidedRows();
    const SampleListModel *model = session.model();
    std::stable_sort(rows.begin(), rows.end(), [model](int a, int b) {
        const ReviewItem &x = model->item(a);
        const ReviewItem &y = model->item(b);
        return x.hard != y.hard ? x.hard : x.score < y.score;
    });
    for (int row : rows) {
        const bool right = machineRight(session, truth, row);
        const Decision d = right ? Decision::accept() : Decision::relabel(truthOf(session, truth, row));
        if (!decide(session, { row }, d, ReviewSession::Evidence::Looked))
            return false;
        play.steps.append({ 1, 1, right ? 0 : 1, 1 });
    }
    return true;
}

bool playSpotCheck(ReviewSession &session, const Truth &truth, double target, Play &play)
{
    bool drawn = false;
    QObject::connect(&session, &ReviewSession::spotCheckDrawn, &session, [&drawn](bool ok) { drawn = ok; });
    if (!session.startSpotCheck(session.undecidedRows(), spotcheck::Target{ target, 0.03, 0.95, 5, 4 }, 1, QStringLiteral("undecided"))
        || !waitUntil([&] { return drawn; }))
        return false;
    for (const QString &id : session.spotCheck()->drawnIds()) {
        const int row = session.model()->rowOf(id);
        const bool right = machineRight(session, truth, row);
        const Decision d = right ? Decision::accept() : Decision::relabel(truthOf(session, truth, row));
        if (!decide(session, { row }, d, ReviewSession::Evidence::Looked))
            return false;
        play.steps.append({ 1, 1, right ? 0 : 1, 1 });
    }
    ReviewSession::ThresholdRule rule;
    rule.threshold = 2; // a label without a supported threshold: none of it
    rule.includeHard = true;
    const ReviewJournal::SpotCheck *check = session.spotCheck()->check();
    for (const spotcheck::Suggestion &s : session.spotCheck()->suggestions()) {
        if (s.status == spotcheck::Suggestion::Status::Found)
            rule.perLabel.insert(check->labels[s.label], s.threshold);
    }
    const int accepted = rule.perLabel.isEmpty() ? 0 : session.acceptAbove(rule);
    if (accepted < 0 || !waitUntil([&] { return !session.isSaving(); }))
        return false;
    if (accepted > 0)
        play.steps.append({ 1, 0, 0, accepted });
    return playItems(session, truth, play);
}

namespace {

// The group decided as the group view allows, the cheaper way: accept it but the wrong ones, then relabel
// those by label (selected); or relabel the group to its most common true label, then the others by label.
bool decideGroup(ReviewSession &session, const Truth &truth, const QList<int> &rows, Step &step)
{
    QHash<QString, QList<int>> byTruth;
    QList<int> right;
    QHash<QString, QList<int>> wrongByTruth;
    for (int row : rows) {
        const QString &t = truthOf(session, truth, row);
        byTruth[t].append(row);
        if (machineRight(session, truth, row))
            right.append(row);
        else
            wrongByTruth[t].append(row);
    }
    QString most;
    for (auto it = byTruth.cbegin(); it != byTruth.cend(); ++it) {
        if (most.isEmpty() || it->size() > byTruth[most].size())
            most = it.key();
    }
    const int costAccept = (right.isEmpty() ? 0 : 1) + int(wrongByTruth.size());
    const int costRelabel = 1 + int(byTruth.size()) - 1;
    step.tiles = int(rows.size());
    step.decided = int(rows.size());
    step.fixed = int(rows.size() - right.size());
    if (costAccept <= costRelabel) {
        step.actions = costAccept;
        if (!right.isEmpty() && !decide(session, right, Decision::accept()))
            return false;
        for (auto it = wrongByTruth.cbegin(); it != wrongByTruth.cend(); ++it) {
            if (!decide(session, *it, Decision::relabel(it.key())))
                return false;
        }
        return true;
    }
    step.actions = costRelabel;
    if (!decide(session, rows, Decision::relabel(most)))
        return false;
    for (auto it = byTruth.cbegin(); it != byTruth.cend(); ++it) {
        if (it.key() != most && !decide(session, *it, Decision::relabel(it.key())))
            return false;
    }
    return true;
}

} // namespace

bool playGroups(ReviewSession &session, const Truth &truth, double stopShare, Play &play)
{
    const QList<int> undecided = session.undecidedRows();
    QList<LookAlikeGroup> groups;
    bool grouped = false;
    session.lookAlikes()->group(undecided, engine::defaultGroupCount(int(undecided.size())), [&](const QList<LookAlikeGroup> &g) {
        groups = g;
        grouped = true;
    });
    if (!waitUntil([&] { return grouped; }))
        return false;
    const qint64 total = session.model()->rowCount();
    for (const LookAlikeGroup &g : groups) {
        if (double(total - session.undecidedRows().size()) >= stopShare * double(total))
            break;
        Step step;
        if (!decideGroup(session, truth, g.rows, step))
            return false;
        play.steps.append(step);
    }
    return true;
}

} // namespace effort
