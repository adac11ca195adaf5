#pragma once

#include "review/ReviewJournal.h"
#include "samples/SampleListModel.h"
#include "stats/SpotCheck.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QThreadPool;

// The spot-check of a review: draws a stratified sample of a scope of its samples (spotcheck::draw), keeps
// it in the review journal, takes the reviewer's decisions on drawn samples, made one at a time while shown,
// as answers (the journal stores them with the decision, in one transaction; a bulk or threshold decision
// is no answer) and answers with the estimates. A restart finds the check where it was.
class ReviewSpotCheck final : public QObject
{
    Q_OBJECT
public:
    ReviewSpotCheck(ReviewJournal *journal, SampleListModel *model, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReviewSpotCheck)

    bool isActive() const { return m_check.has_value(); }
    const ReviewJournal::SpotCheck *check() const { return m_check ? &*m_check : nullptr; }
    QString lastError() const { return m_lastError; }

    // How many members a check over these model rows would have (those with a machine label).
    qsizetype membersIn(const QList<int> &scopeRows) const;
    // Draws a check over these model rows (the scope, as `scopeText` describes it), a stratified sample
    // (spotcheck::draw), and stores it on `writer` (the journal's writer thread, a connection of its own),
    // then adopts it here. Its members are read from the model there too: a million of them take seconds
    // to draw and store, and hundreds of milliseconds to read. `done` runs on this object's thread with an
    // empty error, or why the check was not stored (nothing adopted).
    void draw(QThreadPool *writer, const QList<int> &scopeRows, const QString &scopeText, const spotcheck::Target &target, quint64 seed,
              std::function<void(const QString &error)> done);
    // The check drawn and stored: it is the review's now, replacing the one there was.
    void adopt(ReviewJournal::SpotCheck check);
    // The same with the members' indexes made already (on another thread: a million members take a while).
    void adopt(ReviewJournal::SpotCheck check, QHash<QString, int> memberOf, spotcheck::Ranks ranks);
    static QHash<QString, int> indexOf(const ReviewJournal::SpotCheck &check);
    // More of a label (name; empty: all); how many were added, -1 if the journal refused.
    qint64 drawMore(const QString &label = {});
    bool discard();
    // The check the journal holds (after it is opened).
    void restore();

    // The drawn samples' ids, in the order to check them.
    QStringList drawnIds() const;
    bool isDrawn(const QString &sampleId) const;
    // The first drawn sample, in the order to check them, not answered yet; empty when all are.
    QString firstUnchecked() const;
    // The answers these decisions give, of the members among the samples (for ReviewJournal::record): a
    // decision is an answer only when the reviewer made it on that one sample, shown.
    ReviewJournal::Answers answersFor(const QStringList &ids, const QList<Decision> &decisions) const;
    // The answers the members among these samples have now (to put back on undo).
    ReviewJournal::Answers answersNow(const QStringList &ids) const;
    // After the journal stored these answers.
    void noteAnswers(const ReviewJournal::Answers &answers);
    // Drawn samples decided without an answer (in bulk, by a threshold): not evidence.
    qint64 decidedUnanswered() const;

    // Of the machine's labels in the scope: `label` (name; empty: all) at a score of at least minScore.
    spotcheck::Estimate estimate(const QString &label = {}, double minScore = 0) const;
    // Per label of the check (check()->labels order).
    QList<spotcheck::Suggestion> suggestions() const;

signals:
    void changed(); // drawn, answered, grown or discarded

private:
    // The members of a check over these rows (read on the writer's thread).
    static QList<spotcheck::Member> membersOf(const SampleListModel::Snapshot &items, const QList<int> &rows);
    int labelIndex(const QString &name) const;
    void index();

    ReviewJournal *m_journal;
    SampleListModel *m_model;
    std::optional<ReviewJournal::SpotCheck> m_check;
    QHash<QString, int> m_memberOf; // sample id -> index into plan.members
    spotcheck::Ranks m_ranks; // each stratum's members by rank: the figures read the drawn ones only
    QString m_lastError;
};
