#include "api/ModelArtsClient.h"

#include "api/DatasetListJob.h"
#include "json/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ModelArtsClient::ModelArtsClient(ApiTransport *transport, QUrl endpoint, QObject *parent)
    : QObject(parent)
    , m_connection(new ApiConnection(transport, std::move(endpoint), this))
{
    connect(m_connection, &ApiConnection::sessionExpired, this, &ModelArtsClient::sessionExpired);
}

namespace {
QString datasetPath(const QString &datasetId) { return ApiConnection::datasetPath(datasetId); }
HttpCall get(const QUrl &url) { return ApiConnection::get(url); }
} // namespace

void ModelArtsClient::listDatasets(const QString &search, QObject *context, Done<QList<Dataset>> done)
{
    auto *job = new DatasetListJob(m_connection, search, context ? context : this);
    connect(job, &DatasetListJob::finished, context ? context : this, std::move(done));
    job->start();
}

void ModelArtsClient::checkAccess(QObject *context, Done<bool> done)
{
    m_connection->send(get(url(QStringLiteral("datasets"),
                               { { QStringLiteral("offset"), QStringLiteral("0") }, { QStringLiteral("limit"), QStringLiteral("1") } })),
                       context, [done](const HttpReply &reply) {
                           if (reply.error.isError())
                               done(Result<bool>::failure(reply.error));
                           else
                               done(Result<bool>{ true, {} });
                       });
}

void ModelArtsClient::dataset(const QString &datasetId, QObject *context, Done<Dataset> done)
{
    fetch<Dataset>(get(url(datasetPath(datasetId))), context, std::move(done), &jsoncodec::decodeDataset);
}

void ModelArtsClient::stats(const QString &datasetId, QObject *context, Done<DatasetStats> done)
{
    fetch<DatasetStats>(get(url(datasetPath(datasetId) + QStringLiteral("/data-annotations/stats"))), context, std::move(done),
                        &jsoncodec::decodeStats);
}

void ModelArtsClient::samples(const QString &datasetId, const SampleQuery &query, QObject *context, Done<SamplePage> done)
{
    ApiConnection::Query q{ { QStringLiteral("offset"), QString::number(query.page) },
                            { QStringLiteral("limit"), QString::number(query.limit) } };
    if (!query.state.isEmpty())
        q.append({ QStringLiteral("sample_state"), query.state });
    if (!query.labelName.isEmpty())
        q.append({ QStringLiteral("label_name"), query.labelName });
    if (!query.attribute.isEmpty())
        q.append({ QStringLiteral("search_conditions"),
                   QString::fromUtf8(jsoncodec::encodeAttributeCondition(query.attribute, query.attributeValue)) });
    fetch<SamplePage>(get(url(datasetPath(datasetId) + QStringLiteral("/data-annotations/samples"), q)), context, std::move(done),
                      &jsoncodec::decodeSamplePage);
}

void ModelArtsClient::allSamples(const QString &datasetId, const QString &state, QObject *context, Done<QList<Sample>> done)
{
    const QString path = datasetPath(datasetId) + QStringLiteral("/data-annotations/samples");
    pagedSamples(
            [this, path, state](int page) {
                ApiConnection::Query q{ { QStringLiteral("offset"), QString::number(page) },
                                        { QStringLiteral("limit"), QString::number(pageLimit) } };
                if (!state.isEmpty())
                    q.append({ QStringLiteral("sample_state"), state });
                return url(path, q);
            },
            context, std::move(done), {});
}

void ModelArtsClient::createTask(const QString &datasetId, const TaskOptions &options, QObject *context, Done<QString> done)
{
    HttpCall c;
    c.method = "POST";
    c.url = url(datasetPath(datasetId) + QStringLiteral("/tasks"));
    c.body = jsoncodec::encodeCreateTask(options.accurate, options.collectHardExamples, options.confidenceScope);
    c.idempotent = false; // a retry could start a second task
    fetch<QString>(c, context, std::move(done), &jsoncodec::decodeCreateTask);
}

void ModelArtsClient::startGrouping(const QString &datasetId, int groups, const QString &property, QObject *context, Done<QString> done)
{
    HttpCall c;
    c.method = "POST";
    c.url = url(datasetPath(datasetId) + QStringLiteral("/tasks"));
    c.body = jsoncodec::encodeCreateGrouping(groups, property);
    c.idempotent = false; // a retry could start a second task
    fetch<QString>(c, context, std::move(done), &jsoncodec::decodeCreateTask);
}

void ModelArtsClient::attributes(const QString &datasetId, QObject *context, Done<QMap<QString, QStringList>> done)
{
    fetch<QMap<QString, QStringList>>(get(url(datasetPath(datasetId) + QStringLiteral("/data-annotations/search-condition"))), context,
                                      std::move(done), &jsoncodec::decodeSearchConditionMetadata);
}

