#include "MainWindow.h"

#include "session/CredentialStore.h"
#include "workflow/DatasetOverview.h"
#include "DatasetPage.h"
#include "DatasetTableModel.h"
#include "EventTreeModel.h"
#include "LoginDialog.h"
#include "PreferencesDialog.h"
#include "review/ReviewJournal.h"
#include "ReviewPage.h"
#include "review/ReviewSession.h"
#include "review/ThumbnailLoader.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "StartTaskDialog.h"
#include "workflow/TaskMonitor.h"
#include "TaskProgressView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_session(new Session(this))
    , m_credentials(new CredentialStore(QStringLiteral("AutoLabel Reviewer"), this))
    , m_login(new LoginDialog(this))
{
    setWindowTitle(tr("AutoLabel Reviewer"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 720);

    // The steps of the workflow, always visible.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *stepsRow = new QHBoxLayout;
    for (const QString &name : { tr("1 Log in"), tr("2 Dataset"), tr("3 Auto-label task"), tr("4 Review and confirm") }) {
        auto *label = new QLabel(name, central);
        label->setMargin(4);
        m_steps.append(label);
        stepsRow->addWidget(label);
        if (m_steps.size() < 4)
            stepsRow->addWidget(new QLabel(QStringLiteral("›"), central));
    }
    stepsRow->addStretch();
    layout->addLayout(stepsRow);

    m_pages = new QStackedWidget(central);
    auto *welcome = new QWidget(m_pages);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    auto *welcomeText = new QLabel(tr("Log in to Huawei Cloud ModelArts, or to modelarts-local, to auto-label a dataset."), welcome);
    welcomeText->setAlignment(Qt::AlignCenter);
    auto *loginButton = new QPushButton(tr("&Log in…"), welcome);
    connect(loginButton, &QPushButton::clicked, this, [this] { showLogin(); });
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(loginButton, 0, Qt::AlignCenter);
    welcomeLayout->addStretch();
    m_datasets = new DatasetPage(m_pages);
    m_taskView = new TaskProgressView(m_pages);
    m_review = new ReviewPage(m_pages);
    m_review->setThumbnailSize(m_settings->thumbnailSize());
    m_pages->addWidget(welcome);
    m_pages->addWidget(m_datasets);
    m_pages->addWidget(m_taskView);
    m_pages->addWidget(m_review);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_endpointLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_endpointLabel);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Log in…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { showLogin(); });
    fileMenu->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::loadDatasets);
    fileMenu->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, [this] {
        auto *dialog = new PreferencesDialog(*m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            if (m_monitor)
                m_monitor->setIntervals({ m_settings->pollIntervalSeconds() * 1000, 15000, 1.5 });
            m_review->setThumbnailSize(m_settings->thumbnailSize());
        });
        dialog->open();
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    m_reviewMenu = menuBar()->addMenu(tr("Re&view")); // Alt+R is the task view's "Review the results"
    for (QAction *action : m_review->menuActions()) {
        if (action)
            m_reviewMenu->addAction(action);
        else
            m_reviewMenu->addSeparator();
    }
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About AutoLabel Reviewer"),
                           tr("<b>AutoLabel Reviewer</b> %1<br>Review the auto-labels of Huawei Cloud ModelArts image-classification datasets.<br><br>"
                              "Built with Qt %2 (LGPLv3), QtKeychain (BSD) and OpenCV (Apache 2.0).")
                                   .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });

    // Login.
    m_login->loadFrom(*m_settings);
    m_credentials->checkAvailability(this, [this](bool available, const QString &reason) {
        m_login->setKeychainAvailable(available, reason);
        if (!available || !m_settings->rememberSecret())
            return;
        // Fill in the remembered password or SK of the last login.
        const LoginRequest r = m_login->request();
        const QString key = r.mode == LoginRequest::Mode::Password
                ? CredentialStore::keyFor(r.endpoints.iam.toString(), r.password.domain, r.password.user)
                : CredentialStore::keyFor(r.endpoints.modelArts.toString(), QStringLiteral("ak"), QString::fromLatin1(r.accessKey));
        m_credentials->load(key, this, [this](const std::optional<QString> &secret, const QString &) {
            if (secret)
                m_login->setSecret(*secret);
        });
    });
    connect(m_login, &LoginDialog::loginRequested, this, [this](const LoginRequest &request, bool remember) {
        m_rememberSecret = remember;
        m_pendingSecret = request.mode == LoginRequest::Mode::Password ? request.password.password : QString::fromLatin1(request.secretKey);
        m_session->login(request);
    });
    connect(m_login, &LoginDialog::cancelRequested, m_session, &Session::cancel);
    connect(m_session, &Session::busyChanged, m_login, &LoginDialog::setBusy);
    connect(m_session, &Session::loginFailed, this, [this](const ApiError &, const QString &message) {
        m_pendingSecret.clear();
        m_login->showError(message);
    });
    connect(m_session, &Session::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_session, &Session::sessionExpired, this, [this](const ApiError &, const QString &message) { showLogin(message); });

    // Datasets.
    connect(m_datasets, &DatasetPage::refreshRequested, this, &MainWindow::loadDatasets);
    connect(m_datasets, &DatasetPage::datasetSelected, this, [this](const QString &id) {
        m_settings->setLastDatasetId(id);
        if (m_overview)
            m_overview->load(id);
    });
    connect(m_datasets, &DatasetPage::startRequested, this, &MainWindow::startTask);
    connect(m_datasets, &DatasetPage::openTaskRequested, this, &MainWindow::watchTask);
    connect(m_datasets, &DatasetPage::reviewRequested, this, [this](const QString &datasetId, const QString &taskId) { openReview(datasetId, taskId); });

    // Task.
    connect(m_taskView, &TaskProgressView::backRequested, this, [this] { setStep(DatasetStep); });
    connect(m_taskView, &TaskProgressView::reviewRequested, this, [this] {
        if (m_monitor)
            openReview(m_monitor->datasetId(), m_monitor->taskId());
    });
    connect(m_review, &ReviewPage::backRequested, this, [this] {
        // Back to the task if the review came from its view, else to the datasets.
        const bool fromTask = m_monitor && m_reviewSession && m_monitor->taskId() == m_reviewSession->taskId();
        m_settings->setOpenReview({}, {}); // left on purpose: the next start begins at the datasets
        setStep(fromTask ? TaskStep : DatasetStep);
    });
    connect(m_review, &ReviewPage::confirmed, this, [this](qint64 n) {
        statusBar()->showMessage(tr("%n sample(s) confirmed.", nullptr, int(n)), 8000);
        loadDatasets(); // the dataset's counts changed
    });
    connect(m_taskView, &TaskProgressView::stopRequested, this, [this] {
        if (!m_monitor || !m_session->client())
            return;
        m_session->client()->stopTask(m_monitor->datasetId(), m_monitor->taskId(), this, [this](const Result<bool> &r) {
            if (!r.ok())
                m_taskView->showWarning(Session::describe(r.error));
        });
    });

    setStep(LoginStep);
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::showLogin(const QString &message)
{
    m_login->showError(message);
    m_login->open();
}

