#include "review/ReviewSpotCheck.h"

#include "samples/SampleListModel.h"
#include "threads/BackgroundPriority.h"
#include "threads/OffThread.h"

#include <QDateTime>
#include <QSet>
#include <QThreadPool>

#include <algorithm>

ReviewSpotCheck::ReviewSpotCheck(ReviewJournal *journal, SampleListModel *model, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_model(model)
{
}

qsizetype ReviewSpotCheck::membersIn(const QList<int> &scopeRows) const
{
    const int count = m_model->rowCount();
    return std::count_if(scopeRows.cbegin(), scopeRows.cend(),
                         [&](int row) { return row >= 0 && row < count && m_model->filterKey(row).predicted >= 0; });
}

QList<spotcheck::Member> ReviewSpotCheck::membersOf(const SampleListModel::Snapshot &items, const QList<int> &rows)
{
    QList<spotcheck::Member> members;
    members.reserve(rows.size());
    for (int row : rows) {
        if (row < 0 || size_t(row) >= items.size())
            continue;
        const ReviewItem &item = items[size_t(row)];
        if (item.predicted >= 0)
            members.append(spotcheck::Member{ item.id, item.predicted, item.score });
    }
    return members;
}

void ReviewSpotCheck::adopt(ReviewJournal::SpotCheck check)
{
    m_check = std::move(check);
    index();
    emit changed();
}

void ReviewSpotCheck::adopt(ReviewJournal::SpotCheck check, QHash<QString, int> memberOf, spotcheck::Ranks ranks)
{
    m_check = std::move(check);
    m_memberOf = std::move(memberOf);
    m_ranks = std::move(ranks);
    emit changed();
}

QHash<QString, int> ReviewSpotCheck::indexOf(const ReviewJournal::SpotCheck &check)
{
    QHash<QString, int> memberOf;
    memberOf.reserve(check.plan.members.size());
    for (int i = 0; i < check.plan.members.size(); ++i)
        memberOf.insert(check.plan.members[i].id, i);
    return memberOf;
}

qint64 ReviewSpotCheck::drawMore(const QString &label)
{
    if (!m_check)
        return 0;
    spotcheck::Plan grown = m_check->plan;
    const qint64 added = spotcheck::drawMore(grown, label.isEmpty() ? -1 : labelIndex(label));
    if (added == 0)
        return 0;
    if (!m_journal->saveSpotCheckSizes(grown)) {
        m_lastError = tr("The spot-check was not stored: %1").arg(m_journal->lastError());
        return -1;
    }
    m_check->plan.strata = grown.strata;
    emit changed();
    return added;
}

bool ReviewSpotCheck::discard()
{
    if (!m_journal->removeSpotCheck()) {
        m_lastError = m_journal->lastError();
        return false;
    }
    m_check.reset();
    m_memberOf.clear();
    m_ranks.clear();
    emit changed();
    return true;
}

void ReviewSpotCheck::restore()
{
    m_check = m_journal->spotCheck();
    index();
    emit changed();
}

void ReviewSpotCheck::index()
{
    m_memberOf = m_check ? indexOf(*m_check) : QHash<QString, int>();
    m_ranks = m_check ? spotcheck::ranksOf(m_check->plan) : spotcheck::Ranks();
}

int ReviewSpotCheck::labelIndex(const QString &name) const { return m_check ? int(m_check->labels.indexOf(name)) : -1; }

QStringList ReviewSpotCheck::drawnIds() const
{
    QStringList ids;
    if (!m_check)
        return ids;
    for (int i : spotcheck::drawnOrder(m_check->plan, m_ranks))
        ids.append(m_check->plan.members[i].id);
    return ids;
}

QString ReviewSpotCheck::firstUnchecked() const
{
    if (!m_check)
        return {};
    for (int i : spotcheck::drawnOrder(m_check->plan, m_ranks)) {
        if (m_check->plan.members[i].answer == spotcheck::Answer::Unchecked)
            return m_check->plan.members[i].id;
    }
    return {};
}

bool ReviewSpotCheck::isDrawn(const QString &sampleId) const
{
    const auto it = m_memberOf.constFind(sampleId);
    return it != m_memberOf.cend() && m_check->plan.isDrawn(m_check->plan.members[*it]);
}

ReviewJournal::Answers ReviewSpotCheck::answersFor(const QStringList &ids, const QList<Decision> &decisions) const
{
    ReviewJournal::Answers answers;
    for (qsizetype i = 0; m_check && i < ids.size(); ++i) {
        if (m_memberOf.contains(ids[i]))
            answers.append({ ids[i], ReviewJournal::answerOf(decisions[i]) });
    }
    return answers;
}

ReviewJournal::Answers ReviewSpotCheck::answersNow(const QStringList &ids) const
{
    ReviewJournal::Answers answers;
    for (const QString &id : ids) {
        const auto it = m_memberOf.constFind(id);
        if (it != m_memberOf.cend())
            answers.append({ id, m_check->plan.members[*it].answer });
    }
    return answers;
}

void ReviewSpotCheck::noteAnswers(const ReviewJournal::Answers &answers)
{
    bool any = false;
    for (const auto &[id, answer] : answers) {
        const auto it = m_memberOf.constFind(id);
        if (!m_check || it == m_memberOf.cend())
            continue;
        m_check->plan.members[*it].answer = answer;
        any = true;
    }
    if (any)
        emit changed();
}

qint64 ReviewSpotCheck::decidedUnanswered() const
{
    qint64 n = 0;
    if (!m_check)
        return n;
    for (int i : spotcheck::drawnMembers(m_check->plan, m_ranks)) {
        const spotcheck::Member &m = m_check->plan.members[i];
        if (m.answer != spotcheck::Answer::Unchecked)
            continue;
        const int row = m_model->rowOf(m.id);
        if (row >= 0 && m_model->item(row).state != ReviewState::ToReview)
            ++n;
    }
    return n;
}

spotcheck::Estimate ReviewSpotCheck::estimate(const QString &label, double minScore) const
{
    if (!m_check)
        return {};
    if (!label.isEmpty() && labelIndex(label) < 0)
        return {};
    return spotcheck::estimate(m_check->plan, m_ranks, label.isEmpty() ? -1 : labelIndex(label), minScore);
}

QList<spotcheck::Suggestion> ReviewSpotCheck::suggestions() const
{
    return m_check ? spotcheck::suggestThresholds(m_check->plan, m_ranks, int(m_check->labels.size())) : QList<spotcheck::Suggestion>{};
}

void ReviewSpotCheck::draw(QThreadPool *writer, const QList<int> &scopeRows, const QString &scopeText, const spotcheck::Target &target,
                           quint64 seed, std::function<void(const QString &error)> done)
{
    struct Drawn
    {
        ReviewJournal::SpotCheck check;
        QString error;
        QHash<QString, int> memberOf; // made on the writer too: a million members would hold the GUI for seconds
        spotcheck::Ranks ranks;
        QSet<QString> ids;
    };
    ReviewJournal::SpotCheck check;
    check.labels = m_model->labels();
    check.scope = scopeText;
    check.createdMs = QDateTime::currentMSecsSinceEpoch();
    offthread::run(
            writer, this,
            [path = m_journal->path(), check = std::move(check), items = m_model->snapshot(), rows = scopeRows, target, seed]() mutable {
                background::yieldToInteractiveThreads(); // the GUI thread comes first
                check.plan = spotcheck::draw(membersOf(items, rows), int(check.labels.size()), target, seed);
                ReviewJournal journal; // its own connection, on the writer's thread
                const bool ok = journal.open(path) && journal.saveSpotCheck(check);
                Drawn drawn{ std::move(check), ok ? QString() : journal.lastError(), {}, {}, {} };
                if (ok) {
                    drawn.memberOf = indexOf(drawn.check);
                    drawn.ranks = spotcheck::ranksOf(drawn.check.plan);
                    drawn.ids.reserve(drawn.check.plan.members.size());
                    for (const spotcheck::Member &m : drawn.check.plan.members)
                        drawn.ids.insert(m.id);
                }
                return drawn;
            },
            [this, done = std::move(done)](Drawn drawn) {
                if (!drawn.error.isEmpty()) {
                    done(drawn.error);
                    return;
                }
                m_journal->adoptSpotIds(std::move(drawn.ids));
                adopt(std::move(drawn.check), std::move(drawn.memberOf), std::move(drawn.ranks));
                done({});
            });
}
