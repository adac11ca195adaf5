#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class FeatureJob;
class ModelArtsClient;
class SampleListModel;
struct ApiError;

// A group of look-alike samples, as the group view heads it.
struct LookAlikeGroup
{
    int number = 0; // the clustering's (0: the largest)
    QList<int> rows; // source rows, nearest to the group's middle first is not promised: the grid sorts them
    int majorityLabel = -1; // the machine's most frequent label among them
    int majorityCount = 0;
    int decided = 0; // decided, refused or confirmed
    double majorityShare() const { return rows.isEmpty() ? 0.0 : double(majorityCount) / double(rows.size()); }
};

// What the review knows of how its samples look: a compact vector per sample (the engine's features of its
// preview; FeatureJob computes or reads them in the background), the samples most like one, and the
// samples of a filter clustered into groups (off the GUI thread). 64 bytes a sample.
class LookAlikes final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(LookAlikes)
    explicit LookAlikes(const SampleListModel *model, QObject *parent = nullptr);
    ~LookAlikes() override;

    // Where the dataset's vectors are cached (featurecache::pathFor), and how previews are fetched.
    void setCachePath(const QString &path) { m_cachePath = path; }
    QString cachePath() const { return m_cachePath; }
    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    // Where the service's own groups come from (ModelArts' auto grouping, in a sample attribute).
    void setService(ModelArtsClient *client, const QString &datasetId);

    // Reads or computes the vectors of every sample of the model (after it has loaded). Again after a
    // cancel: what is already known is kept, the rest computed.
    void start();
    void cancel();
    // Forgets every vector (the model's rows are listed again); a running computation is cancelled.
    void reset();
    bool isComputing() const;
    qint64 known() const { return m_known; } // samples with a vector
    qint64 total() const { return m_total; }
    int unreadable() const { return m_unreadable; }
    bool hasVector(int row) const { return row >= 0 && size_t(row) < m_has.size() && m_has[size_t(row)]; }
    qint64 memoryBytes() const { return qint64(m_vectors.capacity() + m_has.capacity()); }

    // The source rows most like `row`, nearest first (`row` itself first), at most `count`. Empty when
    // `row` has no vector.
    QList<int> nearest(int row, int count) const;
    // A sample's vector (dims() bytes), or null when it has none.
    const std::int8_t *vectorOf(int row) const { return hasVector(row) ? m_vectors.data() + size_t(row) * size_t(m_dims) : nullptr; }
    int dims() const { return m_dims; }
    // The rows nearest to a vector of the same space (dims() bytes), nearest first.
    QList<int> nearestTo(const std::int8_t *query, int count) const;

    // `rows` (those with a vector) in `groups` groups, least consistent first (the machine's labels
    // most mixed), ties larger first; `done` runs on this object's thread. The rows without a vector are
    // left out (unreadable()).
    void group(const QList<int> &rows, int groups, std::function<void(const QList<LookAlikeGroup> &)> done);
    // The attributes the service grouped the dataset's samples by (auto grouping's), for the view's choice.
    void serviceGroupings(std::function<void(const QStringList &keys, const ApiError &error)> done);
    // `rows` as the service grouped them by `key`: a group per value, least consistent first (on the
    // cloud, ModelArts' groups come from better features than these).
    void serviceGroups(const QString &key, const QList<int> &rows,
                       std::function<void(const QList<LookAlikeGroup> &, const ApiError &error)> done);
    // Of `candidates`, those whose nearest look-alike among `like` and `unlike` together is one of `like`
    // (those without a vector are left out); computed off the GUI thread, `done` runs on this object's.
    // The confusion view's "relabel the undecided that look like these".
    void closerTo(const QList<int> &candidates, const QList<int> &like, const QList<int> &unlike,
                  std::function<void(const QList<int> &)> done);
    // The heads of groups again as decisions change (majority and decided counts from the model).
    static void summarise(const SampleListModel &model, QList<LookAlikeGroup> &groups);

signals:
    void progress(qint64 known, qint64 total);
    void finished(bool cancelled, const QString &error);

private:
    void take(const QList<int> &rows, const QByteArray &vectors, int dims);
    // Lists the samples of each of `values` in turn, then hands on the groups.
    struct ServiceListing;
    void listServiceGroup(std::shared_ptr<ServiceListing> listing);
    static void sortLeastConsistentFirst(QList<LookAlikeGroup> &groups);

    const SampleListModel *m_model;
    QPointer<ModelArtsClient> m_client;
    QString m_datasetId;
    QString m_cachePath;
    QSslConfiguration m_ssl;
    QPointer<FeatureJob> m_job;
    std::vector<std::int8_t> m_vectors; // row * m_dims
    std::vector<std::uint8_t> m_has;
    int m_dims = 0;
    qint64 m_known = 0;
    qint64 m_total = 0;
    int m_unreadable = 0;
};