void ModelArtsClient::task(const QString &datasetId, const QString &taskId, QObject *context, Done<TaskInfo> done)
{
    fetch<TaskInfo>(
            get(url(datasetPath(datasetId) + QStringLiteral("/tasks/") + QString::fromLatin1(QUrl::toPercentEncoding(taskId)))), context,
            [done, taskId](const Result<TaskInfo> &r) {
                if (!r.ok()) {
                    done(r);
                    return;
                }
                TaskInfo t = *r.value;
                if (t.taskId.isEmpty())
                    t.taskId = taskId; // the task info body does not repeat it
                done(Result<TaskInfo>{ t, {} });
            },
            &jsoncodec::decodeTaskInfo);
}

void ModelArtsClient::listTasks(const QString &datasetId, QObject *context, Done<QList<TaskInfo>> done)
{
    fetch<jsoncodec::TaskList>(
            get(url(datasetPath(datasetId) + QStringLiteral("/tasks"),
                    { { QStringLiteral("offset"), QStringLiteral("0") }, { QStringLiteral("limit"), QStringLiteral("100") } })),
            context,
            [done](const Result<jsoncodec::TaskList> &r) {
                if (!r.ok())
                    done(Result<QList<TaskInfo>>::failure(r.error));
                else
                    done(Result<QList<TaskInfo>>{ r.value->tasks, {} });
            },
            &jsoncodec::decodeTaskList);
}

void ModelArtsClient::stopTask(const QString &datasetId, const QString &taskId, QObject *context, Done<bool> done)
{
    HttpCall c;
    c.method = "POST";
    c.url = url(datasetPath(datasetId) + QStringLiteral("/tasks/") + QString::fromLatin1(QUrl::toPercentEncoding(taskId))
                + QStringLiteral("/stop"));
    c.body = QByteArrayLiteral("{}");
    c.idempotent = true; // stopping twice stops once
    m_connection->send(c, context, [done](const HttpReply &reply) {
        if (reply.error.isError())
            done(Result<bool>::failure(reply.error));
        else
            done(Result<bool>{ true, {} });
    });
}

void ModelArtsClient::deleteSamples(const QString &datasetId, const QStringList &sampleIds, bool deleteSource, QObject *context,
                                    Done<BatchUpdateResult> done)
{
    HttpCall c;
    c.method = "POST";
    c.url = url(datasetPath(datasetId) + QStringLiteral("/data-annotations/samples/delete"));
    QJsonObject body{ { QStringLiteral("samples"), QJsonArray::fromStringList(sampleIds) } };
    if (deleteSource)
        body.insert(QStringLiteral("delete_source"), true);
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    c.idempotent = true; // a sample deleted twice is deleted once
    QList<SampleUpdate> sent;
    for (const QString &id : sampleIds)
        sent.append(SampleUpdate{ id, {}, {} });
    m_connection->send(c, context, [done, sent](const HttpReply &reply) {
        if (reply.error.isError()) {
            done(Result<BatchUpdateResult>::failure(reply.error));
            return;
        }
        const auto decoded = jsoncodec::decodeBatchUpdate(reply.body, sent); // the same answer as UpdateSamples'
        if (!decoded.ok()) {
            ApiError e;
            e.kind = ApiError::Kind::Decode;
            e.httpStatus = reply.status;
            e.message = decoded.error;
            done(Result<BatchUpdateResult>::failure(e));
            return;
        }
        done(Result<BatchUpdateResult>{ *decoded.value, {} });
    });
}

namespace {
ApiConnection::Query autoQueryItems(const ModelArtsClient::AutoQuery &query, int page)
{
    ApiConnection::Query q{ { QStringLiteral("offset"), QString::number(page) },
                            { QStringLiteral("limit"), QString::number(query.limit) },
                            { QStringLiteral("order"), query.ascending ? QStringLiteral("asc") : QStringLiteral("desc") } };
    if (query.lowScore > 0)
        q.append({ QStringLiteral("low_score"), QString::number(query.lowScore) });
    if (query.highScore < 1)
        q.append({ QStringLiteral("high_score"), QString::number(query.highScore) });
    if (!query.labelName.isEmpty())
        q.append({ QStringLiteral("label_name"), query.labelName });
    if (query.hard) {
        const QJsonArray conditions{ QJsonObject{ { QStringLiteral("hard"), *query.hard ? QStringLiteral("1") : QStringLiteral("0") } } };
        q.append({ QStringLiteral("search_conditions"), QString::fromUtf8(QJsonDocument(conditions).toJson(QJsonDocument::Compact)) });
    }
    return q;
}
} // namespace

void ModelArtsClient::autoAnnotations(const QString &datasetId, const AutoQuery &query, QObject *context, Done<SamplePage> done)
{
    fetch<SamplePage>(get(url(datasetPath(datasetId) + QStringLiteral("/auto-annotations/samples"), autoQueryItems(query, query.page))),
                      context, std::move(done), &jsoncodec::decodeSamplePage);
}

std::function<QUrl(int)> ModelArtsClient::autoAnnotationPages(const QString &datasetId, const AutoQuery &query) const
{
    const QString path = datasetPath(datasetId) + QStringLiteral("/auto-annotations/samples");
    AutoQuery q = query;
    q.limit = pageLimit;
    return [this, path, q](int page) { return url(path, autoQueryItems(q, page)); };
}

