#include "window/MainWindow.h"

#include "dataset/DatasetPage.h"
#include "dataset/StartTaskDialog.h"
#include "dataset/TaskProgressView.h"
#include "publish/PublishFlow.h"
#include "review/ReviewPage.h"
#include "review/ReviewSession.h"
#include "review/ThumbnailLoader.h"
#include "samples/SampleListModel.h"
#include "session/CredentialStore.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "tables/DatasetTableModel.h"
#include "tables/EventTreeModel.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"
#include "window/LoginDialog.h"
#include "window/PreferencesDialog.h"
#include "window/Theme.h"
#include "workflow/WorkflowController.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_credentials(new CredentialStore(QStringLiteral("AutoLabel Reviewer"), this))
    , m_controller(new WorkflowController(*m_settings, m_credentials, this))
    , m_login(new LoginDialog(this))
{
    setWindowTitle(tr("AutoLabel Reviewer"));
    setObjectName(QStringLiteral("mainWindow"));
    theme::apply(m_settings->theme());
    // The size and place it had when it was last closed; the first time, one that fits a 1280x800 screen.
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1100, 720);
    createPages();
    createMenus();
    connectLogin();
    connectDatasets();
    connectPublishing();
    connectTask();
    connectReview();
    setStep(LoginStep);
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    m_settings->setWindowGeometry(saveGeometry()); // the next start opens it as it was
    m_settings->sync();
    // The review page lets go of the review before the controller (its owner) goes.
    m_review->setSession(nullptr);
}

ReviewSession *MainWindow::reviewSession() const { return m_controller->reviewSession(); }

Session *MainWindow::session() const { return m_controller->session(); }

void MainWindow::createPages()
{
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
    m_review->setShowNames(m_settings->showNames());
    connect(m_review, &ReviewPage::thumbnailSizeChanged, this, [this](int px) { m_settings->setThumbnailSize(px); });
    connect(m_review, &ReviewPage::showNamesChanged, this, [this](bool on) { m_settings->setShowNames(on); });
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
}

