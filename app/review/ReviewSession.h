#pragma once

#include "api/ModelArtsClient.h"
#include "review/ReviewConfirmer.h"
#include "review/ReviewJournal.h"
#include "review/ReviewLoader.h"
#include "review/ReviewRound.h"
#include "review/ReviewSpotCheck.h"
#include "samples/SampleListModel.h"
#include "types/ReviewItem.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

class LabelProposer;
class LabeledSamples;
class SuspectSource;
struct Suspect;
class LookAlikes;
class QUndoStack;

// One review of an auto-label task's results: loads the auto-labeled samples into a SampleListModel
// (ReviewLoader: the first page at once, the rest in the background), keeps every decision in a
// ReviewJournal before the model shows it, makes each decision (bulk ones included) one undoable step
// (by sample, so that the history outlives a reload), and confirms the decided samples with batch updates
// (ReviewConfirmer).
class ReviewSession final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(ReviewSession)
    ReviewSession(ModelArtsClient *client, const QString &datasetId, const QString &taskId, QObject *parent = nullptr);
    ~ReviewSession() override;

    QString datasetId() const { return m_datasetId; }
    QString taskId() const { return m_taskId; }
    // The task id of a suspect review: its samples are the dataset's labeled samples an audit questions
    // (SuspectSource), each kept (accepted: sent as certain), relabeled or rejected as in any review.
    static QString suspectsTaskId() { return QStringLiteral("suspects"); }
    bool isSuspectReview() const { return m_taskId == suspectsTaskId(); }
    // A suspect review of these samples only (the audit still learns from every labeled sample); empty:
    // all of them. Set before load().
    void setSuspectScope(const QStringList &ids) { m_suspectScope = QSet<QString>(ids.cbegin(), ids.cend()); }
    qsizetype suspectScopeSize() const { return m_suspectScope.size(); }
    // Why a sample of a suspect review is questioned (nullptr in a task's review, or before the audit).
    const Suspect *suspectOf(const QString &id) const;
    // How many labeled samples the last audit looked at, and how many it flagged that a person had kept or
    // chosen before (left out). 0 in a task's review.
    qint64 auditedCount() const;
    qint64 vouchedSkipped() const;
    SampleListModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    ModelArtsClient *client() const { return m_client; }
    // Up to `limit` of the dataset's labeled samples under `label` (what a label looks like, to compare).
    void labeledSamples(const QString &label, int limit, QObject *context, Done<SamplePage> done) const
    {
        if (!m_client)
            return;
        ModelArtsClient::SampleQuery query;
        query.state = QStringLiteral("__ALL__"); // labeled
        query.labelName = label;
        query.limit = limit;
        m_client->samples(m_datasetId, query, context, std::move(done));
    }
    // The round this review's task is (a task started to re-label what an earlier review left undecided).
    const std::optional<ReviewRound> &round() const { return m_round; }
    void setRound(std::optional<ReviewRound> round) { m_round = std::move(round); }
    // What a round started from here after the confirmation would carry: its number, what the reviews so
    // far confirmed, and this review's spot-check estimate if one was drawn.
    ReviewRound nextRound() const;
    // After a new login to the same endpoint and project: the review goes on with its client.
    void setClient(ModelArtsClient *client);

    // The dataset's labels, in its order (keys 1-9 relabel to the first nine).
    void setLabels(const QStringList &labels);
    // Opens (or creates) the journal. Without one, decisions are refused.
    bool openJournal(const QString &path);
    QString journalPath() const { return m_journal.path(); }
    // Which review the journal is for (so that a later login can find what it was sending).
    bool setJournalInfo(const ReviewJournal::Info &info) { return m_journal.setInfo(info); }
    // Once loaded, what the journal says was being sent goes again at once.
    void resumeSendingWhenLoaded() { m_resumeOnLoad = true; }
    QString lastError() const { return m_lastError; }

    // (Re)loads the samples; decisions in the journal are put back as their samples arrive. A reload keeps
    // what is shown until the service's first page is in: one that cannot list leaves it all as it was.
    void load();
    bool isLoading() const;
    // Stops a suspect review's audit (loadFailed says it was cancelled); a task's listing goes on.
    void cancelLoad();
    bool isLoaded() const { return m_loader->isLoaded(); }
    qint64 expectedTotal() const { return m_loader->expectedTotal(); }

    // Decides for these model rows, as one undoable step. False, with nothing changed, when the journal
    // could not store it or an earlier bulk decision is still being saved (decisionFailed says why). A
    // decision over many samples (bulkRows or more) is written on a worker thread: the model shows it when
    // it is durable (saving() until then), and no other decision is taken meanwhile.
    // Evidence::Looked: the reviewer made it on this one sample while it was shown, so that it is the
    // spot-check's answer for it; any other decision (several samples, a threshold) is none. Relabeling to
    // the machine's label is accepting it.
    enum class Evidence { None, Looked };
    bool decide(const QList<int> &rows, const Decision &decision, Evidence evidence = Evidence::None);
    bool decide(const QList<int> &rows, const DecisionList &decisions, const QString &undoText, Evidence evidence = Evidence::None);
    static constexpr int bulkRows = 2000;
    bool isSaving() const { return m_saving > 0; }
    bool isDrawingSpotCheck() const { return m_drawing; } // what is being saved is a spot-check
    // How many rows of a durable bulk step are shown an event (the rest in the next ones).
    void setShowSlice(qsizetype rows) { m_showSlice = std::max<qsizetype>(1, rows); }

    struct ThresholdRule
    {
        double threshold = 0.9;
        QHash<QString, double> perLabel; // label -> its own threshold, instead of `threshold`
        bool includeHard = false;
    };
    // Undecided samples whose score is at least the rule's threshold for their predicted label.
    QList<int> thresholdRows(const ThresholdRule &rule) const;
    QMap<QString, qint64> thresholdPreview(const ThresholdRule &rule) const; // predicted label -> samples
    // Accepts thresholdRows(rule) as one undoable step; the number accepted, or -1 if the journal failed.
    int acceptAbove(const ThresholdRule &rule);

    // Undecided samples (the spot-check's usual scope).
    QList<int> undecidedRows() const;
    ReviewSpotCheck *spotCheck() const { return m_spotCheck; }
    // How the samples look (vectors computed in the background once the samples are loaded, unless
    // switched off before).
    LookAlikes *lookAlikes() const { return m_lookAlikes; }
    void setComputeLookAlikes(bool on) { m_computeLookAlikes = on; }
    // The dataset's labeled samples as look-alikes, over the same cache (so the same space) as lookAlikes():
    // set up on first use, started by the caller once the review's vectors are known.
    LabeledSamples *labeledSamples();
    // The labels most likely for a sample (the picker's first), learnt from the labeled samples and the
    // decisions; once the review's vectors are known, the labeled samples are described for it.
    LabelProposer *labelProposer() const { return m_proposer; }
    // Has ReviewSpotCheck draw a spot-check over these rows and store it, on the journal's writer thread (a
    // scope of 100,000 takes a second); no decision is taken meanwhile (isSaving). spotCheckDrawn says how
    // it went; false (and nothing drawn) when the scope is empty or a bulk decision is still being saved.
    bool startSpotCheck(const QList<int> &rows, const spotcheck::Target &target, quint64 seed, const QString &scopeText);

    // Decided (or refused last time) and not yet confirmed.
    QList<int> pendingRows() const;
    struct SummaryLine
    {
        QString label;
        qint64 accepted = 0;
        qint64 relabeledTo = 0;
        qint64 rejected = 0; // predicted as this label, sent back to unlabeled
    };
    QList<SummaryLine> confirmSummary() const;
    // Sends every pending decision. Samples the service refuses stay pending with its reason; those it
    // could not be asked about stay decided and go again by themselves (confirmer()).
    // Deletes these samples from the dataset (DeleteSamples; with `deleteSource` their image files too):
    // those the service deleted leave the review and its counts; samplesDeleted says how it went. False
    // (nothing sent, lastDeleteRefusal() says why) while confirming or when a sample is drawn in the
    // spot-check (its answer would be missing from the estimate).
    bool deleteSamples(const QList<int> &rows, bool deleteSource);
    QString lastDeleteRefusal() const { return m_deleteRefusal; }
    void confirm();
    void cancelConfirm();
    bool isConfirming() const { return m_confirmer->isSending(); }
    ReviewConfirmer *confirmer() const { return m_confirmer; }