void MainWindow::setStep(Step step)
{
    m_pages->setCurrentIndex(step);
    m_reviewMenu->setEnabled(step == ReviewStep);
    for (int i = 0; i < m_steps.size(); ++i) {
        QFont f = m_steps[i]->font();
        f.setBold(i == step);
        m_steps[i]->setFont(f);
        m_steps[i]->setForegroundRole(i <= step ? QPalette::WindowText : QPalette::PlaceholderText);
    }
}

void MainWindow::updateStatusBar()
{
    m_endpointLabel->setText(m_session->isLoggedIn() ? m_session->request().endpoints.modelArts.toString() : tr("Not connected"));
    m_userLabel->setText(m_session->who());
}

void MainWindow::onLoggedIn()
{
    m_login->saveTo(*m_settings);
    m_settings->sync();
    if (m_rememberSecret && !m_pendingSecret.isEmpty()) {
        const LoginRequest &r = m_session->request();
        const QString key = r.mode == LoginRequest::Mode::Password
                ? CredentialStore::keyFor(r.endpoints.iam.toString(), r.password.domain, r.password.user)
                : CredentialStore::keyFor(r.endpoints.modelArts.toString(), QStringLiteral("ak"), QString::fromLatin1(r.accessKey));
        m_credentials->store(key, m_pendingSecret, this, [this](bool ok, const QString &error) {
            if (!ok)
                statusBar()->showMessage(tr("The password could not be kept in the keychain: %1").arg(error), 8000);
        });
    }
    m_pendingSecret.clear();
    m_login->accept();
    if (m_reviewSession) {
        // Logged in again (the session had expired): the open review goes on, decisions and all, if it
        // is the same service and project; another one cannot confirm it.
        if (m_reviewSession->client() == nullptr && m_session->client()->endpoint() == m_reviewEndpoint
            && m_session->client()->projectId() == m_reviewProject) {
            m_reviewSession->setClient(m_session->client());
        } else if (m_reviewSession->client() != m_session->client()) {
            m_review->setSession(nullptr);
            delete m_reviewSession;
            m_reviewSession = nullptr;
        }
    }
    delete m_overview;
    delete m_monitor;
    m_overview = new DatasetOverview(m_session->client(), this);
    m_monitor = new TaskMonitor(m_session->client(), this);
    m_monitor->setIntervals({ m_settings->pollIntervalSeconds() * 1000, 15000, 1.5 });
    connect(m_overview, &DatasetOverview::loaded, m_datasets, &DatasetPage::showOverview);
    connect(m_overview, &DatasetOverview::loadFailed, this, [this](const ApiError &e) { m_datasets->showError(Session::describe(e)); });
    connect(m_monitor, &TaskMonitor::taskUpdated, this, [this](const TaskInfo &t) { m_taskView->showTask(datasetName(m_monitor->datasetId()), t); });
    connect(m_monitor, &TaskMonitor::pollFailed, this,
            [this](const ApiError &e) { m_taskView->showWarning(tr("Could not refresh: %1. Trying again.").arg(Session::describe(e))); });
    connect(m_monitor, &TaskMonitor::watchFailed, this, [this](const ApiError &e) { m_taskView->showWarning(Session::describe(e)); });
    connect(m_monitor, &TaskMonitor::taskFinished, this, [this](const TaskInfo &t) {
        const QString text = tr("The task ended: %1").arg(TaskProgressView::statusText(t.status));
        QApplication::alert(this);
        if (!isActiveWindow() && QSystemTrayIcon::isSystemTrayAvailable()) {
            // A desktop notification for a window in the background.
            if (!m_tray) {
                m_tray = new QSystemTrayIcon(windowIcon(), this);
                connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                    showNormal();
                    raise();
                    activateWindow();
                });
            }
            m_tray->show();
            m_tray->showMessage(tr("AutoLabel Reviewer"), text);
        }
        statusBar()->showMessage(text, 10000);
        loadDatasets();
    });
    updateStatusBar();
    setStep(DatasetStep);
    loadDatasets();
    // A review left open (the app was closed, killed or crashed in it) opens again, decisions and all.
    const auto [reviewDataset, reviewTask] = m_settings->openReview();
    if (!reviewDataset.isEmpty() && !m_reviewSession)
        m_session->client()->dataset(reviewDataset, this, [this, reviewDataset, reviewTask](const Result<Dataset> &r) {
            if (r.ok() && r.value->unconfirmedSamples > 0 && !m_reviewSession)
                openReview(reviewDataset, reviewTask, r.value->name, labelNames(*r.value));
        });
}

