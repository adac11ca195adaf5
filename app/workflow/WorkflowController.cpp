#include "workflow/WorkflowController.h"

#include "lookalike/FeatureCache.h"
#include "lookalike/LookAlikes.h"
#include "review/ReviewJournal.h"
#include "review/ReviewSession.h"
#include "session/CredentialStore.h"
#include "session/Settings.h"
#include "tables/DatasetTableModel.h"
#include "workflow/TaskMonitor.h"

#include <QColor>
#include <QFileInfo>
#include <QStandardPaths>

#include <memory>

WorkflowController::WorkflowController(Settings &settings, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_session(new Session(this))
{
    connect(m_session, &Session::loginFailed, this, [this](const ApiError &, const QString &message) {
        m_pendingSecret.clear();
        emit loginFailed(message);
    });
    connect(m_session, &Session::loggedIn, this, &WorkflowController::onLoggedIn);
    connect(m_session, &Session::sessionExpired, this, [this](const ApiError &, const QString &message) { emit sessionExpired(message); });
}

WorkflowController::~WorkflowController() = default;

QString WorkflowController::secretKey(const LoginRequest &r)
{
    return r.mode == LoginRequest::Mode::Password
            ? CredentialStore::keyFor(r.endpoints.iam.toString(), r.password.domain, r.password.user)
            : CredentialStore::keyFor(r.endpoints.modelArts.toString(), QStringLiteral("ak"), QString::fromLatin1(r.accessKey));
}

void WorkflowController::recallSecret(const LoginRequest &lastLogin)
{
    m_credentials->checkAvailability(this, [this, lastLogin](bool available, const QString &reason) {
        emit keychainChecked(available, reason);
        if (!available || !m_settings.rememberSecret())
            return;
        m_credentials->load(secretKey(lastLogin), this, [this](const std::optional<QString> &secret, const QString &) {
            if (secret)
                emit secretRecalled(*secret);
        });
    });
}

void WorkflowController::login(const LoginRequest &request, bool rememberSecret)
{
    m_rememberSecret = rememberSecret;
    m_pendingSecret = request.mode == LoginRequest::Mode::Password ? request.password.password : QString::fromLatin1(request.secretKey);
    m_session->login(request);
}

void WorkflowController::cancelLogin() { m_session->cancel(); }

void WorkflowController::keepSecret()
{
    if (m_rememberSecret && !m_pendingSecret.isEmpty()) {
        m_credentials->store(secretKey(m_session->request()), m_pendingSecret, this, [this](bool ok, const QString &error) {
            if (!ok)
                emit secretNotKept(error);
        });
    }
    m_pendingSecret.clear();
}

void WorkflowController::onLoggedIn()
{
    keepSecret();
    keepOrDropReview();
    createWatchers();
    emit loggedIn();
    checkUnsentWork();
    refreshDatasets();
    reopenLastReview();
}

void WorkflowController::keepOrDropReview()
{
    if (!m_review)
        return;
    // Logged in again (the session had expired): the open review goes on, decisions and all, if it is the
    // same service and project; another one cannot confirm it.
    ModelArtsClient *client = m_session->client();
    if (m_review->client() == nullptr && client->endpoint() == m_reviewEndpoint && client->projectId() == m_reviewProject)
        m_review->setClient(client);
    else if (m_review->client() != client)
        closeReview();
}

void WorkflowController::createWatchers()
{
    std::unique_ptr<DatasetOverview> oldOverview(m_overview);
    std::unique_ptr<TaskMonitor> oldMonitor(m_monitor);
    m_overview = new DatasetOverview(m_session->client(), this);
    m_monitor = new TaskMonitor(m_session->client(), this);
    setPollIntervalSeconds(m_settings.pollIntervalSeconds());
    connect(m_monitor, &TaskMonitor::taskUpdated, this, &WorkflowController::taskUpdated);
    connect(m_monitor, &TaskMonitor::pollFailed, this, [this](const ApiError &e) { emit taskPollFailed(Session::describe(e)); });
    connect(m_monitor, &TaskMonitor::watchFailed, this, [this](const ApiError &e) { emit taskWatchFailed(Session::describe(e)); });
    connect(m_monitor, &TaskMonitor::taskFinished, this, &WorkflowController::taskFinished);
    connect(m_monitor, &TaskMonitor::taskFinished, this, [this](const TaskInfo &task) {
        if (m_roundTaskId.isEmpty() || m_monitor->taskId() != m_roundTaskId)
            return;
        m_roundTaskId.clear();
        if (task.status == TaskStatus::Succeeded)
            emit roundFinished(m_monitor->datasetId(), m_monitor->taskId());
    });
    connect(m_overview, &DatasetOverview::loaded, this, &WorkflowController::overviewLoaded);
    connect(m_overview, &DatasetOverview::loadFailed, this, [this](const ApiError &e) { emit overviewFailed(Session::describe(e)); });
}

QString WorkflowController::watchedDatasetId() const { return m_monitor ? m_monitor->datasetId() : QString(); }

QString WorkflowController::watchedTaskId() const { return m_monitor ? m_monitor->taskId() : QString(); }

void WorkflowController::setPollIntervalSeconds(int seconds)
{
    if (m_monitor)
        m_monitor->setIntervals({ seconds * 1000, 15000, 1.5 });
}

void WorkflowController::reopenLastReview()
{
    // A review left open (the app was closed, killed or crashed in it) opens again, decisions and all.
    const auto [datasetId, taskId] = m_settings.openReview();
    if (datasetId.isEmpty() || m_review)
        return;
    m_session->client()->dataset(datasetId, this, [this, datasetId, taskId](const Result<Dataset> &r) {
        // A suspect review questions labeled samples: it opens whether or not results await confirmation.
        const bool suspects = taskId == ReviewSession::suspectsTaskId();
        if (!r.ok() || (r.value->unconfirmedSamples <= 0 && !suspects) || m_review || m_finishingSend)
            return;
        openReview(datasetId, taskId, r.value->name, r.value->labels);
    });
}

QString WorkflowController::dataDir() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }

