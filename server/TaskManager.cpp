#include "TaskManager.h"

#include "ModelArtsService.h"
#include "ServerLog.h"
#include "Storage.h"
#include "engine/AutoLabelEngine.h"
#include "Ids.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <thread>

namespace {

const QString kEvents = QStringLiteral("events");
const QString kResult = QStringLiteral("result");
const QString kStatus = QStringLiteral("status");

enum TaskStatus { Queued = -1, Initializing = 0, Running = 1, Failed = 2, Succeeded = 3, Stopping = 4, Stopped = 5 };

QJsonObject event(const QString &name, int ordinal, int level)
{
    return QJsonObject{ { QStringLiteral("name"), name },
                        { QStringLiteral("ordinal"), ordinal },
                        { QStringLiteral("level"), level },
                        { kStatus, QStringLiteral("waiting") } };
}

QJsonArray initialEvents()
{
    QJsonObject labeling = event(QStringLiteral("labeling"), 3, 1);
    labeling.insert(kEvents, QJsonArray{ event(QStringLiteral("jobstat_init"), 1, 2), event(QStringLiteral("jobstat_waiting"), 2, 2),
                                         event(QStringLiteral("jobstat_running"), 3, 2),
                                         event(QStringLiteral("jobstat_completed"), 4, 2) });
    return QJsonArray{ event(QStringLiteral("start"), 1, 1), event(QStringLiteral("init"), 2, 1), labeling,
                       event(QStringLiteral("result_processing"), 4, 1), event(QStringLiteral("end"), 5, 1) };
}

// Applies `change` to the event named `name` (top level or a child of labeling).
template<typename Change>
void updateEvent(QJsonObject &state, const QString &name, Change change)
{
    QJsonObject result = state.value(kResult).toObject();
    QJsonArray events = result.value(kEvents).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject e = events[i].toObject();
        if (e.value(QStringLiteral("name")).toString() == name) {
            change(e);
            events[i] = e;
            break;
        }
        QJsonArray children = e.value(kEvents).toArray();
        bool found = false;
        for (qsizetype j = 0; j < children.size(); ++j) {
            QJsonObject c = children[j].toObject();
            if (c.value(QStringLiteral("name")).toString() == name) {
                change(c);
                children[j] = c;
                found = true;
                break;
            }
        }
        if (found) {
            e.insert(kEvents, children);
            events[i] = e;
            break;
        }
    }
    result.insert(kEvents, events);
    state.insert(kResult, result);
}

// Every running event (and child) gets `change`.
template<typename Change>
void forEachEvent(QJsonArray &events, Change change)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject e = events[i].toObject();
        change(e);
        if (e.contains(kEvents)) {
            QJsonArray children = e.value(kEvents).toArray();
            forEachEvent(children, change);
            e.insert(kEvents, children);
        }
        events[i] = e;
    }
}

void startEvent(QJsonObject &state, const QString &name, qint64 nowMs)
{
    updateEvent(state, name, [nowMs](QJsonObject &e) {
        e.insert(kStatus, QStringLiteral("running"));
        e.insert(QStringLiteral("create_time"), nowMs);
        e.insert(QStringLiteral("elapsed_time"), 0);
    });
}

void finishEvent(QJsonObject &state, const QString &name, bool success, qint64 nowMs, const QString &errorCode = {},
                 const QString &errorMsg = {})
{
    updateEvent(state, name, [&](QJsonObject &e) {
        if (!e.contains(QStringLiteral("create_time")))
            e.insert(QStringLiteral("create_time"), nowMs);
        e.insert(kStatus, success ? QStringLiteral("success") : QStringLiteral("failed"));
        e.insert(QStringLiteral("elapsed_time"), (nowMs - e.value(QStringLiteral("create_time")).toInteger()) / 1000);
        e.insert(QStringLiteral("end_time"), nowMs);
        if (!success) {
            e.insert(QStringLiteral("error_code"), errorCode);
            e.insert(QStringLiteral("error_message"), errorMsg);
        }
    });
}