void MainWindow::loadDatasets()
{
    if (!m_session->client())
        return;
    m_session->client()->listDatasets({}, this, [this](const Result<QList<Dataset>> &r) {
        if (!r.ok()) {
            m_datasets->showError(Session::describe(r.error));
            return;
        }
        m_datasets->setDatasets(*r.value);
        if (m_datasets->selectedDatasetId().isEmpty()) {
            const QString last = m_settings->lastDatasetId();
            m_datasets->selectDataset(m_datasets->model()->rowOf(last) >= 0 ? last : (r.value->isEmpty() ? QString() : r.value->first().id));
        } else if (m_overview) {
            m_overview->load(m_datasets->selectedDatasetId());
        }
    });
}

QString MainWindow::datasetName(const QString &datasetId) const
{
    const int row = m_datasets->model()->rowOf(datasetId);
    return row >= 0 ? m_datasets->model()->datasetAt(row)->name : datasetId;
}

void MainWindow::startTask(const Dataset &dataset)
{
    auto *dialog = new StartTaskDialog(dataset.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, dataset] {
        m_session->client()->createTask(dataset.id, dialog->options(), this, [this, dataset](const Result<QString> &r) {
            if (r.ok()) {
                watchTask(dataset.id, *r.value);
                return;
            }
            if (r.error.code == QLatin1String("ModelArts.4386")) {
                if (QMessageBox::question(this, tr("A task is running"),
                                          tr("An auto-labeling task is already running on %1. Watch it?").arg(dataset.name))
                    == QMessageBox::Yes)
                    attachToRunningTask(dataset.id);
                return;
            }
            QMessageBox::warning(this, tr("The task was not started"), Session::describe(r.error));
        });
    });
    dialog->open();
}

