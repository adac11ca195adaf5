#pragma once

#include "review/ReviewJournal.h"
#include "types/ModelArtsTypes.h"

#include <QMainWindow>

#include <memory>

class CredentialStore;
class DatasetPage;
class LoginDialog;
class QLabel;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;
class PublishFlow;
class ReviewPage;
class ReviewSession;
class Session;
class Settings;
class TaskProgressView;
class WorkflowController;

// The workflow's steps (login -> dataset -> task -> review) as pages. Shows what the WorkflowController
// says and sends it the user's intents; questions go through prompts::. Owns the settings it was given.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Settings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    LoginDialog *loginDialog() const { return m_login; }
    DatasetPage *datasetPage() const { return m_datasets; }
    TaskProgressView *taskView() const { return m_taskView; }
    ReviewPage *reviewPage() const { return m_review; }
    ReviewSession *reviewSession() const;
    Session *session() const;
    WorkflowController *controller() const { return m_controller; }

    void showLogin(const QString &message = {});

private:
    enum Step { LoginStep, DatasetStep, TaskStep, ReviewStep };
    void createPages();
    void createMenus();
    void connectLogin();
    void connectDatasets();
    void connectTask();
    void connectReview();
    void connectPublishing();
    void offerToPublish(const QString &datasetId);
    void offerRound(qint64 undecided);
    void askForRound();
    void setStep(Step step);
    void onLoggedIn();
    void offerToFinishSending(const QList<ReviewJournal::Unsent> &work);
    void onTaskFinished(const TaskInfo &task);
    void startTask(const Dataset &dataset);
    void openReview(const QString &datasetId, const QString &taskId);
    void updateStatusBar();
    QString datasetName(const QString &datasetId) const;

    std::unique_ptr<Settings> m_settings;
    CredentialStore *m_credentials;
    WorkflowController *m_controller;
    LoginDialog *m_login;
    QStackedWidget *m_pages = nullptr;
    QList<QLabel *> m_steps;
    DatasetPage *m_datasets = nullptr;
    TaskProgressView *m_taskView = nullptr;
    ReviewPage *m_review = nullptr;
    PublishFlow *m_publishFlow = nullptr;
    QString m_publishOnLoad; // open the publish dialog when this dataset's overview comes
    QMenu *m_reviewMenu = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};
