#include "api/ModelArtsClient.h"

#include "AppLog.h"
#include "JsonCodec.h"
#include "OffThread.h"
#include "api/BatchUpdateJob.h"
#include "api/DatasetListJob.h"
#include "api/IamAuthenticator.h"
#include "api/PagedSamplesJob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

ModelArtsClient::ModelArtsClient(ApiTransport *transport, QUrl endpoint, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(std::move(endpoint))
{
    m_transport->addTrustedOrigin(m_endpoint);
}

void ModelArtsClient::useToken(IamAuthenticator *authenticator)
{
    m_authenticator = authenticator;
    m_signer = {};
}

void ModelArtsClient::useAkSk(const AkSkSigner &signer, const QString &projectId)
{
    m_authenticator = nullptr;
    m_signer = signer;
    m_akSkProjectId = projectId;
}

QString ModelArtsClient::projectId() const { return m_authenticator ? m_authenticator->projectId() : m_akSkProjectId; }

QString ModelArtsClient::datasetPath(const QString &datasetId)
{
    return QStringLiteral("datasets/") + QString::fromLatin1(QUrl::toPercentEncoding(datasetId));
}

QUrl ModelArtsClient::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = m_endpoint;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + QStringLiteral("/v2/") + QString::fromLatin1(QUrl::toPercentEncoding(projectId())) + QLatin1Char('/') + path,
              QUrl::StrictMode);
    QByteArray q;
    for (const auto &[key, value] : query) {
        if (!q.isEmpty())
            q += '&';
        q += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    u.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return u;
}

void ModelArtsClient::send(const HttpCall &httpCall, QObject *context, std::function<void(const HttpReply &)> done, bool retriedAuth)
{
    if (!m_signer.isNull()) {
        const AkSkSigner signer = m_signer;
        const QString project = m_akSkProjectId;
        auto authorizer = [signer, project](QNetworkRequest &request, const QByteArray &method, const QByteArray &body) {
            AkSkSigner::Headers headers{ { QByteArrayLiteral("X-Project-Id"), project.toLatin1() } };
            if (!body.isEmpty())
                headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
            for (const auto &[name, value] : headers)
                request.setRawHeader(name, value);
            for (const auto &[name, value] : signer.sign(method, request.url(), headers, body, QDateTime::currentDateTimeUtc()))
                request.setRawHeader(name, value);
        };
        m_transport->send(httpCall, authorizer, context, std::move(done));
        return;
    }
    if (!m_authenticator) {
        HttpReply reply;
        reply.error.kind = ApiError::Kind::Auth;
        reply.error.message = tr("No credentials: log in first.");
        done(reply);
        return;
    }
    QPointer<QObject> guard(context);
    m_authenticator->withFreshToken(this, [this, httpCall, guard, context, done, retriedAuth](const ApiError &error) {
        if (context && !guard)
            return;
        if (error.isError()) {
            HttpReply reply;
            reply.error = error;
            done(reply);
            return;
        }
        m_transport->send(httpCall, m_authenticator->authorizer(), context,
                          [this, httpCall, context, done, retriedAuth](const HttpReply &reply) {
                              if (reply.error.kind == ApiError::Kind::Auth && m_authenticator) {
                                  if (!retriedAuth) {
                                      m_authenticator->invalidate();
                                      send(httpCall, context, done, true);
                                      return;
                                  }
                                  emit sessionExpired(reply.error);
                              }
                              done(reply);
                          });
    });
}

template<typename T, typename Decoded>
void ModelArtsClient::deliver(const Done<T> &done, const Decoded &decoded, const QString &path, int status, const QByteArray &requestId)
{
    if (!decoded.ok()) {
        ApiError e;
        e.kind = ApiError::Kind::Decode;
        e.httpStatus = status;
        e.requestId = QString::fromLatin1(requestId);
        e.message = tr("The answer to %1 is not what the API documents: %2").arg(path, decoded.error);
        done(Result<T>::failure(e));
        return;
    }
    done(Result<T>{ *decoded.value, {} });
}

template<typename T, typename Decode>
void ModelArtsClient::fetch(const HttpCall &httpCall, QObject *context, Done<T> done, Decode decode)
{
    const QString path = httpCall.url.path();
    send(httpCall, context, [done, decode, path](const HttpReply &reply) {
        if (reply.error.isError())
            done(Result<T>::failure(reply.error));
        else
            deliver(done, decode(reply.body), path, reply.status, reply.header("X-Request-Id"));
    });
}

