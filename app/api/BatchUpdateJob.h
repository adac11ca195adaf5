#pragma once

#include "api/ApiConnection.h"

#include <QObject>
#include <QPointer>

#include <vector>

// Sends a batch update in chunks of batchLimit, a few in flight at a time (the service works on one while
// the next travels), and merges the per-sample outcomes in request order. ModelArts documents no limit on a
// request's samples; should a service refuse a chunk larger than fallbackLimit as a whole (a 4xx), that
// chunk goes again as chunks of fallbackLimit, and so do all after it: a limit costs a request or two, and a
// refusal for another reason (a locked dataset) one more request per large chunk. A chunk of fallbackLimit
// or less that the service refuses as a whole marks its samples refused with its reason; the others still
// go. A chunk that gets no answer (after the transport's retries: the service unreachable, a time-out, a
// 5xx, an answer cut off) or a 401 stops the sending: its samples and those not sent yet are `notSent`, with
// the fault in the result. After cancel() no further chunk goes: the samples not sent get the code
// cancelledCode. Deletes itself after `finished`: hold it in a QPointer to cancel it.
class BatchUpdateJob final : public QObject
{
    Q_OBJECT
public:
    static constexpr int batchLimit = 500; // samples in one request (100: 4,000 confirmed a second here; 500: 5,800)
    static constexpr int fallbackLimit = 100; // after a larger request was refused as a whole
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
    struct Span
    {
        qsizetype from = 0;
        qsizetype count = 0;
    };
    void pump();
    void sendChunk(Span span);
    void onChunk(Span span, const HttpReply &reply);
    // True when the chunk was refused for its size, perhaps, and goes again in smaller chunks.
    bool sendSmaller(Span span, const ApiError &failure);
    void stop(const QString &code, const QString &message, const ApiError &fault = {});
    void finishIfDone();

    QPointer<ApiConnection> m_connection;
    QUrl m_target;
    QList<SampleUpdate> m_updates;
    std::vector<std::optional<SampleOutcome>> m_outcomes; // by update, once answered
    int m_limit = batchLimit;
    QList<Span> m_again; // refused chunks, to send again in smaller ones
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
