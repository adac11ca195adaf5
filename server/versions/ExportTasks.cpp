#include "versions/ExportTasks.h"

#include "ErrorCodes.h"
#include "Ids.h"
#include "ServerLog.h"
#include "storage/Storage.h"
#include "threads/BackgroundPriority.h"

#include <QDateTime>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

ExportTasks::ExportTasks(QString dataDir, std::function<qint64()> nowMs, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_nowMs(nowMs ? std::move(nowMs) : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(2);
}

ExportTasks::~ExportTasks() { shutdown(); }

void ExportTasks::shutdown()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void ExportTasks::failInterrupted(Storage &storage)
{
    for (ExportTaskRecord t : storage.exports().unfinished()) {
        t.state.insert(QStringLiteral("status"), QStringLiteral("FAILED"));
        t.state.insert(QStringLiteral("error_code"), errorcode::ExportFailed);
        t.state.insert(QStringLiteral("error_msg"), QStringLiteral("The service stopped during the export; the files written are whole."));
        t.state.insert(QStringLiteral("update_time"), m_nowMs());
        storage.exports().update(t.id, QStringLiteral("FAILED"), t.state);
        qCInfo(lcServer) << "export" << t.id << "was interrupted by a restart: marked failed";
    }
}

QString ExportTasks::create(Storage &storage, const DatasetRecord &dataset, const ExportRequest &request, QString *error)
{
    const qint64 now = m_nowMs();
    QJsonObject state = request.echo;
    const QString id = ids::resourceId();
    state.insert(QStringLiteral("task_id"), id);
    state.insert(QStringLiteral("status"), QStringLiteral("INIT"));
    state.insert(QStringLiteral("progress"), 0.0);
    state.insert(QStringLiteral("create_time"), now);
    state.insert(QStringLiteral("update_time"), now);
    const ExportTaskRecord task{ id, dataset.id, QStringLiteral("INIT"), now, state };
    if (!storage.exports().insert(task)) {
        *error = storage.lastError();
        return {};
    }
    ExportJob::Input input{ m_dataDir, dataset, task, request, m_nowMs, m_cancel };
    QPointer<ExportTasks> self(this);
    (void)QtConcurrent::run(&m_pool, [input = std::move(input), self]() mutable {
        background::yieldToInteractiveThreads(); // requests are answered first
        const QString taskId = input.task.id;
        const QString status = ExportJob(std::move(input)).run();
        QMetaObject::invokeMethod(
                self.data(),
                [self, taskId, status] {
                    if (self)
                        emit self->finished(taskId, status);
                },
                Qt::QueuedConnection);
    });
    return id;
}