// Fails every running event (a failed or stopped task), leaving waiting ones waiting.
void failRunningEvents(QJsonObject &state, qint64 nowMs, const QString &errorCode, const QString &errorMsg)
{
    QJsonObject result = state.value(kResult).toObject();
    QJsonArray events = result.value(kEvents).toArray();
    forEachEvent(events, [&](QJsonObject &e) {
        if (e.value(kStatus).toString() != QLatin1String("running"))
            return;
        e.insert(kStatus, QStringLiteral("failed"));
        e.insert(QStringLiteral("elapsed_time"), (nowMs - e.value(QStringLiteral("create_time")).toInteger()) / 1000);
        e.insert(QStringLiteral("end_time"), nowMs);
        e.insert(QStringLiteral("error_code"), errorCode);
        e.insert(QStringLiteral("error_message"), errorMsg);
    });
    result.insert(kEvents, events);
    state.insert(kResult, result);
}

void setPhase(QJsonObject &state, int status, double progress, const QString &code, const QString &message)
{
    state.insert(kStatus, status);
    // progress never goes back
    state.insert(QStringLiteral("progress"), qMax(progress, state.value(QStringLiteral("progress")).toDouble()));
    state.insert(QStringLiteral("code"), code);
    state.insert(QStringLiteral("message"), message);
}

