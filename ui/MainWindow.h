#pragma once

#include "ModelArtsTypes.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>

class CredentialStore;
class DatasetOverview;
class DatasetPage;
class LoginDialog;
class QLabel;
class QMenu;
class ReviewPage;
class ReviewSession;
class QStackedWidget;
class QSystemTrayIcon;
class Session;
class Settings;
class TaskMonitor;
class TaskProgressView;

// The workflow's steps (login -> dataset -> task -> review) as pages, over the app layer: the Session,
// the dataset overview, the task monitor. Owns the settings it was given.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Settings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    LoginDialog *loginDialog() const { return m_login; }
    DatasetPage *datasetPage() const { return m_datasets; }
    TaskProgressView *taskView() const { return m_taskView; }
    ReviewPage *reviewPage() const { return m_review; }
    ReviewSession *reviewSession() const { return m_reviewSession; }
    Session *session() const { return m_session; }

    void showLogin(const QString &message = {});

private:
    enum Step { LoginStep, DatasetStep, TaskStep, ReviewStep };
    void setStep(Step step);
    void onLoggedIn();
    void loadDatasets();
    void startTask(const Dataset &dataset);
    void watchTask(const QString &datasetId, const QString &taskId);
    void attachToRunningTask(const QString &datasetId);
    void openReview(const QString &datasetId, const QString &taskId);
    void openReview(const QString &datasetId, const QString &taskId, const QString &name, const QStringList &labels);
    static QStringList labelNames(const Dataset &dataset);
    void updateStatusBar();
    QString datasetName(const QString &datasetId) const;

    std::unique_ptr<Settings> m_settings;
    Session *m_session;
    CredentialStore *m_credentials;
    LoginDialog *m_login;
    QStackedWidget *m_pages;
    QList<QLabel *> m_steps;
    DatasetPage *m_datasets;
    TaskProgressView *m_taskView;
    ReviewPage *m_review;
    ReviewSession *m_reviewSession = nullptr;
    QUrl m_reviewEndpoint; // where the open review's task is
    QString m_reviewProject;
    QMenu *m_reviewMenu = nullptr;
    DatasetOverview *m_overview = nullptr;
    TaskMonitor *m_monitor = nullptr;
    QLabel *m_endpointLabel;
    QLabel *m_userLabel;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_rememberSecret = false;
    QString m_pendingSecret;
};