QString WorkflowController::cacheDir() { return QStandardPaths::writableLocation(QStandardPaths::CacheLocation); }

void WorkflowController::checkUnsentWork()
{
    ModelArtsClient *client = m_session->client();
    QList<ReviewJournal::Unsent> work = ReviewJournal::unsentWork(dataDir(), client->endpoint(), client->projectId());
    // The open review (logged in again after the session expired) sends its own by itself.
    if (m_review)
        work.removeIf([this](const ReviewJournal::Unsent &u) { return u.path == m_review->journalPath(); });
    if (!work.isEmpty())
        emit unsentWorkFound(work);
}

qint64 WorkflowController::journaledDecisions(const QString &datasetId, const QString &taskId) const
{
    ModelArtsClient *client = m_session->client();
    if (!client)
        return 0;
    const QString path = ReviewJournal::pathFor(dataDir(), client->endpoint(), client->projectId(), datasetId, taskId);
    if (!QFileInfo::exists(path))
        return 0;
    ReviewJournal journal;
    return journal.open(path) ? journal.load().size() : 0;
}

void WorkflowController::finishSending(const ReviewJournal::Unsent &work)
{
    if (!m_session->client())
        return;
    const QString datasetId = work.info.datasetId;
    const QString taskId = work.info.taskId;
    m_finishingSend = true;
    m_session->client()->dataset(datasetId, this, [this, datasetId, taskId, work](const Result<Dataset> &r) {
        m_finishingSend = false;
        if (!r.ok()) {
            emit reviewJournalFailed(
                    tr("The samples of %1 that were being sent cannot be sent now: %2")
                            .arg(work.info.datasetName.isEmpty() ? datasetId : work.info.datasetName, Session::describe(r.error)));
            return;
        }
        openReview(datasetId, taskId, r.value->name, r.value->labels);
        if (m_review && m_review->datasetId() == datasetId && m_review->taskId() == taskId)
            m_review->resumeSendingWhenLoaded();
    });
}

void WorkflowController::refreshDatasets()
{
    if (!m_session->client())
        return;
    m_session->client()->listDatasets({}, this, [this](const Result<QList<Dataset>> &r) {
        if (r.ok())
            emit datasetsLoaded(*r.value);
        else
            emit datasetsFailed(Session::describe(r.error));
    });
}

void WorkflowController::selectDataset(const QString &datasetId)
{
    m_settings.setLastDatasetId(datasetId);
    if (m_overview)
        m_overview->load(datasetId);
}

void WorkflowController::startTask(const Dataset &dataset, const AutoLabelOptions &options)
{
    if (!m_session->client())
        return;
    if (!dataset.isWorkflowSupported()) { // never a task on what this workflow cannot review
        emit taskNotStarted(dataset.isNewVersion() ? DatasetTableModel::newVersionReason()
                                                   : tr("Only image-classification datasets can be auto-labeled here."));
        return;
    }
    m_session->client()->createTask(dataset.id, options, this, [this, dataset](const Result<QString> &r) {
        if (r.ok())
            watchTask(dataset.id, *r.value);
        else if (r.error.code == QLatin1String("ModelArts.4386"))
            emit taskAlreadyRunning(dataset);
        else
            emit taskNotStarted(Session::describe(r.error));
    });
}

