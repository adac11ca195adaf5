#pragma once

#include "samples/SampleListModel.h"
#include "types/ModelArtsTypes.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <cstdint>

class LookAlikes;
class ModelArtsClient;

// The dataset's labeled samples as look-alikes (for "More like this" with them): listed through the samples
// API (so it works against real ModelArts too), at most maxSamples, and their vectors read from the
// dataset's cache or computed from their previews as the review's are (a LookAlikes over a model of their
// own, the same cache and so the same compact space). Started once the review's own vectors are known.
class LabeledSamples final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxSamples = 20000;
    explicit LabeledSamples(QObject *parent = nullptr);
    ~LabeledSamples() override;
    Q_DISABLE_COPY_MOVE(LabeledSamples)

    void setSource(ModelArtsClient *client, const QString &datasetId, const QStringList &labels, const QString &cachePath,
                   const QSslConfiguration &ssl);
    // Lists and describes them (again after a failure or cancel; nothing when ready or running).
    void start();
    void cancel();
    bool isReady() const { return m_ready; }
    bool isRunning() const { return m_running; }
    const SampleListModel &model() const { return m_model; }
    // Their vectors (rows of model()).
    const LookAlikes *looks() const { return m_looks; }
    // Why the last listing failed, when the service or the network was the cause (else none).
    const ApiError &lastError() const { return m_lastError; }
    qint64 listedTotal() const { return m_listedTotal; } // labeled samples the service has (maybe more than listed)
    // The rows of model() nearest to `query` (a compact vector of the same space), nearest first.
    QList<int> nearest(const std::int8_t *query, int dims, int count) const;

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &error);

private:
    void listPage(int page);
    void describe();

    QPointer<ModelArtsClient> m_client;
    QString m_datasetId;
    QString m_cachePath;
    QSslConfiguration m_ssl;
    SampleListModel m_model;
    LookAlikes *m_looks;
    qint64 m_listedTotal = 0;
    ApiError m_lastError;
    bool m_running = false;
    bool m_ready = false;
    int m_generation = 0; // a cancel makes the answers of the listing before it stale
};