void ModelArtsClient::allAutoAnnotations(const QString &datasetId, const AutoQuery &query, QObject *context, Done<QList<Sample>> done,
                                         std::function<void(const QList<Sample> &, qint64)> pageArrived)
{
    pagedSamples(autoAnnotationPages(datasetId, query), context, std::move(done), std::move(pageArrived));
}

void ModelArtsClient::streamAutoAnnotations(const QString &datasetId, const AutoQuery &query, QObject *context,
                                            std::function<void(const QList<Sample> &, qint64)> pageArrived, Done<QList<Sample>> done)
{
    pagedSamples(autoAnnotationPages(datasetId, query), context, std::move(done), std::move(pageArrived), false);
}

void ModelArtsClient::pagedSamples(const std::function<QUrl(int)> &pageUrl, QObject *context, Done<QList<Sample>> done,
                                   std::function<void(const QList<Sample> &, qint64)> pageArrived, bool keepPages)
{
    startPaged(pageUrl, context, std::move(done), std::move(pageArrived), keepPages)->start();
}

PagedSamplesJob *ModelArtsClient::startPaged(const std::function<QUrl(int)> &pageUrl, QObject *context, Done<QList<Sample>> done,
                                             std::function<void(const QList<Sample> &, qint64)> pageArrived, bool keepPages,
                                             PagedSamplesJob::Prepare prepare)
{
    QObject *receiver = context ? context : this;
    auto *job = new PagedSamplesJob(m_connection, pageUrl, keepPages, receiver);
    job->setPrepare(std::move(prepare));
    if (pageArrived)
        connect(job, &PagedSamplesJob::pageArrived, receiver, std::move(pageArrived));
    connect(job, &PagedSamplesJob::finished, receiver, std::move(done));
    return job;
}

BatchUpdateJob *ModelArtsClient::batchUpdate(const QString &datasetId, const QList<SampleUpdate> &updates, QObject *context,
                                             Done<BatchUpdateResult> done, std::function<void(qint64, qint64)> progress)
{
    QObject *receiver = context ? context : this;
    auto *job =
            new BatchUpdateJob(m_connection, url(datasetPath(datasetId) + QStringLiteral("/data-annotations/samples")), updates, receiver);
    if (progress)
        connect(job, &BatchUpdateJob::progress, receiver, std::move(progress));
    connect(job, &BatchUpdateJob::finished, receiver, std::move(done));
    job->start();
    return job;
}

void ModelArtsClient::publishVersion(const QString &datasetId, const PublishRequestOptions &options, QObject *context, Done<QString> done)
{
    HttpCall c;
    c.method = "POST";
    c.url = url(datasetPath(datasetId) + QStringLiteral("/versions"));
    c.body = jsoncodec::encodePublish(options);
    c.idempotent = false; // a retry could publish twice
    fetch<QString>(c, context, std::move(done), &jsoncodec::decodeCreateVersion);
}

void ModelArtsClient::version(const QString &datasetId, const QString &versionId, QObject *context, Done<DatasetVersion> done)
{
    fetch<DatasetVersion>(
            get(url(datasetPath(datasetId) + QStringLiteral("/versions/") + QString::fromLatin1(QUrl::toPercentEncoding(versionId)))),
            context, std::move(done), &jsoncodec::decodeVersion);
}

void ModelArtsClient::versions(const QString &datasetId, QObject *context, Done<QList<DatasetVersion>> done)
{
    // One page holds them all (limit 1..1000, default 1000); no offset, whose unit the sources disagree on.
    fetch<jsoncodec::VersionList>(
            get(url(datasetPath(datasetId) + QStringLiteral("/versions"), { { QStringLiteral("limit"), QStringLiteral("1000") } })),
            context,
            [done](const Result<jsoncodec::VersionList> &r) {
                done(r.ok() ? Result<QList<DatasetVersion>>{ r.value->versions, {} } : Result<QList<DatasetVersion>>::failure(r.error));
            },
            &jsoncodec::decodeVersionList);
}

void ModelArtsClient::createExport(const QString &datasetId, const QString &path, ExportSelection selection, int format, QObject *context,
                                   Done<QString> done)
{
    HttpCall c;
    c.method = "POST";
    c.url = url(datasetPath(datasetId) + QStringLiteral("/export-tasks"));
    c.body = jsoncodec::encodeExport(path, selection, format);
    c.idempotent = false;
    fetch<QString>(c, context, std::move(done), &jsoncodec::decodeCreateExport);
}

void ModelArtsClient::exportTask(const QString &datasetId, const QString &taskId, QObject *context, Done<ExportTask> done)
{
    fetch<ExportTask>(
            get(url(datasetPath(datasetId) + QStringLiteral("/export-tasks/") + QString::fromLatin1(QUrl::toPercentEncoding(taskId)))),
            context, std::move(done), &jsoncodec::decodeExportTask);
}
