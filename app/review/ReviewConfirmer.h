#pragma once

#include "api/ModelArtsClient.h"
#include "types/ModelArtsTypes.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class ReviewJournal;
class SampleListModel;

// What one run of sending decisions came to. `refused` are the service's answers about samples (they
// stay decided, marked); `notSent` never got an answer because of `fault` (they stay decided, unmarked,
// and go again: a batch update is idempotent, so a chunk whose answer was lost is simply sent again and
// counted once, when its answer comes).
struct ConfirmReport
{
    qint64 confirmed = 0;
    QList<SampleOutcome> refused;
    qint64 notSent = 0;
    ApiError fault; // why they were not sent; none after a cancel
    bool cancelled = false;
    bool resumed = false; // a run that sent what an earlier one could not
    QString error; // why nothing was sent, when it was not the network (no session, the journal)
};
Q_DECLARE_METATYPE(ConfirmReport)

// Sends a review's decisions with batch updates. Every sample is journaled as being sent (with the label
// sent) before it goes and leaves the journal when the service has it: after a crash the next session
// knows what was on its way. When the service cannot be reached, what was not sent is resent by itself
// (after 5 s, then less and less often, up to a minute apart) or at once with resumeNow().
class ReviewConfirmer final : public QObject
{
    Q_OBJECT
public:
    ReviewConfirmer(SampleListModel *model, ReviewJournal &journal, QString datasetId, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReviewConfirmer)

    void setClient(ModelArtsClient *client);
    // The labels a decision sends for a sample (empty: unlabeled).
    QList<SampleLabel> labelsFor(int row) const;
    // An accepted label goes as certain (score 1), not with the item's score: a suspect review's, where
    // accepting keeps a label a person gave and the score is the audit's.
    void setKeptAsCertain(bool on) { m_keptAsCertain = on; }

    // Sends the decisions of these rows; false (nothing sent) when one is under way or the journal
    // cannot say they are being sent.
    bool send(const QList<int> &rows, bool resumed = false);
    void cancel();
    bool isSending() const { return m_sending; }

    // Decided samples whose last sending got no answer (fault, crash), in model rows.
    QList<int> unsentRows() const;
    qint64 unsentCount() const { return unsentRows().size(); }
    // After the samples (re)loaded: what the journal says was being sent becomes unsent; samples being
    // sent that the listing no longer has were confirmed (their answer was lost) and leave the journal.
    void adoptJournal();
    void resumeNow();
    // When the next try goes by itself (0: none planned).
    int resumeDelayMs() const { return m_resumeTimer.isActive() ? m_resumeTimer.interval() : 0; }
    void setResumeDelays(int firstMs, int maxMs);

    QString lastError() const { return m_lastError; }

signals:
    void progress(qint64 answered, qint64 total);
    void finished(const ConfirmReport &report);
    void unsentChanged(qint64 samples);

private:
    void onFinished(const Result<BatchUpdateResult> &result, const QHash<QString, int> &rowOf, bool resumed);
    void scheduleResume(const ApiError &fault);

    SampleListModel *m_model;
    ReviewJournal &m_journal;
    QString m_datasetId;
    QPointer<ModelArtsClient> m_client;
    QSet<QString> m_unsent;
    bool m_sending = false;
    bool m_keptAsCertain = false;
    QPointer<BatchUpdateJob> m_job; // the sending under way
    QTimer m_resumeTimer;
    int m_firstDelayMs = 5000;
    int m_maxDelayMs = 60000;
    QString m_lastError;
};
