#include "api/BatchUpdateJob.h"

#include "json/JsonCodec.h"

BatchUpdateJob::BatchUpdateJob(ApiConnection *connection, QUrl target, QList<SampleUpdate> updates, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_target(std::move(target))
    , m_updates(std::move(updates))
{
    m_outcomes.resize(size_t(m_updates.size()));
}

void BatchUpdateJob::start() { pump(); }

void BatchUpdateJob::cancel() { m_cancelled = true; }

void BatchUpdateJob::stop(const QString &code, const QString &message, const ApiError &fault)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_stopCode = code;
    m_stopMessage = message;
    m_fault = fault;
}

namespace {
// No answer about the samples came: they may or may not have been applied, and sending them again is safe.
bool unanswered(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Auth:
    case ApiError::Kind::Decode:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Redirect: return true;
    case ApiError::Kind::Service: return e.isTransient();
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Io:
    case ApiError::Kind::None: break;
    }
    return false;
}
} // namespace

void BatchUpdateJob::pump()
{
    if (!m_connection)
        return;
    if (m_cancelled)
        stop(cancelledCode, tr("Not sent: cancelled"));
    while (!m_stopped && m_inFlight < parallelChunks && (!m_again.isEmpty() || m_next < m_updates.size())) {
        if (!m_again.isEmpty()) {
            sendChunk(m_again.takeFirst());
            continue;
        }
        const Span span{ m_next, qMin<qsizetype>(m_limit, m_updates.size() - m_next) };
        m_next += span.count;
        sendChunk(span);
    }
    finishIfDone();
}

void BatchUpdateJob::sendChunk(Span span)
{
    ++m_inFlight;
    HttpCall c;
    c.method = "PUT";
    c.url = m_target;
    c.body = jsoncodec::encodeBatchUpdate(m_updates.mid(span.from, span.count));
    c.idempotent = true; // setting the same labels twice changes nothing
    m_connection->send(c, this, [this, span](const HttpReply &reply) { onChunk(span, reply); });
}

bool BatchUpdateJob::sendSmaller(Span span, const ApiError &failure)
{
    if (failure.kind != ApiError::Kind::Service || failure.isTransient() || failure.isStorageFull() || span.count <= fallbackLimit)
        return false;
    m_limit = fallbackLimit;
    for (qsizetype from = span.from; from < span.from + span.count; from += fallbackLimit)
        m_again.append(Span{ from, qMin<qsizetype>(fallbackLimit, span.from + span.count - from) });
    return true;
}

void BatchUpdateJob::onChunk(Span span, const HttpReply &reply)
{
    --m_inFlight;
    const QList<SampleUpdate> chunk = m_updates.mid(span.from, span.count);
    ApiError failure = reply.error;
    QList<SampleOutcome> outcomes;
    if (!failure.isError()) {
        const auto decoded = jsoncodec::decodeBatchUpdate(reply.body, chunk);
        if (decoded.ok()) {
            outcomes = decoded.value->outcomes;
        } else {
            failure.kind = ApiError::Kind::Decode;
            failure.message = decoded.error;
        }
    }
    if (failure.isError() && !m_stopped && sendSmaller(span, failure)) {
        pump();
        return;
    }
    bool notSent = false;
    if (failure.isError()) {
        notSent = unanswered(failure);
        for (const SampleUpdate &u : chunk)
            outcomes.append(SampleOutcome{ u.sampleId, false, failure.code, failure.toString(), notSent });
        // The service cannot be reached (or the session is gone), or its storage is full: the rest cannot go
        // either.
        if (notSent || failure.isStorageFull())
            stop(failure.code, failure.toString(), failure);
    }
    // Progress is what the service answered about: a chunk that never reached it is not "done".
    if (!notSent)
        m_answered += chunk.size();
    for (qsizetype i = 0; i < outcomes.size() && i < span.count; ++i)
        m_outcomes[size_t(span.from + i)] = outcomes[i];
    emit progress(m_answered, m_updates.size());
    pump();
}

void BatchUpdateJob::finishIfDone()
{
    if (m_finished || m_inFlight > 0 || (!m_stopped && (m_next < m_updates.size() || !m_again.isEmpty())))
        return;
    m_finished = true;
    BatchUpdateResult result;
    result.fault = m_fault;
    result.outcomes.reserve(m_updates.size());
    for (qsizetype i = 0; i < m_updates.size(); ++i) {
        const std::optional<SampleOutcome> &o = m_outcomes[size_t(i)];
        result.outcomes.append(o ? *o : SampleOutcome{ m_updates[i].sampleId, false, m_stopCode, m_stopMessage, true });
    }
    emit finished(Result<BatchUpdateResult>{ result, {} });
    deleteLater();
}
