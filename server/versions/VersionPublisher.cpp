#include "versions/VersionPublisher.h"

#include "ErrorCodes.h"
#include "Ids.h"
#include "ServerLog.h"
#include "storage/Storage.h"
#include "threads/BackgroundPriority.h"
#include "versions/PublishJob.h"
#include "versions/VersionPaths.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QJsonObject initialState(const DatasetRecord &dataset, const QString &id, const QString &name, const PublishRequest &r, qint64 now)
{
    const QString dir = versionpaths::bucket + versionpaths::versionDir(dataset, name);
    return QJsonObject{
        { QStringLiteral("version_id"), id },
        { QStringLiteral("version_name"), name },
        { QStringLiteral("version_format"), QStringLiteral("Default") },
        { QStringLiteral("description"), r.description },
        { QStringLiteral("status"), int(versionstatus::Creating) },
        { QStringLiteral("message"), QString() },
        { QStringLiteral("is_current"), false },
        { QStringLiteral("create_time"), now },
        { QStringLiteral("update_time"), now },
        { QStringLiteral("total_sample_count"), 0 },
        { QStringLiteral("annotated_sample_count"), 0 },
        { QStringLiteral("total_sub_sample_count"), 0 },
        { QStringLiteral("annotated_sub_sample_count"), 0 },
        { QStringLiteral("add_sample_count"), 0 },
        { QStringLiteral("modified_sample_count"), 0 },
        { QStringLiteral("deleted_sample_count"), 0 },
        { QStringLiteral("task_type"), dataset.type },
        { QStringLiteral("tags"), QJsonArray{ QStringLiteral("Image"), QStringLiteral("Image classification") } },
        { QStringLiteral("train_evaluate_sample_ratio"), r.trainRatioText },
        { QStringLiteral("clear_hard_property"), r.clearHardProperty },
        { QStringLiteral("remove_sample_usage"), r.removeSampleUsage },
        { QStringLiteral("export_images"), r.exportImages },
        { QStringLiteral("with_column_header"), true },
        { QStringLiteral("extract_serial_number"), false },
        { QStringLiteral("include_dataset_data"), false },
        { QStringLiteral("data_validate"), false },
        { QStringLiteral("start_processor_task"), false },
        { QStringLiteral("sample_state"), QString() },
        { QStringLiteral("manifest_path"), QString(dir + name + QStringLiteral(".manifest")) },
        { QStringLiteral("data_path"), QString(dir + QStringLiteral("data/")) },
        { QStringLiteral("analysis_status"), 0 },
    };
}

} // namespace

VersionPublisher::VersionPublisher(QString dataDir, PublishOptions options, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_options(std::move(options))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    if (!m_options.nowMs)
        m_options.nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_pool.setMaxThreadCount(2);
}

VersionPublisher::~VersionPublisher() { shutdown(); }

void VersionPublisher::shutdown()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void VersionPublisher::failInterrupted(Storage &storage)
{
    for (VersionRecord v : storage.versions().creating()) {
        const auto dataset = storage.datasets().findById(v.datasetId);
        if (dataset)
            QDir(QDir(m_dataDir).filePath(versionpaths::versionDir(*dataset, v.name))).removeRecursively();
        v.state.insert(QStringLiteral("status"), int(versionstatus::Error));
        v.state.insert(QStringLiteral("message"), QStringLiteral("The service stopped while the version was published; nothing was kept."));
        v.state.insert(QStringLiteral("update_time"), m_options.nowMs());
        versionpaths::dropPaths(v.state);
        storage.versions().update(v.id, versionstatus::Error, v.state);
        qCInfo(lcServer) << "version" << v.id << "was interrupted by a restart: marked in error";
    }
}

QString VersionPublisher::defaultName(const Storage &storage, const DatasetRecord &dataset) const
{
    for (qint64 n = storage.versions().count(dataset.id) + 1;; ++n) {
        const QString name = QStringLiteral("V%1").arg(n, 3, 10, QLatin1Char('0'));
        if (!storage.versions().nameTaken(dataset.id, name))
            return name;
    }
}

std::optional<Refusal> VersionPublisher::refusal(const Storage &storage, const DatasetRecord &dataset, const PublishRequest &request) const
{
    if (storage.versions().publishing(dataset.id))
        return Refusal{ 400, errorcode::DatasetPublishing, QStringLiteral("Dataset is publishing, the operation is forbidden") };
    if (!storage.tasks().activeTaskIds(dataset.id).isEmpty()) {
        return Refusal{ 400, errorcode::TaskExists,
                        QStringLiteral("An auto-labeling task is running on the dataset; publish when it has ended") };
    }
    const qint64 last = storage.versions().lastCreateTimeMs(dataset.id);
    if (m_options.minIntervalMs > 0 && last > 0 && m_options.nowMs() - last < m_options.minIntervalMs) {
        return Refusal{ 400, errorcode::VersionTooSoon,
                        QStringLiteral("One dataset version can be released in a minute, please try again later") };
    }
    if (!request.name.isEmpty() && storage.versions().nameTaken(dataset.id, request.name))
        return Refusal{ 400, errorcode::VersionExists, QStringLiteral("Dataset version already exists") };
    if (request.trainRatio < 1 && storage.datasets().counts(dataset.id).labeled < 2) {
        return Refusal{ 400, errorcode::CannotSplit,
                        QStringLiteral("Publishing requires splitting but annotated samples do not satisfied for splitting rules") };
    }
    return std::nullopt;
}

std::variant<QString, Refusal> VersionPublisher::publish(Storage &storage, const DatasetRecord &dataset, const PublishRequest &request)
{
    QMutexLocker creating(&m_creating);
    if (auto why = refusal(storage, dataset, request))
        return *why;
    const qint64 now = m_options.nowMs();
    const QString id = ids::resourceId();
    const QString name = request.name.isEmpty() ? defaultName(storage, dataset) : request.name;
    const VersionRecord version{ id, dataset.id, name, versionstatus::Creating, now, initialState(dataset, id, name, request, now) };
    if (!storage.versions().insert(version))
        return Refusal{ 500, errorcode::SystemError, storage.lastError() };

    PublishJob::Input input{ m_dataDir, dataset, version, request, m_options.minStageMs, m_options.nowMs, m_cancel };
    QPointer<VersionPublisher> self(this);
    (void)QtConcurrent::run(&m_pool, [input = std::move(input), self]() mutable {
        background::yieldToInteractiveThreads(); // requests are answered first
        const QString versionId = input.version.id;
        const int status = PublishJob(std::move(input)).run();
        QMetaObject::invokeMethod(
                self.data(),
                [self, versionId, status] {
                    if (self)
                        emit self->finished(versionId, status);
                },
                Qt::QueuedConnection);
    });
    return id;
}