signals:
    void firstPageLoaded();
    void loadProgress(qint64 loaded, qint64 total);
    void loadFinished(qint64 total);
    void loadFailed(const ApiError &error);
    void restored(int decisions); // decisions put back from the journal, after loading
    void decisionFailed(const QString &error);
    // A bulk decision is being written (samples), or is durable and shown (0).
    void savingChanged(qint64 samples);
    void confirmProgress(qint64 sent, qint64 total);
    void confirmFinished(const ConfirmReport &report);
    // Decided samples that could not be sent (the service unreachable, or the app ended while sending).
    void unsentChanged(qint64 samples);
    void spotCheckDrawn(bool ok, const QString &error);
    // How a deletion ended: how many left the dataset, "id: why" for each the service refused, and the
    // error when the request got no answer.
    void samplesDeleted(qint64 deleted, const QStringList &refused, const ApiError &error);

private:
    // Journal first, then the model (rows of the listing shown, none confirmed). False when the journal
    // refused.
    bool apply(const QList<int> &rows, const DecisionList &decisions, const ReviewJournal::Answers &answers);
    // The journal write of a bulk decision, off the GUI thread (the samples' ids read there too); the model
    // follows when it is durable.
    void applyInBackground(const QList<int> &rows, const DecisionList &decisions, const ReviewJournal::Answers &answers);
    // A durable bulk step shown from `from` on, a slice an event (a million rows at once held the GUI for
    // 60 ms); saving until the last.
    void showDurable(const QList<int> &rows, const DecisionList &decisions, const ReviewJournal::Answers &answers, qsizetype from);
    // One side of an undone or redone step, at these rows (-1: listed no more); samples gone or confirmed
    // since are left out.
    bool applyStep(const QList<int> &rows, const DecisionList &decisions, const ReviewJournal::Answers &answers);
    Decision normalized(int row, const Decision &decision) const;
    struct Step;
    bool isUndecidedBulk(const QList<int> &rows, const DecisionList &decisions) const;
    Step changesOf(const QList<int> &rows, const DecisionList &decisions, bool looked) const;
    void onLoaded(const ApiError &error, int decisionsRestored);
    void loadSuspects();
    void scheduleSync(); // the journal's last commits to the disk, soon, off the GUI thread
    static constexpr int syncDelayMs = 50;

    QPointer<ModelArtsClient> m_client;
    QString m_datasetId;
    QString m_taskId;
    SampleListModel *m_model;
    QUndoStack *m_undo;
    ReviewJournal m_journal;
    ReviewLoader *m_loader;
    bool m_resumeOnLoad = false;
    ReviewConfirmer *m_confirmer;
    ReviewSpotCheck *m_spotCheck;
    LookAlikes *m_lookAlikes;
    LabeledSamples *m_labeledSamples = nullptr;
    SuspectSource *m_suspects = nullptr; // a suspect review's, made on its first load
    QSet<QString> m_suspectScope;
    LabelProposer *m_proposer;
    bool m_computeLookAlikes = true;
    QThreadPool m_writer; // one thread: bulk journal writes, in order
    int m_saving = 0;
    bool m_syncPending = false;
    bool m_drawing = false; // what is being saved is a spot-check
    qsizetype m_showSlice = qsizetype(1) << 18; // about 15 ms of the GUI thread
    QString m_lastError;
    QString m_deleteRefusal;
    std::optional<ReviewRound> m_round;
};