void MainWindow::attachToRunningTask(const QString &datasetId)
{
    m_session->client()->listTasks(datasetId, this, [this, datasetId](const Result<QList<TaskInfo>> &r) {
        if (!r.ok()) {
            QMessageBox::warning(this, tr("Tasks"), Session::describe(r.error));
            return;
        }
        for (const TaskInfo &t : *r.value) {
            if (t.isActive()) {
                watchTask(datasetId, t.taskId);
                return;
            }
        }
        loadDatasets(); // it ended meanwhile
    });
}

void MainWindow::watchTask(const QString &datasetId, const QString &taskId)
{
    m_taskView->model()->clear();
    setStep(TaskStep);
    m_monitor->watch(datasetId, taskId);
}

QStringList MainWindow::labelNames(const Dataset &dataset)
{
    QStringList labels;
    for (const Label &l : dataset.labels)
        labels.append(l.name);
    return labels;
}

void MainWindow::openReview(const QString &datasetId, const QString &taskId)
{
    const int row = m_datasets->model()->rowOf(datasetId);
    const auto dataset = row >= 0 ? m_datasets->model()->datasetAt(row) : std::nullopt;
    openReview(datasetId, taskId, dataset ? dataset->name : datasetId, dataset ? labelNames(*dataset) : QStringList());
}

void MainWindow::openReview(const QString &datasetId, const QString &taskId, const QString &name, const QStringList &labels)
{
    if (!m_session->client())
        return;
    m_settings->setOpenReview(datasetId, taskId);
    m_settings->sync();
    if (m_reviewSession && m_reviewSession->datasetId() == datasetId && m_reviewSession->taskId() == taskId) {
        setStep(ReviewStep); // the same review, as it was left
        return;
    }
    m_review->setSession(nullptr);
    delete m_reviewSession;
    m_reviewSession = new ReviewSession(m_session->client(), datasetId, taskId, this);
    m_reviewSession->setLabels(labels);
    m_reviewEndpoint = m_session->client()->endpoint();
    m_reviewProject = m_session->client()->projectId();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString journal = ReviewJournal::pathFor(dataDir, m_session->client()->endpoint(), m_session->client()->projectId(), datasetId, taskId);
    m_review->loader()->setSslConfiguration(m_session->transport()->sslConfiguration());
    m_review->setSession(m_reviewSession, tr("Review: %1").arg(name));
    if (!m_reviewSession->openJournal(journal))
        m_review->showMessage(m_reviewSession->lastError() + QLatin1Char(' ') + tr("Decisions cannot be made until it can."), true);
    m_reviewSession->load();
    setStep(ReviewStep);
    m_review->view()->setFocus();
}