void MainWindow::createMenus()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Log in…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { showLogin(); });
    fileMenu->addAction(tr("&Refresh"), QKeySequence::Refresh, m_controller, &WorkflowController::refreshDatasets);
    fileMenu->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, [this] {
        auto *dialog = new PreferencesDialog(*m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            m_controller->setPollIntervalSeconds(m_settings->pollIntervalSeconds());
            m_review->setThumbnailSize(m_settings->thumbnailSize());
            theme::apply(m_settings->theme());
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
    m_reviewMenu->addSeparator();
    QAction *round = m_reviewMenu->addAction(tr("Re-label the rest with &what you confirmed…"), this, &MainWindow::askForRound);
    round->setObjectName(QStringLiteral("relabelTheRest"));
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About"), this, [this] {
        prompts::about(
                this, tr("About AutoLabel Reviewer"),
                tr("<b>AutoLabel Reviewer</b> %1<br>Review the auto-labels of Huawei Cloud ModelArts image-classification datasets.<br><br>"
                   "Built with Qt %2 (LGPLv3), QtKeychain (BSD) and OpenCV (Apache 2.0).")
                        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::connectLogin()
{
    m_login->loadFrom(*m_settings);
    connect(m_controller, &WorkflowController::keychainChecked, m_login, &LoginDialog::setKeychainAvailable);
    connect(m_controller, &WorkflowController::secretRecalled, m_login, &LoginDialog::setSecret);
    m_controller->recallSecret(m_login->request());
    connect(m_login, &LoginDialog::loginRequested, m_controller, &WorkflowController::login);
    connect(m_login, &LoginDialog::cancelRequested, m_controller, &WorkflowController::cancelLogin);
    connect(session(), &Session::busyChanged, m_login, &LoginDialog::setBusy);
    connect(m_controller, &WorkflowController::loginFailed, m_login, &LoginDialog::showError);
    connect(m_controller, &WorkflowController::loggedIn, this, &MainWindow::onLoggedIn);
    connect(m_controller, &WorkflowController::unsentWorkFound, this, &MainWindow::offerToFinishSending);
    connect(m_controller, &WorkflowController::sessionExpired, this, [this](const QString &message) { showLogin(message); });
    connect(m_controller, &WorkflowController::secretNotKept, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The password could not be kept in the keychain: %1").arg(error), 8000);
    });
}

void MainWindow::connectDatasets()
{
    connect(m_datasets, &DatasetPage::refreshRequested, m_controller, &WorkflowController::refreshDatasets);
    connect(m_datasets, &DatasetPage::datasetSelected, m_controller, &WorkflowController::selectDataset);
    connect(m_datasets, &DatasetPage::startRequested, this, &MainWindow::startTask);
    connect(m_datasets, &DatasetPage::openTaskRequested, m_controller, &WorkflowController::watchTask);
    connect(m_datasets, &DatasetPage::reviewRequested, this, &MainWindow::openReview);
    connect(m_datasets, &DatasetPage::deleteSamplesRequested, m_controller, &WorkflowController::deleteSamples);
    connect(m_controller, &WorkflowController::samplesDeleted, this, [this](qint64 deleted, const QString &problem) {
        const QString done = tr("%n image(s) deleted from the dataset.", nullptr, int(deleted));
        if (problem.isEmpty())
            statusBar()->showMessage(done, 10000);
        else
            prompts::warning(this, tr("Not every image was deleted"), done + QLatin1Char(' ') + problem);
    });
    connect(m_controller, &WorkflowController::datasetsFailed, m_datasets, &DatasetPage::showError);
    connect(m_controller, &WorkflowController::overviewLoaded, m_datasets, &DatasetPage::showOverview);
    connect(m_controller, &WorkflowController::overviewFailed, m_datasets, &DatasetPage::showError);
    connect(m_controller, &WorkflowController::datasetsLoaded, this, [this](const QList<Dataset> &datasets) {
        m_datasets->setDatasets(datasets);
        if (m_datasets->selectedDatasetId().isEmpty()) {
            const QString last = m_settings->lastDatasetId();
            m_datasets->selectDataset(m_datasets->model()->rowOf(last) >= 0 ? last
                                                                            : (datasets.isEmpty() ? QString() : datasets.first().id));
        } else {
            m_controller->selectDataset(m_datasets->selectedDatasetId());
        }
    });
}

void MainWindow::connectPublishing()
{
    m_publishFlow = new PublishFlow(m_controller->session(), m_datasets, this);
    connect(m_publishFlow, &PublishFlow::datasetChanged, this, [this](const QString &datasetId) {
        if (m_datasets->selectedDatasetId() == datasetId)
            m_controller->selectDataset(datasetId);
    });
    connect(m_publishFlow, &PublishFlow::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // After DatasetPage::showOverview (connected first): the page knows the dataset the dialog is for.
    connect(m_controller, &WorkflowController::overviewLoaded, this, [this](const DatasetOverview::Data &data) {
        if (m_publishOnLoad == data.dataset.id) {
            m_publishOnLoad.clear();
            m_publishFlow->openPublishDialog();
        }
    });
}

// Nothing is left to review: the labels can go to training. The offer stays in the review's messages.
void MainWindow::offerToPublish(const QString &datasetId)
{
    m_review->messages()->show(QStringLiteral("publish"),
                               tr("Everything is reviewed and confirmed. Publish a version to train on these labels?"),
                               MessageArea::Kind::Info, tr("Publish a version…"), [this, datasetId] {
                                   m_controller->leaveReview();
                                   setStep(DatasetStep);
                                   m_publishOnLoad = datasetId;
                                   m_datasets->selectDataset(datasetId);
                                   m_controller->selectDataset(datasetId);
                               });
}

// A confirmation left samples undecided: the engine can label them again, trained with what was confirmed.
void MainWindow::offerRound(qint64 undecided)
{
    m_review->messages()->show(QStringLiteral("round"),
                               tr("%n sample(s) are still undecided. The engine can label them again, learning from what you confirmed.",
                                  nullptr, int(undecided)),
                               MessageArea::Kind::Info, tr("Re-label the rest…"), [this] { askForRound(); });
}

// Review > Re-label the rest, or the offer's button: asked first, refused with the reason when it cannot be.
void MainWindow::askForRound()
{
    ReviewSession *review = reviewSession();
    if (!review)
        return;
    const SampleListModel::Counts &counts = review->model()->counts();
    QString refusal;
    if (!review->isLoaded())
        refusal = tr("The review is still loading.");
    else if (counts.decided > 0 || counts.failed > 0)
        refusal = tr("Confirm your decisions first: the new task learns from confirmed labels only.");
    else if (counts.toReview == 0)
        refusal = tr("Nothing is left undecided to label again.");
    if (!refusal.isEmpty()) {
        prompts::warning(this, tr("Re-label the rest"), refusal);
        return;
    }
    const ReviewRound next = review->nextRound();
    const QString text = tr("Start round %1 on “%2”? A new auto-labeling task trains on every labeled sample, the %3 confirmed in "
                            "this review included, and labels the %n undecided sample(s) again: their machine labels are replaced. "
                            "The review opens on its results when it ends.",
                            nullptr, int(counts.toReview))
                                 .arg(QString::number(next.number), datasetName(review->datasetId()), QLocale().toString(counts.confirmed));
    if (prompts::choose(this, tr("Re-label the rest"), text, { tr("&Start the round"), tr("Cancel") }, 1) == 0)
        m_controller->startRound(AutoLabelOptions{});
}

void MainWindow::connectTask()
{
    connect(m_taskView, &TaskProgressView::backRequested, this, [this] { setStep(DatasetStep); });
    connect(m_taskView, &TaskProgressView::reviewRequested, this, [this] {
        if (!m_controller->watchedTaskId().isEmpty())
            openReview(m_controller->watchedDatasetId(), m_controller->watchedTaskId());
    });
    connect(m_taskView, &TaskProgressView::stopRequested, m_controller, &WorkflowController::stopTask);
    connect(m_controller, &WorkflowController::stopFailed, m_taskView, &TaskProgressView::showWarning);
    connect(m_controller, &WorkflowController::taskWatched, this, [this] {
        m_taskView->model()->clear();
        setStep(TaskStep);
    });
    connect(m_controller, &WorkflowController::taskUpdated, this,
            [this](const TaskInfo &t) { m_taskView->showTask(datasetName(m_controller->watchedDatasetId()), t); });
    connect(m_controller, &WorkflowController::taskPollFailed, this,
            [this](const QString &message) { m_taskView->showWarning(tr("Could not refresh: %1. Trying again.").arg(message)); });
    connect(m_controller, &WorkflowController::taskWatchFailed, m_taskView, &TaskProgressView::showWarning);
    connect(m_controller, &WorkflowController::taskFinished, this, &MainWindow::onTaskFinished);
    connect(m_controller, &WorkflowController::roundFinished, this, &MainWindow::openReview);
    connect(m_controller, &WorkflowController::taskAlreadyRunning, this, [this](const Dataset &dataset) {
        if (prompts::question(this, tr("A task is running"),
                              tr("An auto-labeling task is already running on %1. Watch it?").arg(dataset.name))
            == QMessageBox::Yes)
            m_controller->attachToRunningTask(dataset.id);
    });
    connect(m_controller, &WorkflowController::taskNotStarted, this,
            [this](const QString &message) { prompts::warning(this, tr("The task was not started"), message); });
    connect(m_controller, &WorkflowController::taskListFailed, this,
            [this](const QString &message) { prompts::warning(this, tr("Tasks"), message); });
}

void MainWindow::connectReview()
{
    connect(m_review, &ReviewPage::backRequested, this, [this] {
        // Back to the task if the review came from its view, else to the datasets.
        const bool fromTask = reviewSession() && m_controller->watchedTaskId() == reviewSession()->taskId();
        m_controller->leaveReview();
        setStep(fromTask ? TaskStep : DatasetStep);
    });
    connect(m_review, &ReviewPage::suspectsRequested, this, [this](const QString &datasetId, const QStringList &ids) {
        const int row = m_datasets->model()->rowOf(datasetId);
        const auto dataset = row >= 0 ? m_datasets->model()->datasetAt(row) : std::nullopt;
        m_controller->openReview(datasetId, ReviewSession::suspectsTaskId(), dataset ? dataset->name : datasetId,
                                 dataset ? dataset->labels : QList<Label>(), ids);
    });
    connect(m_review, &ReviewPage::confirmed, this, [this](qint64 n) {
        statusBar()->showMessage(tr("%n sample(s) confirmed.", nullptr, int(n)), 8000);
        m_controller->refreshDatasets(); // the dataset's counts changed
        // Done only when the service has every decision (none left to send: a cut-off confirmation is not).
        if (!reviewSession())
            return;
        const SampleListModel::Counts &counts = reviewSession()->model()->counts();
        if (counts.allConfirmed())
            offerToPublish(reviewSession()->datasetId());
        else if (counts.decided == 0 && counts.failed == 0 && counts.toReview > 0 && !reviewSession()->isSuspectReview())
            offerRound(counts.toReview); // a round labels what a task left; a suspect review's are labeled
    });
    connect(m_controller, &WorkflowController::reviewClosed, this, [this] { m_review->setSession(nullptr); });
    connect(m_controller, &WorkflowController::reviewResumed, this, [this] { setStep(ReviewStep); });
    connect(m_controller, &WorkflowController::reviewOpened, this, [this](ReviewSession *review, const QString &name) {
        m_review->loader()->setSslConfiguration(session()->transport()->sslConfiguration());
        m_review->setSession(review,
                             review->isSuspectReview() ? tr("Suspect labels: %1").arg(name)
                                     : review->round() ? tr("Review: %1 (round %2)").arg(name, QString::number(review->round()->number))
                                                       : tr("Review: %1").arg(name));
        setStep(ReviewStep);
        m_review->view()->setFocus();
    });
    connect(m_controller, &WorkflowController::reviewJournalFailed, this, [this](const QString &error) {
        m_review->messages()->show(QStringLiteral("journal"), error + QLatin1Char(' ') + tr("Decisions cannot be made until it can."),
                                   MessageArea::Kind::Error);
    });
}

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
    m_endpointLabel->setText(session()->isLoggedIn() ? session()->request().endpoints.modelArts.toString() : tr("Not connected"));
    m_userLabel->setText(session()->who());
}

void MainWindow::onLoggedIn()
{
    m_login->saveTo(*m_settings);
    m_settings->sync();
    m_login->accept();
    updateStatusBar();
    setStep(DatasetStep);
}

void MainWindow::offerToFinishSending(const QList<ReviewJournal::Unsent> &work)
{
    // The review with the most on its way first; one review is open at a time, the others are offered at
    // the next login.
    const ReviewJournal::Unsent first =
            *std::max_element(work.cbegin(), work.cend(), [](const auto &a, const auto &b) { return a.samples < b.samples; });
    const QString name = first.info.datasetName.isEmpty() ? first.info.datasetId : first.info.datasetName;
    QString text = tr("When the app last stopped, it was sending %n decided sample(s) of “%1” to the service, and no answer came. "
                      "Finish sending them now? Sending again is safe: a sample is confirmed once.",
                      nullptr, int(first.samples))
                           .arg(name);
    if (work.size() > 1)
        text += QLatin1Char(' ')
                + tr("%n other review(s) have samples waiting too; they are offered at your next login.", nullptr, int(work.size() - 1));
    if (prompts::choose(this, tr("Finish sending"), text, { tr("&Finish sending"), tr("&Later") }, 1) == 0)
        m_controller->finishSending(first);
}

void MainWindow::onTaskFinished(const TaskInfo &t)
{
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
    m_controller->refreshDatasets();
}

QString MainWindow::datasetName(const QString &datasetId) const
{
    const int row = m_datasets->model()->rowOf(datasetId);
    return row >= 0 ? m_datasets->model()->datasetAt(row)->name : datasetId;
}

void MainWindow::startTask(const Dataset &dataset)
{
    // Results of the last task still waiting: a new task over them is asked about first.
    const auto &overview = m_datasets->overview();
    if (overview && overview->dataset.id == dataset.id && overview->unconfirmedTask && overview->dataset.unconfirmedSamples > 0) {
        const QString taskId = overview->unconfirmedTask->taskId;
        const qint64 waiting = overview->dataset.unconfirmedSamples;
        const qint64 decided = m_controller->journaledDecisions(dataset.id, taskId);
        QString text =
                tr("%n auto-labeled result(s) of the last task on “%1” await confirmation.", nullptr, int(waiting)).arg(dataset.name);
        if (decided > 0)
            text += QLatin1Char(' ') + tr("You have decided %n of them and not yet confirmed them.", nullptr, int(decided));
        text += QLatin1Char(' ') + tr("A new task labels the dataset again. Review them first?");
        const int choice = prompts::choose(this, tr("Results await confirmation"), text,
                                           { tr("&Review them first"), tr("Start a &new task anyway"), tr("Cancel") }, 2);
        if (choice == 0)
            openReview(dataset.id, taskId);
        if (choice != 1)
            return;
    }
    auto *dialog = new StartTaskDialog(dataset.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, dataset] { m_controller->startTask(dataset, dialog->options()); });
    dialog->open();
}

void MainWindow::openReview(const QString &datasetId, const QString &taskId)
{
    const int row = m_datasets->model()->rowOf(datasetId);
    const auto dataset = row >= 0 ? m_datasets->model()->datasetAt(row) : std::nullopt;
    m_controller->openReview(datasetId, taskId, dataset ? dataset->name : datasetId, dataset ? dataset->labels : QList<Label>());
}