template<typename T, typename Decode>
void ModelArtsClient::fetchDecodedOffThread(const HttpCall &httpCall, QObject *context, Done<T> done, Decode decode)
{
    // Pages of samples are big: parsing them on a pool thread keeps the GUI thread free while a list of
    // 100,000 streams in, and lets parsing overlap the next request.
    const QString path = httpCall.url.path();
    QPointer<QObject> guard(context);
    QPointer<ModelArtsClient> self(this);
    send(httpCall, context, [self, guard, done, decode, path](const HttpReply &reply) {
        if (reply.error.isError()) {
            done(Result<T>::failure(reply.error));
            return;
        }
        if (!self)
            return;
        offthread::run(
                self.data(), [body = reply.body, decode] { return decode(body); },
                [guard, done, path, status = reply.status, requestId = reply.header("X-Request-Id")](const auto &decoded) {
                    if (guard)
                        deliver(done, decoded, path, status, requestId);
                });
    });
}

namespace {
HttpCall get(const QUrl &url)
{
    HttpCall c;
    c.url = url;
    return c;
}
} // namespace

void ModelArtsClient::fetchDatasetPage(int page, const QString &search, QObject *context, Done<jsoncodec::DatasetList> done)
{
    QList<QPair<QString, QString>> query{ { QStringLiteral("offset"), QString::number(page) },
                                          { QStringLiteral("limit"), QString::number(pageLimit) } };
    if (!search.isEmpty())
        query.append({ QStringLiteral("search_content"), search });
    fetch<jsoncodec::DatasetList>(get(url(QStringLiteral("datasets"), query)), context, std::move(done), &jsoncodec::decodeDatasetList);
}

void ModelArtsClient::fetchSamplePage(const QUrl &pageUrl, QObject *context, Done<SamplePage> done)
{
    fetchDecodedOffThread<SamplePage>(get(pageUrl), context, std::move(done), &jsoncodec::decodeSamplePage);
}

void ModelArtsClient::listDatasets(const QString &search, QObject *context, Done<QList<Dataset>> done)
{
    auto *job = new DatasetListJob(this, search, context ? context : this);
    connect(job, &DatasetListJob::finished, context ? context : this, std::move(done));
    job->start();
}

void ModelArtsClient::checkAccess(QObject *context, Done<bool> done)
{
    send(get(url(QStringLiteral("datasets"),
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
    QList<QPair<QString, QString>> q{ { QStringLiteral("offset"), QString::number(query.page) },
                                      { QStringLiteral("limit"), QString::number(query.limit) } };
    if (!query.state.isEmpty())
        q.append({ QStringLiteral("sample_state"), query.state });
    if (!query.labelName.isEmpty())
        q.append({ QStringLiteral("label_name"), query.labelName });
    fetch<SamplePage>(get(url(datasetPath(datasetId) + QStringLiteral("/data-annotations/samples"), q)), context, std::move(done),
                      &jsoncodec::decodeSamplePage);
}

void ModelArtsClient::allSamples(const QString &datasetId, const QString &state, QObject *context, Done<QList<Sample>> done)
{
    const QString path = datasetPath(datasetId) + QStringLiteral("/data-annotations/samples");
    pagedSamples(
            [this, path, state](int page) {
                QList<QPair<QString, QString>> q{ { QStringLiteral("offset"), QString::number(page) },
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
    send(c, context, [done](const HttpReply &reply) {
        if (reply.error.isError())
            done(Result<bool>::failure(reply.error));
        else
            done(Result<bool>{ true, {} });
    });
}

namespace {
QList<QPair<QString, QString>> autoQueryItems(const ModelArtsClient::AutoQuery &query, int page)
{
    QList<QPair<QString, QString>> q{ { QStringLiteral("offset"), QString::number(page) },
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
    QObject *receiver = context ? context : this;
    auto *job = new PagedSamplesJob(this, pageUrl, keepPages, receiver);
    if (pageArrived)
        connect(job, &PagedSamplesJob::pageArrived, receiver, std::move(pageArrived));
    connect(job, &PagedSamplesJob::finished, receiver, std::move(done));
    job->start();
}

void ModelArtsClient::batchUpdate(const QString &datasetId, const QList<SampleUpdate> &updates, QObject *context,
                                  Done<BatchUpdateResult> done, std::function<void(qint64, qint64)> progress,
                                  std::shared_ptr<const bool> cancel)
{
    QObject *receiver = context ? context : this;
    auto *job = new BatchUpdateJob(this, url(datasetPath(datasetId) + QStringLiteral("/data-annotations/samples")), updates,
                                   std::move(cancel), receiver);
    if (progress)
        connect(job, &BatchUpdateJob::progress, receiver, std::move(progress));
    connect(job, &BatchUpdateJob::finished, receiver, std::move(done));
    job->start();
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
