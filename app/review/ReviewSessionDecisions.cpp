#include "review/ReviewSession.h"

#include "review/DecisionCommand.h"
#include "samples/SampleListModel.h"
#include "threads/BackgroundPriority.h"
#include "threads/OffThread.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

// Decisions: journaled first (a bulk step on the journal's thread), then shown, as one undoable step.

Q_DECLARE_LOGGING_CATEGORY(lcReview)

namespace {

// A step's journal entries: the samples' ids (read from `items`, on any thread) with their decisions.
QList<QPair<QString, Decision>> entriesOf(const SampleListModel::Snapshot &items, const QList<int> &rows, const DecisionList &decisions)
{
    QList<QPair<QString, Decision>> entries;
    entries.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        entries.append({ items[size_t(rows[i])].id, decisions[i] });
    return entries;
}

} // namespace

bool ReviewSession::apply(const QList<int> &rows, const DecisionList &decisions, const ReviewJournal::Answers &answers)
{
    if (!m_journal.isOpen()) {
        emit decisionFailed(tr("Decisions cannot be kept: there is no review journal. %1").arg(m_lastError));
        return false;
    }
    if (rows.size() >= bulkRows) {
        applyInBackground(rows, decisions, answers);
        return true;
    }
    if (!m_journal.record(entriesOf(m_model->snapshot(), rows, decisions), answers)) {
        qCWarning(lcReview) << "journal write failed:" << m_journal.lastError();
        emit decisionFailed(tr("The decision was not stored: %1").arg(m_journal.lastError()));
        return false;
    }
    m_model->setDecisions(rows, decisions);
    m_spotCheck->noteAnswers(answers);
    scheduleSync();
    return true;
}

void ReviewSession::scheduleSync()
{
    // Committed, so safe from a crash or a kill; on the disk (safe from a power cut) a moment later, on the
    // writer's thread: the GUI thread never waits for the disk.
    if (std::exchange(m_syncPending, true))
        return;
    QTimer::singleShot(syncDelayMs, this, [this] {
        offthread::run(
                &m_writer, this,
                [path = m_journal.path()] {
                    QString error;
                    return ReviewJournal::sync(path, &error) ? QString() : error;
                },
                [this](const QString &error) {
                    m_syncPending = false;
                    if (!error.isEmpty())
                        qCWarning(lcReview) << "journal sync failed:" << error;
                });
    });
}

void ReviewSession::applyInBackground(const QList<int> &rows, const DecisionList &decisions, const ReviewJournal::Answers &answers)
{
    ++m_saving;
    emit savingChanged(rows.size());
    offthread::run(
            &m_writer, this,
            [path = m_journal.path(), items = m_model->snapshot(), rows, decisions, answers] {
                // Its own connection, on the writer's thread; WAL lets the GUI thread read meanwhile. The
                // GUI thread comes first: it waited for a core behind a million entries' write.
                background::yieldToInteractiveThreads();
                ReviewJournal journal;
                if (!journal.open(path) || !journal.setFullSync(true)) // shown once on the disk
                    return journal.lastError();
                return journal.record(entriesOf(items, rows, decisions), answers) ? QString() : journal.lastError();
            },
            [this, rows, decisions, answers](const QString &error) {
                if (error.isEmpty()) {
                    showDurable(rows, decisions, answers, 0);
                    return;
                }
                --m_saving;
                qCWarning(lcReview) << "journal write failed:" << error;
                emit decisionFailed(tr("The decision was not stored: %1").arg(error));
                emit savingChanged(0);
            });
}

void ReviewSession::showDurable(const QList<int> &rows, const DecisionList &decisions, const ReviewJournal::Answers &answers,
                                qsizetype from)
{
    const qsizetype n = std::min(m_showSlice, rows.size() - from);
    m_model->setDecisions(rows.mid(from, n), decisions.mid(from, n));
    if (from + n < rows.size()) { // the next slice in the next event: the grid paints meanwhile
        QTimer::singleShot(0, this, [this, rows, decisions, answers, next = from + n] { showDurable(rows, decisions, answers, next); });
        return;
    }
    --m_saving;
    m_spotCheck->noteAnswers(answers);
    emit savingChanged(0);
}

bool ReviewSession::applyStep(const QList<int> &rows, const DecisionList &decisions, const ReviewJournal::Answers &answers)
{
    // Samples gone from the listing (-1) or confirmed since are left out.
    QList<int> present;
    QList<qsizetype> kept;
    present.reserve(rows.size());
    kept.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        const ReviewState state = row >= 0 ? m_model->filterKey(row).state : ReviewState::Deleted;
        if (state != ReviewState::Confirmed && state != ReviewState::Deleted) {
            present.append(row);
            kept.append(i);
        }
    }
    if (present.isEmpty())
        return true;
    if (kept.size() == rows.size()) // all there: the step as it was made
        return apply(present, decisions, answers);
    ReviewJournal::Answers theirAnswers; // a step's answers are of one sample shown: few
    for (const auto &answer : answers) {
        for (int row : std::as_const(present)) {
            if (m_model->item(row).id == answer.first)
                theirAnswers.append(answer);
        }
    }
    return apply(present, decisions.pick(kept), theirAnswers);
}