void WorkflowController::startRound(const AutoLabelOptions &options)
{
    ModelArtsClient *client = m_session->client();
    if (!m_review || !client)
        return;
    const ReviewRound round = m_review->nextRound();
    const QString datasetId = m_review->datasetId();
    client->createTask(datasetId, options, this, [this, datasetId, round](const Result<QString> &r) {
        if (!r.ok()) {
            emit taskNotStarted(Session::describe(r.error));
            return;
        }
        m_settings.setReviewRound(*r.value, round.toJson());
        m_settings.sync();
        m_roundTaskId = *r.value;
        watchTask(datasetId, *r.value);
    });
}

void WorkflowController::attachToRunningTask(const QString &datasetId)
{
    m_session->client()->listTasks(datasetId, this, [this, datasetId](const Result<QList<TaskInfo>> &r) {
        if (!r.ok()) {
            emit taskListFailed(Session::describe(r.error));
            return;
        }
        for (const TaskInfo &t : *r.value) {
            if (t.isActive()) {
                watchTask(datasetId, t.taskId);
                return;
            }
        }
        refreshDatasets(); // it ended meanwhile
    });
}

void WorkflowController::watchTask(const QString &datasetId, const QString &taskId)
{
    if (!m_monitor)
        return;
    emit taskWatched(datasetId, taskId);
    m_monitor->watch(datasetId, taskId);
}

void WorkflowController::stopTask()
{
    if (!m_monitor || !m_session->client())
        return;
    m_session->client()->stopTask(m_monitor->datasetId(), m_monitor->taskId(), this, [this](const Result<bool> &r) {
        if (!r.ok())
            emit stopFailed(Session::describe(r.error));
    });
}

void WorkflowController::deleteSamples(const QString &datasetId, const QStringList &sampleIds)
{
    if (!m_session->client() || sampleIds.isEmpty())
        return;
    m_session->client()->deleteSamples(datasetId, sampleIds, false, this, [this, datasetId](const Result<BatchUpdateResult> &r) {
        if (!r.ok()) {
            emit samplesDeleted(0, Session::describe(r.error));
            return;
        }
        qint64 deleted = 0;
        QStringList refused;
        for (const SampleOutcome &o : r.value->outcomes) {
            if (o.ok)
                ++deleted;
            else
                refused.append(QStringLiteral("%1 (%2)").arg(o.errorMessage, o.errorCode));
        }
        emit samplesDeleted(deleted,
                            refused.isEmpty()
                                    ? QString()
                                    : tr("%n refused: %1", nullptr, int(refused.size())).arg(refused.mid(0, 3).join(QStringLiteral("; "))));
        selectDataset(datasetId); // its checks and counts as they are now
    });
}

void WorkflowController::closeReview()
{
    std::unique_ptr<ReviewSession> old(m_review);
    m_review = nullptr;
    emit reviewClosed();
}

void WorkflowController::openReview(const QString &datasetId, const QString &taskId, const QString &name, const QList<Label> &labels,
                                    const QStringList &suspectScope)
{
    ModelArtsClient *client = m_session->client();
    if (!client)
        return;
    m_settings.setOpenReview(datasetId, taskId);
    m_settings.sync();
    if (m_review && m_review->datasetId() == datasetId && m_review->taskId() == taskId && suspectScope.isEmpty()) {
        emit reviewResumed();
        return;
    }
    if (m_review)
        closeReview();
    m_review = new ReviewSession(client, datasetId, taskId, this);
    m_review->setSuspectScope(suspectScope);
    QStringList names;
    QHash<QString, QColor> colors;
    for (const Label &l : labels) {
        names.append(l.name);
        if (QColor::isValidColorName(l.color))
            colors.insert(l.name, QColor::fromString(l.color));
    }
    m_review->setLabels(names);
    m_review->setRound(ReviewRound::fromJson(m_settings.reviewRound(taskId)));
    m_review->model()->setLabelColors(colors);
    m_review->lookAlikes()->setCachePath(featurecache::pathFor(cacheDir(), client->endpoint(), client->projectId(), datasetId));
    m_review->lookAlikes()->setSslConfiguration(m_session->transport()->sslConfiguration());
    m_reviewEndpoint = client->endpoint();
    m_reviewProject = client->projectId();
    const QString journal = ReviewJournal::pathFor(dataDir(), client->endpoint(), client->projectId(), datasetId, taskId);
    emit reviewOpened(m_review, name);
    if (!m_review->openJournal(journal))
        emit reviewJournalFailed(m_review->lastError());
    else if (!m_review->setJournalInfo({ client->endpoint().toString(), client->projectId(), datasetId, name, taskId }))
        qWarning("review journal: which review it is was not recorded");
    m_review->load();
}

void WorkflowController::leaveReview() { m_settings.setOpenReview({}, {}); }
