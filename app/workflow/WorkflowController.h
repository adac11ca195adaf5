#pragma once

#include "api/ModelArtsClient.h"
#include "review/ReviewJournal.h"
#include "session/Session.h"
#include "workflow/DatasetOverview.h"

#include <QObject>
#include <QPointer>

class CredentialStore;
class ReviewSession;
class Settings;
class TaskMonitor;

// The workflow behind the desktop app's window: it owns the session, the dataset overview, the task
// monitor and the open review session, keeps the secret of a login until it is known good (then in the
// keychain, if asked), and knows which review to reopen after a login. The window sends intents (the
// public functions) and shows what the signals say; it never calls the API itself.
class WorkflowController final : public QObject
{
    Q_OBJECT
public:
    WorkflowController(Settings &settings, CredentialStore *credentials, QObject *parent = nullptr);
    ~WorkflowController() override;
    Q_DISABLE_COPY_MOVE(WorkflowController)

    Session *session() const { return m_session; }
    TaskMonitor *monitor() const { return m_monitor; }
    ReviewSession *reviewSession() const { return m_review; }
    // The task being watched (empty: none).
    QString watchedDatasetId() const;
    QString watchedTaskId() const;

    // Login: the remembered secret of the last login (if the keychain has it) comes by secretRecalled.
    void recallSecret(const LoginRequest &lastLogin);
    void login(const LoginRequest &request, bool rememberSecret);
    void cancelLogin();

    void refreshDatasets();
    void selectDataset(const QString &datasetId);
    void startTask(const Dataset &dataset, const AutoLabelOptions &options);
    // A round: a new auto-label task on the open review's dataset, after a confirmation that left samples
    // undecided (the engine trains on every labeled sample, those just confirmed included). It is watched
    // like any task; when it succeeds, roundFinished (the window opens its review).
    void startRound(const AutoLabelOptions &options);
    void attachToRunningTask(const QString &datasetId);
    void watchTask(const QString &datasetId, const QString &taskId);
    void stopTask();
    // Deletes samples from the dataset (DeleteSamples; their files kept), then loads its overview again.
    void deleteSamples(const QString &datasetId, const QStringList &sampleIds);
    void setPollIntervalSeconds(int seconds);

    // Opens (or returns to) the review of a task; `name` and `labels` of its dataset.
    // `suspectScope`: a suspect review of these samples only (those a review confirmed; empty: every
    // labeled sample).
    void openReview(const QString &datasetId, const QString &taskId, const QString &name, const QList<Label> &labels,
                    const QStringList &suspectScope = {});
    // The review was left on purpose: the next start begins at the datasets.
    void leaveReview();
    // Decisions made in the review of this task and not yet confirmed (in its journal).
    qint64 journaledDecisions(const QString &datasetId, const QString &taskId) const;
    // Opens the review whose journal holds samples that were being sent, and sends them once it is loaded.
    void finishSending(const ReviewJournal::Unsent &work);

signals:
    void keychainChecked(bool available, const QString &reason);
    void secretRecalled(const QString &secret);
    void secretNotKept(const QString &error);
    void loggedIn();
    // Right after a login, before anything else: reviews of this endpoint and project that were sending
    // decisions when the app ended (a crash, a kill, a lost network at exit).
    void unsentWorkFound(const QList<ReviewJournal::Unsent> &work);
    void loginFailed(const QString &message);
    void sessionExpired(const QString &message);

    void datasetsLoaded(const QList<Dataset> &datasets);
    void datasetsFailed(const QString &message);
    void overviewLoaded(const DatasetOverview::Data &data);
    void overviewFailed(const QString &message);

    void taskWatched(const QString &datasetId, const QString &taskId);
    void taskAlreadyRunning(const Dataset &dataset);
    void taskNotStarted(const QString &message);
    void taskListFailed(const QString &message);
    void stopFailed(const QString &message);
    // How a deletion ended: how many went, and a sentence when some did not (refused, or no answer).
    void samplesDeleted(qint64 deleted, const QString &problem);
    void taskUpdated(const TaskInfo &task);
    void taskPollFailed(const QString &message); // transient: the next poll is scheduled
    void taskWatchFailed(const QString &message);
    void taskFinished(const TaskInfo &task);
    void roundFinished(const QString &datasetId, const QString &taskId);

    // A new review, before its journal opens and its samples load (so that what they say is heard).
    void reviewOpened(ReviewSession *review, const QString &datasetName);
    void reviewJournalFailed(const QString &error);
    void reviewResumed(); // the same review, as it was left
    void reviewClosed();

private:
    void onLoggedIn();
    void keepSecret();
    void keepOrDropReview();
    void createWatchers();
    void reopenLastReview();
    void checkUnsentWork();
    static QString dataDir();
    // Where what can be computed again is kept (the look-alike vectors).
    static QString cacheDir();
    void closeReview();
    static QString secretKey(const LoginRequest &request);

    Settings &m_settings;
    CredentialStore *m_credentials;
    Session *m_session;
    DatasetOverview *m_overview = nullptr;
    TaskMonitor *m_monitor = nullptr;
    ReviewSession *m_review = nullptr;
    QUrl m_reviewEndpoint; // where the open review's task is
    QString m_reviewProject;
    bool m_rememberSecret = false;
    bool m_finishingSend = false; // the review that finishes sending opens, not the last one
    QString m_pendingSecret;
    QString m_roundTaskId; // the round being watched: its review opens when it succeeds
};