bool ReviewSession::decide(const QList<int> &rows, const Decision &decision, Evidence evidence)
{
    QString text;
    switch (decision.kind) {
    case DecisionKind::Accept: text = tr("Accept %n sample(s)", nullptr, int(rows.size())); break;
    case DecisionKind::Relabel: text = tr("Relabel %n sample(s) to %1", nullptr, int(rows.size())).arg(decision.label); break;
    case DecisionKind::Reject: text = tr("Reject %n sample(s)", nullptr, int(rows.size())); break;
    case DecisionKind::None: text = tr("Clear %n decision(s)", nullptr, int(rows.size())); break;
    }
    return decide(rows, DecisionList(rows.size(), decision), text, evidence);
}

Decision ReviewSession::normalized(int row, const Decision &decision) const
{
    // Relabeling to the label the machine gave is accepting it.
    if (decision.kind == DecisionKind::Relabel && decision.label == m_model->labelName(m_model->filterKey(row).predicted))
        return Decision::accept();
    return decision;
}

// What a decision changes: the rows, and each one's decision before and after.
struct ReviewSession::Step
{
    QList<int> rows;
    DecisionCommand::Side before;
    DecisionCommand::Side after;
};

bool ReviewSession::decide(const QList<int> &rows, const DecisionList &decisions, const QString &undoText, Evidence evidence)
{
    if (isSaving()) {
        emit decisionFailed(m_drawing ? tr("The spot-check is still being drawn: decide again in a moment.")
                                      : tr("The last decision is still being saved: decide again in a moment."));
        return false;
    }
    // Evidence is one sample decided while shown: a decision over several is never an answer.
    const bool looked = evidence == Evidence::Looked && rows.size() == 1;
    Step step = !looked && isUndecidedBulk(rows, decisions) ? Step{ rows, { DecisionList(rows.size(), Decision{}), {} }, { decisions, {} } }
                                                            : changesOf(rows, decisions, looked);
    if (step.rows.isEmpty())
        return true;
    if (!apply(step.rows, step.after.decisions, step.after.answers))
        return false;
    auto applySide = [this](const QList<int> &rowsNow, const DecisionCommand::Side &side) {
        applyStep(rowsNow, side.decisions, side.answers);
    };
    m_undo->push(new DecisionCommand(m_model, applySide, std::move(step.rows), std::move(step.before), std::move(step.after), undoText));
    return true;
}

bool ReviewSession::isUndecidedBulk(const QList<int> &rows, const DecisionList &decisions) const
{
    // An accept or a reject, alike, of undecided rows (a threshold accept): it changes each of them, and
    // reading their keys is all it takes to know (a million rows' decisions took 25 ms more to read).
    if (rows.isEmpty() || !decisions.isAlike() || decisions.alike().isNone() || decisions.alike().kind == DecisionKind::Relabel)
        return false;
    const int count = m_model->rowCount();
    return std::all_of(rows.cbegin(), rows.cend(),
                       [&](int row) { return row >= 0 && row < count && m_model->filterKey(row).state == ReviewState::ToReview; });
}

ReviewSession::Step ReviewSession::changesOf(const QList<int> &rows, const DecisionList &decisions, bool looked) const
{
    Step step;
    step.rows.reserve(rows.size());
    const int count = m_model->rowCount();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        if (row < 0 || row >= count)
            continue;
        const ReviewState state = m_model->filterKey(row).state;
        if (state == ReviewState::Confirmed || state == ReviewState::Deleted)
            continue;
        const Decision old = m_model->decision(row);
        const Decision now = normalized(row, decisions[i]);
        if (looked) {
            const QString &id = m_model->item(row).id;
            const ReviewJournal::Answers answer = m_spotCheck->answersFor({ id }, { now });
            const bool newAnswer = !answer.isEmpty() && answer != m_spotCheck->answersNow({ id });
            if (old == now && state != ReviewState::Failed && !newAnswer)
                continue;
            step.before.answers = m_spotCheck->answersNow({ id });
            step.after.answers = answer;
        } else if (old == now && state != ReviewState::Failed) {
            continue;
        }
        step.rows.append(row);
        step.before.decisions.append(old);
        step.after.decisions.append(now);
    }
    return step;
}