QString beijingTime(qint64 ms)
{
    // The task-level create_time is a "yyyy-MM-dd HH:mm:ss" string in UTC+8 (modelarts-api.md section 1).
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Waits until `ms` have passed since `since` or the task is cancelled.
void pace(std::chrono::steady_clock::time_point since, int ms, const std::atomic_bool &cancel)
{
    const auto until = since + std::chrono::milliseconds(ms);
    while (!cancel.load() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

std::optional<std::pair<double, double>> parseScope(const QString &scope)
{
    const QStringList parts = scope.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okLow = false, okHigh = false;
    const double low = parts[0].toDouble(&okLow);
    const double high = parts[1].toDouble(&okHigh);
    if (!okLow || !okHigh || low < 0 || high > 1 || low > high)
        return std::nullopt;
    return std::make_pair(low, high);
}

} // namespace

TaskManager::TaskManager(Storage &storage, TaskOptions options, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_options(std::move(options))
{
    if (!m_options.nowMs)
        m_options.nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_pool.setMaxThreadCount(qMax(1, m_options.maxConcurrentTasks));
}

TaskManager::~TaskManager()
{
    shutdown();
}

void TaskManager::shutdown()
{
    for (Live &live : m_live)
        live.cancel->store(true);
    m_pool.waitForDone();
    // Workers report through queued calls that will not run any more: leave the tasks as the next start
    // finds them (failInterruptedTasks).
    m_live.clear();
}

void TaskManager::failInterruptedTasks()
{
    for (TaskRecord task : m_storage.activeTasks()) {
        const qint64 t = now();
        failRunningEvents(task.state, t, QStringLiteral("ModelArts.4917"),
                          QStringLiteral("The service stopped while the task ran; no result was written."));
        setPhase(task.state, Failed, task.state.value(QStringLiteral("progress")).toDouble(), QStringLiteral("ModelArts.4917"),
                 QStringLiteral("Auto labeling task failed: the service stopped while the task ran."));
        task.state.insert(QStringLiteral("error_code"), QStringLiteral("ModelArts.4917"));
        task.state.insert(QStringLiteral("error_msg"), QStringLiteral("The service stopped while the task ran; no result was written."));
        task.state.insert(QStringLiteral("end_time"), t);
        m_storage.updateTask(task.id, Failed, task.state);
        qCInfo(lcServer) << "task" << task.id << "was interrupted by a restart: marked failed";
    }
}

ApiResponse TaskManager::createTask(const DatasetRecord &dataset, const QByteArray &body)
{
    QJsonObject request;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return apierror::parameter(QStringLiteral("The body is not valid JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset));
        if (!doc.isObject())
            return apierror::parameter(QStringLiteral("The body must be a JSON object."));
        request = doc.object();
    }
    const QJsonValue taskType = request.value(QStringLiteral("task_type"));
    if (!taskType.isUndefined() && !taskType.isString())
        return apierror::parameter(QStringLiteral("task_type must be a string."));
    const QString type = taskType.toString(QStringLiteral("auto-label"));
    if (type != QLatin1String("auto-label"))
        return apierror::parameter(QStringLiteral("task_type %1 is not supported: modelarts-local runs auto-label tasks.").arg(type));
    const QJsonValue collect = request.value(QStringLiteral("collect_key_sample"));
    if (!collect.isUndefined() && !collect.isBool())
        return apierror::parameter(QStringLiteral("collect_key_sample must be a boolean."));
    const QJsonValue configValue = request.value(QStringLiteral("config"));
    if (!configValue.isUndefined() && !configValue.isObject())
        return apierror::parameter(QStringLiteral("config must be an object."));
    QJsonObject config = configValue.toObject();
    const QJsonValue algorithm = config.value(QStringLiteral("algorithm_type"));
    if (!algorithm.isUndefined() && !algorithm.isString())
        return apierror::parameter(QStringLiteral("config.algorithm_type must be a string."));
    const QString algorithmType = algorithm.toString(QStringLiteral("fast"));
    if (algorithmType != QLatin1String("fast") && algorithmType != QLatin1String("accurate"))
        return apierror::parameter(QStringLiteral("config.algorithm_type must be fast or accurate, not %1.").arg(algorithmType));
    const QJsonValue scopeValue = config.value(QStringLiteral("confidence_scope"));
    if (!scopeValue.isUndefined() && !scopeValue.isString())
        return apierror::parameter(QStringLiteral("config.confidence_scope must be a string such as \"0.0-0.5\"."));
    const QString scopeText = scopeValue.toString(QStringLiteral("0.0-0.5"));
    const auto scope = parseScope(scopeText);
    if (!scope)
        return apierror::parameter(QStringLiteral("config.confidence_scope must be \"low-high\" within 0..1, not %1.").arg(scopeText));

    // Preconditions, in the order the documentation lists them.
    const QList<LabelRecord> labels = m_storage.labels(dataset.id);
    const auto usage = m_storage.labelUsage(dataset.id);
    QStringList labelNames;
    QStringList tooFew;
    for (const LabelRecord &l : labels) {
        labelNames.append(l.name);
        if (usage.value(l.name).second < 5)
            tooFew.append(QStringLiteral("%1 (%2)").arg(l.name).arg(usage.value(l.name).second));
    }
    if (labels.size() < 2)
        return apierror::modelArts(400, QStringLiteral("ModelArts.4405"),
                                   QStringLiteral("Dataset must contains labels to start automation labeling: at least 2 labels are needed, it has %1.").arg(labels.size()));
    if (!tooFew.isEmpty())
        return apierror::modelArts(400, QStringLiteral("ModelArts.4406"),
                                   QStringLiteral("Dataset must contains labels with at least five images to start automation labeling. Labels with fewer: %1")
                                           .arg(tooFew.join(QStringLiteral(", "))));
    Storage::SampleQuery unlabeledQuery;
    unlabeledQuery.state = Storage::SampleState::Unlabeled;
    if (m_storage.countSamples(dataset.id, unlabeledQuery) == 0)
        return apierror::modelArts(400, QStringLiteral("ModelArts.4407"), QStringLiteral("Dataset must contains unlabeled files"));
    if (!m_storage.activeTaskIds(dataset.id).isEmpty())
        return apierror::modelArts(501, QStringLiteral("ModelArts.4386"), QStringLiteral("Auto labeling task exist"));

    // The config echoed with its defaults, as the cloud does.
    config.insert(QStringLiteral("algorithm_type"), algorithmType);
    config.insert(QStringLiteral("confidence_scope"), scopeText);
    config.insert(QStringLiteral("collect_sample"), collect.toBool(false));
    for (const auto &[key, value] : { std::pair{ QStringLiteral("ambiguity"), false },
                                      std::pair{ QStringLiteral("image_brightness"), false },
                                      std::pair{ QStringLiteral("image_colorfulness"), false } }) {
        if (!config.contains(key))
            config.insert(key, value);
    }
    if (!config.contains(QStringLiteral("worker_server_num")))
        config.insert(QStringLiteral("worker_server_num"), 0);
    if (!config.contains(QStringLiteral("name")))
        config.insert(QStringLiteral("name"), ids::resourceId());

    const qint64 t = now();
    TaskRecord task;
    task.id = ids::resourceId();
    task.datasetId = dataset.id;
    task.taskType = type;
    task.status = Queued;
    task.createTimeMs = t;
    task.state = QJsonObject{
        { QStringLiteral("task_id"), task.id },
        { QStringLiteral("resource_id"), dataset.id },
        { QStringLiteral("create_time"), beijingTime(t) },
        { QStringLiteral("progress"), 0.0 },
        { kStatus, Queued },
        { QStringLiteral("code"), QStringLiteral("ModelArts.4902") },
        { QStringLiteral("message"), QStringLiteral("Task is queued.") },
        { QStringLiteral("elapsed_time"), 0 },
        { QStringLiteral("export_type"), 0 },
        { QStringLiteral("config"), config },
        { kResult, QJsonObject{ { QStringLiteral("total_sample_count"), m_storage.counts(dataset.id).total },
                                { QStringLiteral("annotated_sample_count"), m_storage.counts(dataset.id).labeled },
                                { QStringLiteral("unconfirmed_sample_count"), 0 },
                                { kEvents, initialEvents() },
                                { QStringLiteral("train_job_name"), QStringLiteral("AUTO_TRAINING_cls_%1_%2").arg(dataset.id, task.id.left(10)) },
                                { QStringLiteral("train_job_id"), QString::number(QRandomGenerator::global()->bounded(100000, 999999)) },
                                { QStringLiteral("version_id"), QString::number(QRandomGenerator::global()->bounded(1000000, 9999999)) },
                                { QStringLiteral("continuity"), false } } },
        { QStringLiteral("collect_key_sample"), collect.toBool(false) },
    };
    if (!m_storage.insertTask(task))
        return apierror::modelArts(500, QStringLiteral("ModelArts.4999"), QStringLiteral("System error"));

    // Everything the worker needs, by value.
    QList<engine::Sample> samples;
    QList<QPair<QString, QString>> rgba; // sample name, id
    const QString dataDir = m_storage.dataDir();
    Storage::SampleQuery all;
    all.limit = std::numeric_limits<qint64>::max();
    const QList<SampleRecord> records = m_storage.samples(dataset.id, all);
    for (const SampleRecord &s : records) {
        const int label = s.labels.isEmpty() ? -1 : int(labelNames.indexOf(s.labels.first().name));
        samples.append(engine::Sample{ s.id, QDir(dataDir).filePath(s.relPath), label });
        if (s.channels == 4)
            rgba.append({ s.name, s.id });
    }
    engine::Config engineConfig;
    engineConfig.accurate = algorithmType == QLatin1String("accurate");
    engineConfig.collectHard = collect.toBool(false);
    engineConfig.confidenceLow = scope->first;
    engineConfig.confidenceHigh = scope->second;
    engineConfig.seed = m_options.seed;

    auto cancel = std::make_shared<std::atomic_bool>(false);
    const QString taskId = task.id;
    const QString datasetId = dataset.id;
    const int minStageMs = m_options.minStageMs;
    QPointer<TaskManager> self(this);
    auto report = [self, taskId](Step step, double fraction = 0, const QString &code = {}, const QString &msg = {}) {
        QMetaObject::invokeMethod(
                self.data(), [self, taskId, step, fraction, code, msg] {
                    if (self)
                        self->onStep(taskId, step, fraction, code, msg);
                },
                Qt::QueuedConnection);
    };

    auto work = [=] {
        const std::atomic_bool &cancelled = *cancel;
        auto stage = [&](Step step) {
            const auto started = std::chrono::steady_clock::now();
            report(step);
            pace(started, minStageMs, cancelled);
            return !cancelled.load();
        };
        if (!stage(Step::Started) || !stage(Step::Init) || !stage(Step::JobInit) || !stage(Step::JobWaiting)) {
            report(Step::Stopped);
            return;
        }
        const auto runningSince = std::chrono::steady_clock::now();
        report(Step::JobRunning);
        if (!rgba.isEmpty()) {
            QStringList names;
            for (const auto &[name, id] : rgba)
                names.append(QStringLiteral("%1 (%2)").arg(name, id));
            pace(runningSince, minStageMs, cancelled);
            report(Step::Failed, 0, QStringLiteral("ModelArts.4917"),
                   QStringLiteral("Auto labeling failed: the dataset contains %1 4-channel (RGBA) image(s): %2")
                           .arg(rgba.size())
                           .arg(names.join(QStringLiteral(", "))));
            return;
        }
        QElapsedTimer engineTimer;
        engineTimer.start();
        const engine::Result result = engine::run(
                samples, int(labelNames.size()), engineConfig, [&](double f) { report(Step::JobProgress, f); }, cancelled);
        qCDebug(lcEngine, "engine: %lld ms", engineTimer.elapsed());
        pace(runningSince, minStageMs, cancelled);
        if (result.cancelled || cancelled.load()) {
            report(Step::Stopped);
            return;
        }
        if (!result.ok) {
            report(Step::Failed, 0, QStringLiteral("ModelArts.4917"), QStringLiteral("Auto labeling failed: ") + result.error);
            return;
        }
        if (!stage(Step::JobCompleted)) {
            report(Step::Stopped);
            return;
        }
        const auto processingSince = std::chrono::steady_clock::now();
        report(Step::ResultProcessing);
        QHash<QString, AutoAnnotationRecord> rows;
        for (auto it = result.predictions.cbegin(); it != result.predictions.cend(); ++it) {
            rows.insert(it.key(), AutoAnnotationRecord{ taskId, labelNames.value(it->label), it->score, it->hard,
                                                        it->hardCoefficient, it->reasons });
        }
        pace(processingSince, minStageMs, cancelled);
        if (cancelled.load()) {
            report(Step::Stopped);
            return;
        }
        QElapsedTimer storeTimer;
        storeTimer.start();
        Storage storage(dataDir);
        if (!storage.open() || !storage.replaceAutoAnnotations(datasetId, rows)) {
            report(Step::Failed, 0, QStringLiteral("ModelArts.4917"), QStringLiteral("The results could not be stored: ") + storage.lastError());
            return;
        }
        qCDebug(lcEngine, "results stored: %lld ms", storeTimer.elapsed());
        report(Step::Succeeded, double(rows.size()));
    };

    Live live{ task, cancel, QtConcurrent::run(&m_pool, work) };
    m_live.insert(task.id, live);
    qCInfo(lcServer) << "task" << task.id << "created on dataset" << dataset.name << algorithmType;
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("task_id"), task.id } });
}

void TaskManager::onStep(const QString &taskId, Step step, double fraction, const QString &errorCode, const QString &errorMsg)
{
    auto it = m_live.find(taskId);
    if (it == m_live.end())
        return;
    TaskRecord &task = it->record;
    QJsonObject &s = task.state;
    const qint64 t = now();
    const bool stopping = task.status == Stopping;
    bool terminal = false;
    switch (step) {
    case Step::Started:
        startEvent(s, QStringLiteral("start"), t);
        setPhase(s, stopping ? Stopping : Initializing, 2, QStringLiteral("ModelArts.4902"),
                 QStringLiteral("Start to export annotations. Export task id is %1").arg(ids::resourceId()));
        break;
    case Step::Init:
        finishEvent(s, QStringLiteral("start"), true, t);
        startEvent(s, QStringLiteral("init"), t);
        setPhase(s, stopping ? Stopping : Initializing, 10, QStringLiteral("ModelArts.4902"),
                 s.value(QStringLiteral("message")).toString());
        break;
    case Step::JobInit:
        finishEvent(s, QStringLiteral("init"), true, t);
        startEvent(s, QStringLiteral("labeling"), t);
        startEvent(s, QStringLiteral("jobstat_init"), t);
        setPhase(s, stopping ? Stopping : Running, 20, QStringLiteral("ModelArts.4900"), QStringLiteral("Training job prepared."));
        break;
    case Step::JobWaiting:
        finishEvent(s, QStringLiteral("jobstat_init"), true, t);
        startEvent(s, QStringLiteral("jobstat_waiting"), t);
        setPhase(s, stopping ? Stopping : Running, 25, QStringLiteral("ModelArts.4900"), QStringLiteral("Training job prepared."));
        break;
    case Step::JobRunning:
        finishEvent(s, QStringLiteral("jobstat_waiting"), true, t);
        startEvent(s, QStringLiteral("jobstat_running"), t);
        setPhase(s, stopping ? Stopping : Running, 30, QStringLiteral("ModelArts.4914"),
                 QStringLiteral("Submit auto labeling task succeed, waiting for auto labeling task to finish. "));
        break;
    case Step::JobProgress:
        setPhase(s, stopping ? Stopping : Running, 30 + 55 * qBound(0.0, fraction, 1.0), QStringLiteral("ModelArts.4914"),
                 s.value(QStringLiteral("message")).toString());
        break;
    case Step::JobCompleted:
        finishEvent(s, QStringLiteral("jobstat_running"), true, t);
        startEvent(s, QStringLiteral("jobstat_completed"), t);
        setPhase(s, stopping ? Stopping : Running, 88, QStringLiteral("ModelArts.4916"), QStringLiteral("Auto labeling task executed."));
        break;
    case Step::ResultProcessing:
        finishEvent(s, QStringLiteral("jobstat_completed"), true, t);
        finishEvent(s, QStringLiteral("labeling"), true, t);
        startEvent(s, QStringLiteral("result_processing"), t);
        setPhase(s, stopping ? Stopping : Running, 90, QStringLiteral("ModelArts.4916"), QStringLiteral("Auto labeling task executed."));
        break;
    case Step::Succeeded: {
        finishEvent(s, QStringLiteral("result_processing"), true, t);
        startEvent(s, QStringLiteral("end"), t);
        finishEvent(s, QStringLiteral("end"), true, t);
        setPhase(s, Succeeded, 100, QStringLiteral("ModelArts.4996"), QStringLiteral("task executed successfully."));
        QJsonObject result = s.value(kResult).toObject();
        const DatasetCounts c = m_storage.counts(task.datasetId);
        result.insert(QStringLiteral("total_sample_count"), c.total);
        result.insert(QStringLiteral("annotated_sample_count"), c.labeled);
        result.insert(QStringLiteral("unconfirmed_sample_count"), qint64(fraction));
        s.insert(kResult, result);
        terminal = true;
        break;
    }
    case Step::Failed:
        failRunningEvents(s, t, errorCode, errorMsg);
        setPhase(s, Failed, s.value(QStringLiteral("progress")).toDouble(), errorCode, errorMsg);
        s.insert(QStringLiteral("error_code"), errorCode);
        s.insert(QStringLiteral("error_msg"), errorMsg);
        terminal = true;
        break;
    case Step::Stopped:
        failRunningEvents(s, t, QStringLiteral("ModelArts.4393"), QStringLiteral("Task stopped"));
        setPhase(s, Stopped, s.value(QStringLiteral("progress")).toDouble(), QStringLiteral("ModelArts.4393"),
                 QStringLiteral("Task stopped."));
        terminal = true;
        break;
    }
    task.status = s.value(kStatus).toInt();
    if (terminal)
        s.insert(QStringLiteral("end_time"), t);
    // Progress ticks stay in memory (GET serves them from there); stage changes are written through.
    if (step != Step::JobProgress)
        m_storage.updateTask(taskId, task.status, s);
    if (terminal) {
        const int status = task.status;
        m_live.erase(it);
        qCInfo(lcServer) << "task" << taskId << "ended with status" << status;
        emit taskFinished(taskId, status);
    }
}

QJsonObject TaskManager::present(const TaskRecord &task) const
{
    QJsonObject s = task.state;
    const qint64 t = now();
    const qint64 end = s.contains(QStringLiteral("end_time")) ? s.value(QStringLiteral("end_time")).toInteger() : t;
    s.insert(QStringLiteral("elapsed_time"), (end - task.createTimeMs) / 1000);
    s.remove(QStringLiteral("end_time"));
    s.remove(QStringLiteral("collect_key_sample"));
    QJsonObject result = s.value(kResult).toObject();
    QJsonArray events = result.value(kEvents).toArray();
    forEachEvent(events, [t](QJsonObject &e) {
        if (e.value(kStatus).toString() == QLatin1String("running"))
            e.insert(QStringLiteral("elapsed_time"), (t - e.value(QStringLiteral("create_time")).toInteger()) / 1000);
        e.remove(QStringLiteral("end_time"));
    });
    result.insert(kEvents, events);
    // Unconfirmed: what of this task's results still awaits confirmation (confirming lowers it).
    result.insert(QStringLiteral("unconfirmed_sample_count"),
                  s.value(kStatus).toInt() == Succeeded ? m_storage.countAutoOfTask(task.id) : qint64(0));
    s.insert(kResult, result);
    return s;
}

ApiResponse TaskManager::describeTask(const DatasetRecord &dataset, const QString &taskId)
{
    const auto live = m_live.constFind(taskId);
    if (live != m_live.cend() && live->record.datasetId == dataset.id)
        return ApiResponse::json(200, present(live->record));
    const auto task = m_storage.task(dataset.id, taskId);
    if (!task)
        return apierror::modelArts(400, QStringLiteral("ModelArts.4700"), QStringLiteral("Task does not exist"));
    return ApiResponse::json(200, present(*task));
}

ApiResponse TaskManager::listTasks(const DatasetRecord &dataset, const QString &type)
{
    if (!type.isEmpty() && type != QLatin1String("auto-label") && type != QLatin1String("pre-label")
        && type != QLatin1String("auto-grouping") && type != QLatin1String("auto-deploy"))
        return apierror::parameter(QStringLiteral("type must be auto-label, pre-label, auto-grouping or auto-deploy."));
    QJsonArray tasks;
    const DatasetCounts counts = m_storage.counts(dataset.id);
    for (const TaskRecord &stored : m_storage.tasks(dataset.id, type)) {
        const auto live = m_live.constFind(stored.id);
        QJsonObject t = present(live != m_live.cend() ? live->record : stored);
        const QJsonObject result = t.value(kResult).toObject();
        t.remove(QStringLiteral("resource_id"));
        t.insert(QStringLiteral("dataset_id"), dataset.id);
        t.insert(QStringLiteral("type"), 0);
        t.insert(QStringLiteral("total_sample_count"), counts.total);
        t.insert(QStringLiteral("annotated_sample_count"), counts.labeled);
        t.insert(QStringLiteral("unconfirmed_sample_count"), result.value(QStringLiteral("unconfirmed_sample_count")).toInteger());
        t.insert(QStringLiteral("model_name"), QStringLiteral("modelarts-local"));
        t.insert(QStringLiteral("model_version"), QStringLiteral("0.1.0"));
        tasks.append(t);
    }
    return ApiResponse::json(200, QJsonObject{ { QStringLiteral("tasks"), tasks },
                                               { QStringLiteral("total_count"), qint64(tasks.size()) },
                                               { QStringLiteral("exist_running_deploy_task"), false } });
}

ApiResponse TaskManager::stopTask(const DatasetRecord &dataset, const QString &taskId)
{
    auto live = m_live.find(taskId);
    if (live == m_live.end() || live->record.datasetId != dataset.id) {
        if (!m_storage.task(dataset.id, taskId))
            return apierror::modelArts(400, QStringLiteral("ModelArts.4700"), QStringLiteral("Task does not exist"));
        return ApiResponse::empty(204); // already finished: nothing to stop
    }
    live->cancel->store(true);
    live->record.status = Stopping;
    setPhase(live->record.state, Stopping, live->record.state.value(QStringLiteral("progress")).toDouble(),
             live->record.state.value(QStringLiteral("code")).toString(), QStringLiteral("Task is stopping."));
    m_storage.updateTask(taskId, Stopping, live->record.state);
    return ApiResponse::empty(204);
}
