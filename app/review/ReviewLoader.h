#pragma once

#include "api/ModelArtsClient.h"
#include "samples/SampleListModel.h"
#include "types/ReviewItem.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

class ReviewJournal;

// Loads a review's auto-labeled samples into its SampleListModel: streams the listing (doubtful first),
// each page decoded and made ready for the model in one step on the pool and handed on in order
// (ModelArtsClient::streamPreparedAutoAnnotations), shows the first page at once and puts the others in
// the model a bounded chunk at a time, with the decisions the journal holds put back as their samples
// arrive. A reload keeps what is shown until the service's first page is in: one that cannot list leaves
// it all as it was.
class ReviewLoader final : public QObject
{
    Q_OBJECT
public:
    ReviewLoader(SampleListModel *model, ReviewJournal *journal, QString datasetId, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReviewLoader)

    void setClient(ModelArtsClient *client) { m_client = client; }
    // (Re)loads the samples; false (nothing started) without a client.
    bool load();
    // (Re)loads these samples instead of a task's listing (a suspect review's): what was shown goes at
    // once, the journal's decisions are put back, finished follows.
    void loadGiven(const QList<Sample> &samples);
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    qint64 expectedTotal() const { return m_total; }

signals:
    void firstPageLoaded();
    void loadProgress(qint64 loaded, qint64 total);
    // The listing ended: with `error`, or whole, with `restored` decisions put back from the journal.
    void finished(const ApiError &error, int restored);

private:
    void begin(); // a new load: older answers dropped, nothing buffered
    void onListed(const QList<SampleListModel::Prepared> &rows, qint64 total);
    void flush();
    void restoreDecisions(int firstRow);
    void finish();
    static constexpr int flushChunk = 500;

    QPointer<ModelArtsClient> m_client;
    SampleListModel *m_model;
    ReviewJournal *m_journal;
    QString m_datasetId;
    QHash<QString, Decision> m_restore; // from the journal, for samples not loaded yet
    int m_restored = 0;
    std::deque<SampleListModel::Prepared> m_buffer; // pages in, made ready, not yet in the model
    QTimer m_flushTimer;
    std::unique_ptr<QObject> m_loadContext; // replaced on each load(): answers of an older load are dropped
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_firstPage = false;
    bool m_finishPending = false; // the listing ended; the buffer is still going in
    bool m_keepShown = false; // a reload: the rows shown stay until the first page is in
    bool m_wasLoaded = false;
    ApiError m_loadError;
};
