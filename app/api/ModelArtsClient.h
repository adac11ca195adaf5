#pragma once

#include "JsonCodec.h"
#include "ModelArtsTypes.h"
#include "VersionCodec.h"
#include "api/AkSkSigner.h"
#include "api/ApiTransport.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class IamAuthenticator;

template<typename T>
struct Result
{
    std::optional<T> value;
    ApiError error;

    bool ok() const { return value.has_value(); }
    static Result failure(const ApiError &e) { return Result{ std::nullopt, e }; }
};

// Every call of the auto-labeling workflow against ModelArts (or modelarts-local), with a token from an
// IamAuthenticator or an AK/SK signature. Results arrive through callbacks on the caller's thread, once,
// unless the context object is gone. A 401 makes it renew the token once and try again.
class ModelArtsClient final : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Done = std::function<void(const Result<T> &)>;

    ModelArtsClient(ApiTransport *transport, QUrl endpoint, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ModelArtsClient)

    void useToken(IamAuthenticator *authenticator);
    void useAkSk(const AkSkSigner &signer, const QString &projectId);
    QString projectId() const;
    QUrl endpoint() const { return m_endpoint; }

    struct SampleQuery
    {
        QString state; // "", __ALL__, __NONE__, __AUTO_ANNOTATION__, ...
        QString labelName;
        int page = 0;
        int limit = 100;
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
    struct TaskOptions
    {
        bool accurate = false;
        bool collectHardExamples = true;
        QString confidenceScope; // empty: the service's default
    };

    static constexpr int pageLimit = 100;
    static constexpr int batchLimit = 100;
    static constexpr int parallelPages = 8; // listing pages in flight: the service is never left waiting
    static constexpr int parallelChunks = 3;

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
    // Sends the updates in chunks of 100, a few at a time; merges the per-sample outcomes in request
    // order. A chunk that fails as a whole marks its samples failed with that error; the others still
    // go. Setting *cancel sends no further chunk: the samples not sent get the error code "Cancelled".
    void batchUpdate(const QString &datasetId, const QList<SampleUpdate> &updates, QObject *context, Done<BatchUpdateResult> done,
                     std::function<void(qint64 sent, qint64 total)> progress = {}, std::shared_ptr<const bool> cancel = {});
    static inline const QString cancelledCode = QStringLiteral("Cancelled");

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

public:
    // The steps of the multi-request jobs (DatasetListJob, PagedSamplesJob, BatchUpdateJob).
    // Sends with credentials; renews the token and tries once more on a 401.
    void send(const HttpCall &call, QObject *context, std::function<void(const HttpReply &)> done, bool retriedAuth = false);
    // One page of the dataset list.
    void fetchDatasetPage(int page, const QString &search, QObject *context, Done<jsoncodec::DatasetList> done);
    // One page of samples, parsed off the GUI thread.
    void fetchSamplePage(const QUrl &pageUrl, QObject *context, Done<SamplePage> done);

private:
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    template<typename T, typename Decode>
    void fetch(const HttpCall &call, QObject *context, Done<T> done, Decode decode);
    template<typename T, typename Decode>
    void fetchDecodedOffThread(const HttpCall &call, QObject *context, Done<T> done, Decode decode);
    // `done` with the decoded value, or with a Decode error naming the path.
    template<typename T, typename Decoded>
    static void deliver(const Done<T> &done, const Decoded &decoded, const QString &path, int status, const QByteArray &requestId);
    std::function<QUrl(int page)> autoAnnotationPages(const QString &datasetId, const AutoQuery &query) const;
    void pagedSamples(const std::function<QUrl(int page)> &pageUrl, QObject *context, Done<QList<Sample>> done,
                      std::function<void(const QList<Sample> &, qint64)> pageArrived, bool keepPages = true);
    static QString datasetPath(const QString &datasetId);

    ApiTransport *m_transport;
    QUrl m_endpoint;
    QPointer<IamAuthenticator> m_authenticator;
    AkSkSigner m_signer;
    QString m_akSkProjectId;
};
