#pragma once

#include "api/ApiConnection.h"

#include <QObject>
#include <QPointer>

#include <vector>

// Sends a batch update in chunks of batchLimit, a few in flight at a time (the service
// works on one while the next travels), and merges the per-sample outcomes in request order. A chunk the
// service refuses as a whole (a 4xx) marks its samples refused with its reason; the others still go. A
// chunk that gets no answer (after the transport's retries: the service unreachable, a time-out, a 5xx, an
// answer cut off) or a 401 stops the sending: its samples and those not sent yet are `notSent`, with the
// fault in the result. After cancel() no further chunk goes: the samples not sent get the code cancelledCode.
// Deletes itself after `finished`: hold it in a QPointer to cancel it.
class BatchUpdateJob final : public QObject
{
    Q_OBJECT
public:
    static constexpr int batchLimit = 100; // samples in one request
    static constexpr int parallelChunks = 3; // requests in flight
    static inline const QString cancelledCode = QStringLiteral("Cancelled");

    BatchUpdateJob(ApiConnection *connection, QUrl target, QList<SampleUpdate> updates, QObject *parent);
    Q_DISABLE_COPY_MOVE(BatchUpdateJob)

    void start();
    void cancel();

signals:
    void progress(qint64 answered, qint64 total);
    void finished(const Result<BatchUpdateResult> &result);

private:
    void pump();
    void sendChunk();
    void onChunk(size_t index, const QList<SampleUpdate> &chunk, const HttpReply &reply);
    void stop(const QString &code, const QString &message, const ApiError &fault = {});
    void finishIfDone();

    QPointer<ApiConnection> m_connection;
    QUrl m_target;
    QList<SampleUpdate> m_updates;
    std::vector<std::optional<QList<SampleOutcome>>> m_chunks;
    qsizetype m_next = 0; // first update not sent
    int m_inFlight = 0;
    qint64 m_answered = 0;
    bool m_cancelled = false;
    bool m_stopped = false; // cancelled, or the session is gone
    QString m_stopCode;
    QString m_stopMessage;
    ApiError m_fault;
    bool m_finished = false;
};
