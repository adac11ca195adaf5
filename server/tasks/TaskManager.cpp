#include "tasks/TaskManager.h"

#include "ErrorCodes.h"
#include "Ids.h"
#include "ServerLog.h"
#include "TimeFormat.h"
#include "storage/Storage.h"
#include "tasks/EventTree.h"
#include "tasks/GroupingTask.h"
#include "tasks/TaskRunner.h"
#include "threads/BackgroundPriority.h"

#include <QDir>
#include <QPointer>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

TaskManager::TaskManager(Storage &storage, TaskOptions options, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_dataDir(storage.dataDir())
    , m_options(std::move(options))
{
    if (!m_options.nowMs)
        m_options.nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_pool.setMaxThreadCount(qMax(1, m_options.maxConcurrentTasks));
}

TaskManager::~TaskManager() { shutdown(); }

void TaskManager::shutdown()
{
    {
        QMutexLocker lock(&m_mutex);
        for (Live &live : m_live)
            live.cancel->store(true);
    }
    m_pool.waitForDone();
    // Workers report through queued calls that will not run any more: leave the tasks as the next start
    // finds them (failInterruptedTasks).
    QMutexLocker lock(&m_mutex);
    m_live.clear();
}

void TaskManager::writeUnwritten(Storage &storage)
{
    QHash<QString, TaskRecord> unwritten;
    {
        QMutexLocker lock(&m_mutex);
        unwritten = m_unwritten;
    }
    for (auto it = unwritten.cbegin(); it != unwritten.cend(); ++it) {
        if (storage.tasks().update(it.key(), it->status, it->state)) {
            QMutexLocker lock(&m_mutex);
            m_unwritten.remove(it.key());
        }
    }
}

void TaskManager::failInterruptedTasks()
{
    const QString detail = QStringLiteral("The service stopped while the task ran; no result was written.");
    for (TaskRecord task : m_storage.tasks().activeTasks()) {
        const qint64 t = now();
        if (task.taskType == QLatin1String("auto-grouping")) {
            groupingtask::failInterrupted(task.state, t);
            m_storage.tasks().update(task.id, taskstatus::Failed, task.state);
            continue;
        }
        eventtree::failRunningEvents(task.state, t, errorcode::TaskFailed, detail);
        eventtree::setPhase(task.state, taskstatus::Failed, task.state.value(QStringLiteral("progress")).toDouble(), errorcode::TaskFailed,
                            QStringLiteral("Auto labeling task failed: the service stopped while the task ran."));
        task.state.insert(QStringLiteral("error_code"), errorcode::TaskFailed);
        task.state.insert(QStringLiteral("error_msg"), detail);
        task.state.insert(QStringLiteral("end_time"), t);
        m_storage.tasks().update(task.id, taskstatus::Failed, task.state);
        qCInfo(lcServer) << "task" << task.id << "was interrupted by a restart: marked failed";
    }
}

std::optional<Refusal> TaskManager::refusal(const Storage &storage, const DatasetRecord &dataset) const
{
    // A version being published reads the dataset as it is (modelarts-api-versions.md 1).
    if (storage.versions().publishing(dataset.id))
        return Refusal{ 403, errorcode::PublishLocked, QStringLiteral("Task is publishing, the operation is forbidden") };
    // In the order the documentation lists them.
    const QList<LabelRecord> labels = storage.datasets().labels(dataset.id);
    const auto usage = storage.datasets().labelUsage(dataset.id);
    QStringList tooFew;
    for (const LabelRecord &l : labels) {
        if (usage.value(l.name).second < 5)
            tooFew.append(QStringLiteral("%1 (%2)").arg(l.name).arg(usage.value(l.name).second));
    }
    if (labels.size() < 2)
        return Refusal{ 400, errorcode::TooFewLabels,
                        QStringLiteral(
                                "Dataset must contains labels to start automation labeling: at least 2 labels are needed, it has %1.")
                                .arg(labels.size()) };
    if (!tooFew.isEmpty())
        return Refusal{
            400, errorcode::TooFewLabeledImages,
            QStringLiteral("Dataset must contains labels with at least five images to start automation labeling. Labels with fewer: %1")
                    .arg(tooFew.join(QStringLiteral(", ")))
        };
    SampleQuery unlabeled;
    unlabeled.state = SampleState::Unlabeled;
    if (storage.samples().count(dataset.id, unlabeled) == 0)
        return Refusal{ 400, errorcode::NoUnlabeledSamples, QStringLiteral("Dataset must contains unlabeled files") };
    QStringList active = storage.tasks().activeTaskIds(dataset.id, TaskStore::TaskKinds::Labeling);
    QMutexLocker lock(&m_mutex);
    active.removeIf([this](const QString &id) { return m_unwritten.contains(id); }); // ended, not yet written
    if (!active.isEmpty())
        return Refusal{ 501, errorcode::TaskExists, QStringLiteral("Auto labeling task exist") };
    return std::nullopt;
}

TaskRecord TaskManager::newTask(const Storage &storage, const DatasetRecord &dataset, const TaskRequest &request) const
{
    const qint64 t = now();
    const DatasetCounts counts = storage.datasets().counts(dataset.id);
    TaskRecord task;
    task.id = ids::resourceId();
    task.datasetId = dataset.id;
    task.taskType = request.type;
    task.status = taskstatus::Queued;
    task.createTimeMs = t;
    const QJsonObject result{
        { QStringLiteral("total_sample_count"), counts.total },
        { QStringLiteral("annotated_sample_count"), counts.labeled },
        { QStringLiteral("unconfirmed_sample_count"), 0 },
        { QStringLiteral("events"), eventtree::initialEvents() },
        { QStringLiteral("train_job_name"), QStringLiteral("AUTO_TRAINING_cls_%1_%2").arg(dataset.id, task.id.left(10)) },
        { QStringLiteral("train_job_id"), QString::number(QRandomGenerator::global()->bounded(100000, 999999)) },
        { QStringLiteral("version_id"), QString::number(QRandomGenerator::global()->bounded(1000000, 9999999)) },
        { QStringLiteral("continuity"), false },
    };
    task.state = QJsonObject{
        { QStringLiteral("task_id"), task.id },
        { QStringLiteral("resource_id"), dataset.id },
        { QStringLiteral("create_time"), timeformat::beijingTime(t) },
        { QStringLiteral("progress"), 0.0 },
        { QStringLiteral("status"), taskstatus::Queued },
        { QStringLiteral("code"), errorcode::TaskPreparing },
        { QStringLiteral("message"), QStringLiteral("Task is queued.") },
        { QStringLiteral("elapsed_time"), 0 },
        { QStringLiteral("export_type"), 0 },
        { QStringLiteral("config"), request.config },
        { QStringLiteral("result"), result },
        { QStringLiteral("collect_key_sample"), request.collectKeySample },
    };
    return task;
}

std::variant<QString, Refusal> TaskManager::create(Storage &storage, const DatasetRecord &dataset, const TaskRequest &request)
{
    if (request.type == QLatin1String("auto-grouping"))
        return createGrouping(storage, dataset, request);
    QMutexLocker creating(&m_creating); // two requests for one dataset: one task
    writeUnwritten(storage);
    if (auto refused = refusal(storage, dataset))
        return *refused;
    const TaskRecord task = newTask(storage, dataset, request);
    if (!storage.tasks().insert(task))
        return Refusal{ Database::isFull(storage.lastError()) ? 507 : 500, errorcode::SystemError,
                        Database::isFull(storage.lastError()) ? QStringLiteral("The service's storage is full: no task was created.")
                                                              : QStringLiteral("System error") };
    start(task, dataset, request);
    qCInfo(lcServer) << "task" << task.id << "created on dataset" << dataset.name << (request.accurate ? "accurate" : "fast");
    return task.id;
}

void TaskManager::start(const TaskRecord &task, const DatasetRecord &dataset, const TaskRequest &request)
{
    TaskJob job;
    job.taskId = task.id;
    job.datasetId = dataset.id;
    job.dataDir = m_dataDir;
    job.config.accurate = request.accurate;
    job.config.collectHard = request.collectKeySample;
    job.config.confidenceLow = request.confidenceLow;
    job.config.confidenceHigh = request.confidenceHigh;
    job.config.seed = m_options.seed;
    job.minStageMs = m_options.minStageMs;
    job.state = task.state;
    job.nowMs = m_options.nowMs;
    job.resultsSetup = m_options.resultsSetup;

    auto cancel = std::make_shared<std::atomic_bool>(false);
    TaskRunner runner(std::move(job), cancel, reporter(task.id));
    QMutexLocker lock(&m_mutex);
    m_live.insert(task.id, Live{ task, cancel, QtConcurrent::run(&m_pool, [runner]() mutable {
                                     background::yieldToInteractiveThreads(); // requests are answered first
                                     runner.run();
                                 }) });
}

std::function<void(const StepReport &)> TaskManager::reporter(const QString &taskId)
{
    QPointer<TaskManager> self(this);
    return [self, taskId](const StepReport &step) {
        QMetaObject::invokeMethod(
                self.data(),
                [self, taskId, step] {
                    if (self)
                        self->onStep(taskId, step);
                },
                Qt::QueuedConnection);
    };
}

void TaskManager::onStep(const QString &taskId, const StepReport &report)
{
    std::optional<DatasetCounts> counts;
    if (report.step == TaskStep::Succeeded) {
        QMutexLocker lock(&m_mutex);
        const auto live = m_live.constFind(taskId);
        const QString datasetId = live == m_live.cend() || isGrouping(taskId) ? QString() : live->record.datasetId;
        lock.unlock(); // the database is never read or written under the lock
        if (!datasetId.isEmpty())
            counts = m_storage.datasets().counts(datasetId);
    }
    QMutexLocker lock(&m_mutex);
    auto it = m_live.find(taskId);
    if (it == m_live.end())
        return;
    TaskRecord &live = it->record;
    const bool stopping = live.status == taskstatus::Stopping;
    const bool terminal = isGrouping(taskId) ? groupingtask::apply(live.state, report, now(), stopping)
                                             : tasksteps::apply(live.state, report, now(), stopping);
    if (counts)
        eventtree::setResultCounts(live.state, counts->total, counts->labeled, qint64(report.fraction));
    live.status = live.state.value(QStringLiteral("status")).toInt();
    const TaskRecord task = live;
    lock.unlock();
    // Progress ticks stay in memory (GET serves them from there); stage changes are written through. A
    // success was written by the runner, with the results, in one transaction.
    bool written = report.step == TaskStep::JobProgress || report.written;
    if (!written) {
        written = terminal ? m_storage.tasks().update(taskId, task.status, task.state)
                           : m_storage.tasks().updateIfActive(taskId, task.status, task.state);
        if (!written)
            qCWarning(lcServer).noquote() << "task" << taskId << "state not written:" << m_storage.lastError();
    }
    if (!terminal)
        return;
    lock.relock();
    // An end the database refused (a full disk) is kept here, served as it is and written later: the task
    // reads as ended, and the next one may start.
    if (!written)
        m_unwritten.insert(taskId, task);
    m_live.remove(taskId);
    lock.unlock();
    qCInfo(lcServer) << "task" << taskId << "ended with status" << task.status;
    emit taskFinished(taskId, task.status);
}

std::optional<TaskRecord> TaskManager::task(const Storage &storage, const QString &datasetId, const QString &taskId) const
{
    QMutexLocker lock(&m_mutex);
    const auto live = m_live.constFind(taskId);
    if (live != m_live.cend() && live->record.datasetId == datasetId)
        return live->record;
    const auto ended = m_unwritten.constFind(taskId);
    if (ended != m_unwritten.cend() && ended->datasetId == datasetId)
        return *ended;
    lock.unlock();
    return storage.tasks().find(datasetId, taskId);
}

QList<TaskRecord> TaskManager::tasks(const Storage &storage, const QString &datasetId, const QString &type) const
{
    QList<TaskRecord> out = storage.tasks().list(datasetId, type);
    QMutexLocker lock(&m_mutex);
    for (TaskRecord &task : out) {
        const auto live = m_live.constFind(task.id);
        if (live != m_live.cend())
            task = live->record;
        else if (m_unwritten.contains(task.id))
            task = m_unwritten.value(task.id);
    }
    return out;
}

TaskManager::StopOutcome TaskManager::stop(Storage &storage, const QString &datasetId, const QString &taskId)
{
    QMutexLocker lock(&m_mutex);
    auto live = m_live.find(taskId);
    if (live == m_live.end() || live->record.datasetId != datasetId) {
        lock.unlock();
        return storage.tasks().find(datasetId, taskId) ? StopOutcome::AlreadyEnded : StopOutcome::NotFound;
    }
    live->cancel->store(true);
    live->record.status = taskstatus::Stopping;
    QJsonObject &state = live->record.state;
    eventtree::setPhase(state, taskstatus::Stopping, state.value(QStringLiteral("progress")).toDouble(),
                        state.value(QStringLiteral("code")).toString(), QStringLiteral("Task is stopping."));
    const QJsonObject stopping = state;
    lock.unlock();
    storage.tasks().updateIfActive(taskId, taskstatus::Stopping, stopping);
    return StopOutcome::Stopping;
}
