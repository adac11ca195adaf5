#pragma once

#include "api/ApiConnection.h"
#include "api/BatchUpdateJob.h"
#include "api/PagedSamplesJob.h"
#include "api/Result.h"
#include "types/ModelArtsTypes.h"
#include "json/JsonCodec.h"
#include "json/VersionCodec.h"

#include <QObject>

#include <functional>
#include <optional>

class IamAuthenticator;

// Every call of the auto-labeling workflow against ModelArts (or modelarts-local): a facade over one
// ApiConnection (credentials, URLs, renewal on a 401) and the jobs for the calls that take many requests.
// Results arrive through callbacks on the caller's thread, once, unless the context object is gone.
class ModelArtsClient final : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Done = ::Done<T>;
    using TaskOptions = AutoLabelOptions;

    ModelArtsClient(ApiTransport *transport, QUrl endpoint, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ModelArtsClient)

    void useToken(IamAuthenticator *authenticator) { m_connection->useToken(authenticator); }
    void useAkSk(const AkSkSigner &signer, const QString &projectId) { m_connection->useAkSk(signer, projectId); }
    QString projectId() const { return m_connection->projectId(); }
    QUrl endpoint() const { return m_connection->endpoint(); }
    // For a call none of the methods below makes (an image by its presigned URL).
    ApiConnection *connection() const { return m_connection; }

    struct SampleQuery
    {
        QString state; // "", __ALL__, __NONE__, __AUTO_ANNOTATION__, ...
        QString labelName;
        int page = 0;
        int limit = 100;
        QString attribute; // with attributeValue: the samples whose attribute is that value (a group)
        QString attributeValue;
    };
    struct AutoQuery
    {
        double lowScore = 0;
        double highScore = 1;
        QString labelName;
        bool ascending = true; // doubtful first
        std::optional<bool> hard;
        int page = 0;
        int limit = 100;
    };

    static constexpr int pageLimit = ApiConnection::pageLimit;
    static constexpr int batchLimit = BatchUpdateJob::batchLimit;
    static constexpr int parallelPages = PagedSamplesJob::parallelPages;
    static constexpr int parallelChunks = BatchUpdateJob::parallelChunks;

    void listDatasets(const QString &search, QObject *context, Done<QList<Dataset>> done); // every page
    // One small authenticated call: are these credentials (and this clock) accepted?
    void checkAccess(QObject *context, Done<bool> done);
    void dataset(const QString &datasetId, QObject *context, Done<Dataset> done);
    void stats(const QString &datasetId, QObject *context, Done<DatasetStats> done);
    void samples(const QString &datasetId, const SampleQuery &query, QObject *context, Done<SamplePage> done);
    // Every sample in `state`, pages fetched a few at a time, delivered in order.
    void allSamples(const QString &datasetId, const QString &state, QObject *context, Done<QList<Sample>> done);
    void createTask(const QString &datasetId, const TaskOptions &options, QObject *context, Done<QString> done);
    void task(const QString &datasetId, const QString &taskId, QObject *context, Done<TaskInfo> done);
    // An auto-grouping task (modelarts-api-grouping.md): `groups` groups, their numbers in the attribute
    // `property`, followed with task(); a group's samples: samples() with SampleQuery::attribute.
    void startGrouping(const QString &datasetId, int groups, const QString &property, QObject *context, Done<QString> done);
    // The samples' user attributes and their values (search-condition): where a grouping's numbers are.
    void attributes(const QString &datasetId, QObject *context, Done<QMap<QString, QStringList>> done);
    void listTasks(const QString &datasetId, QObject *context, Done<QList<TaskInfo>> done);
    void stopTask(const QString &datasetId, const QString &taskId, QObject *context, Done<bool> done);
    void autoAnnotations(const QString &datasetId, const AutoQuery &query, QObject *context, Done<SamplePage> done);
    // Every auto-labeled sample matching `query` (its page and limit ignored), a few pages at a time,
    // delivered in order. `pageArrived` (optional) sees each page as soon as it and those before it are in.
    void allAutoAnnotations(const QString &datasetId, const AutoQuery &query, QObject *context, Done<QList<Sample>> done,
                            std::function<void(const QList<Sample> &page, qint64 total)> pageArrived = {});
    // Like allAutoAnnotations, but keeps nothing: each page goes to `pageArrived` (in order) and is
    // dropped; `done` gets an empty list, or the error that ended the listing.
    void streamAutoAnnotations(const QString &datasetId, const AutoQuery &query, QObject *context,
                               std::function<void(const QList<Sample> &page, qint64 total)> pageArrived, Done<QList<Sample>> done);
    // The same, each page made into what `prepare` returns on the pool, in the step that decodes it; what
    // it made goes to `pageArrived`, in order.
    template<typename Prepared>
    void streamPreparedAutoAnnotations(const QString &datasetId, const AutoQuery &query, QObject *context,
                                       std::function<Prepared(const QList<Sample> &page)> prepare,
                                       std::function<void(const Prepared &page, qint64 total)> pageArrived, Done<QList<Sample>> done)
    {
        PagedSamplesJob *job = startPaged(autoAnnotationPages(datasetId, query), context, std::move(done), {}, false,
                                          [prepare](const QList<Sample> &page) { return std::any(prepare(page)); });
        connect(job, &PagedSamplesJob::preparedArrived, context ? context : this,
                [pageArrived](const std::any &page, qint64 total) { pageArrived(std::any_cast<const Prepared &>(page), total); });
        job->start();
    }
    // Sends the updates in chunks of 500 (100 after a larger one is refused), a few at a time; merges the
    // per-sample outcomes in request order (BatchUpdateJob). The job is returned, running, to be held in a
    // QPointer: its cancel() sends no further chunk, and the samples not sent get the error code
    // cancelledCode.
    BatchUpdateJob *batchUpdate(const QString &datasetId, const QList<SampleUpdate> &updates, QObject *context,
                                Done<BatchUpdateResult> done, std::function<void(qint64 sent, qint64 total)> progress = {});
    static inline const QString cancelledCode = BatchUpdateJob::cancelledCode;
    // DeleteSamples (modelarts-api.md 5.9): the samples leave the dataset; with `deleteSource` their image
    // files go too. One outcome a sample, in order (an unknown id is refused, the others still go).
    void deleteSamples(const QString &datasetId, const QStringList &sampleIds, bool deleteSource, QObject *context,
                       Done<BatchUpdateResult> done);

    // After confirmation (modelarts-api-versions.md): publish a version (its id; it is written
    // asynchronously: poll version() until it is no longer creating), the dataset's versions (newest
    // first), export tasks.
    void publishVersion(const QString &datasetId, const PublishRequestOptions &options, QObject *context, Done<QString> done);
    void version(const QString &datasetId, const QString &versionId, QObject *context, Done<DatasetVersion> done);
    void versions(const QString &datasetId, QObject *context, Done<QList<DatasetVersion>> done);
    void createExport(const QString &datasetId, const QString &path, ExportSelection selection, int format, QObject *context,
                      Done<QString> done);
    void exportTask(const QString &datasetId, const QString &taskId, QObject *context, Done<ExportTask> done);

signals:
    // The token was refused and could not be renewed: the user must log in again.
    void sessionExpired(const ApiError &error);

private:
    QUrl url(const QString &path, const ApiConnection::Query &query = {}) const { return m_connection->url(path, query); }
    template<typename T, typename Decode>
    void fetch(const HttpCall &call, QObject *context, Done<T> done, Decode decode)
    {
        m_connection->fetch<T>(call, context, std::move(done), decode);
    }
    std::function<QUrl(int page)> autoAnnotationPages(const QString &datasetId, const AutoQuery &query) const;
    void pagedSamples(const std::function<QUrl(int page)> &pageUrl, QObject *context, Done<QList<Sample>> done,
                      std::function<void(const QList<Sample> &, qint64)> pageArrived, bool keepPages = true);
    // The job, connected, not started.
    PagedSamplesJob *startPaged(const std::function<QUrl(int page)> &pageUrl, QObject *context, Done<QList<Sample>> done,
                                std::function<void(const QList<Sample> &, qint64)> pageArrived, bool keepPages,
                                PagedSamplesJob::Prepare prepare = {});

    ApiConnection *m_connection;
};
