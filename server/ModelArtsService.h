#pragma once

#include "ApiTypes.h"
#include "Records.h"
#include "ServiceConfig.h"
#include "UrlSigner.h"

#include <QObject>
#include <QStringList>

#include <optional>

class Storage;
class TaskManager;

// The ModelArts-compatible API of modelarts-local: IAM tokens, the v2 dataset / annotation / task routes
// and the presigned image URLs. handle() maps one request to one response; it runs on the thread that
// owns the Storage (the HTTP server's), and never throws: every failure becomes an error body.
class ModelArtsService final : public QObject
{
    Q_OBJECT
public:
    ModelArtsService(Storage &storage, ServiceConfig config, QObject *parent = nullptr);
    ~ModelArtsService() override;
    Q_DISABLE_COPY_MOVE(ModelArtsService)

    ApiResponse handle(const ApiRequest &request);

    void setPublicUrl(const QUrl &url);
    void setTaskManager(TaskManager *tasks) { m_tasks = tasks; }
    const ServiceConfig &config() const { return m_config; }

private:
    struct Caller
    {
        QString userId;
        QString projectId;
        QString annotatedBy; // "human/<domain>/<user>"
    };
    struct Route;

    ApiResponse dispatch(const ApiRequest &request, const QStringList &segments);
    ApiResponse createToken(const ApiRequest &request);
    // The caller of a /v2 request from its token or AK/SK signature, or the 401 to answer with.
    std::optional<Caller> authenticate(const ApiRequest &request, ApiResponse *failure);
    ApiResponse serveImage(const ApiRequest &request, const QStringList &segments);

    ApiResponse listDatasets(const Caller &caller, const ApiRequest &request);
    ApiResponse describeDataset(const DatasetRecord &dataset);
    ApiResponse listLabels(const DatasetRecord &dataset);
    ApiResponse datasetStats(const DatasetRecord &dataset);
    ApiResponse listSamples(const DatasetRecord &dataset, const ApiRequest &request);
    ApiResponse describeSample(const DatasetRecord &dataset, const QString &sampleId);
    ApiResponse updateSamples(const Caller &caller, const DatasetRecord &dataset, const ApiRequest &request);
    ApiResponse listAutoAnnotations(const DatasetRecord &dataset, const ApiRequest &request);
    ApiResponse describeAutoAnnotation(const DatasetRecord &dataset, const QString &sampleId);

    QJsonObject datasetJson(const DatasetRecord &dataset) const;
    // `labels`: the dataset's labels when the caller has them (a page of samples asks once, not per sample).
    QJsonObject sampleJson(const SampleRecord &sample, bool asAutoAnnotation, const QList<LabelRecord> *labels = nullptr) const;
    qint64 nowSeconds() const { return m_config.nowMs() / 1000; }

    Storage &m_storage;
    QString m_canonicalRoot; // the data directory, resolved once
    ServiceConfig m_config;
    UrlSigner m_signer;
    TaskManager *m_tasks = nullptr;
};

// Error bodies of the service, as ModelArts and its API gateway write them.
namespace apierror {
ApiResponse modelArts(int status, const QString &code, const QString &message);
ApiResponse parameter(const QString &message); // 400 ModelArts.0104
ApiResponse gateway(int status, const QString &code, const QString &message);
} // namespace apierror
