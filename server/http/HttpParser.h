#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QString>

// What one request may hold before it is refused: the limits of HttpParser.
struct HttpLimits
{
    qsizetype maxRequestLine = 16 * 1024; // method, target and version: 414 past it
    qsizetype maxHeaderBytes = 32 * 1024; // every header line together: 431 past it
    int maxHeaderCount = 100; // 431 past it
    qint64 maxBodyBytes = 12 * 1024 * 1024; // 413 past it, known from Content-Length before the body is read
};

// One request as it came off the wire.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // origin-form: path and query, percent-encoded as sent
    int minorVersion = 1; // HTTP/1.x
    HeaderList headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

// The request as the service takes it: the target split into path and query, the method in upper case.
ApiRequest toApiRequest(HttpRequest request, const QString &peer);

// Why a request cannot be read: the status to answer with before the connection closes.
struct HttpFailure
{
    int status = 400;
    QString message;
    int retryAfterSeconds = 0; // sent as Retry-After when not 0
};

// An incremental HTTP/1.1 request parser (RFC 9112) over a byte stream, with limits: feed it what the
// socket gives, take the requests it completes. Strict where leniency lets a request be read two ways
// (bare CR, obsolete line folding, Content-Length together with Transfer-Encoding, differing lengths):
// those are refused. Refuses as soon as a limit is known to be passed (a 100 MB Content-Length is 413
// before one byte of its body is read). After a failure it takes nothing more: the connection closes.
class HttpParser final
{
public:
    enum class Outcome { NeedMore, Complete, Failed };

    explicit HttpParser(HttpLimits limits = {});

    void append(QByteArrayView data); // a copy of `data`, through space() and commit()
    // Room for `size` more bytes after what has arrived, for the caller to fill (a socket read straight into
    // it); commit() then keeps the first `written` of them. Saves append()'s copy, and while a body of known
    // length arrives its whole room is made at its first read: it is neither moved nor copied until taken.
    char *space(qsizetype size);
    void commit(qsizetype written);
    // Advances over what was appended. Complete: take() the request (there may be another behind it).
    Outcome parse();
    HttpRequest take();
    const HttpFailure &failure() const { return m_failure; }
    // Some of a request has arrived, not all of it (a request line alone, or complete header lines with no
    // end of the head yet, count: such a request is in the request time-out, not the idle one).
    bool hasPartialRequest() const { return m_phase != Phase::Head || m_haveRequestLine || m_pos < m_buffer.size(); }
    // The bytes of the body of the request being read: its Content-Length once its head is read, or what
    // has come of a chunked one (with the chunk being read); 0 before the body.
    qint64 bodyBytesExpected() const;
    // True once per request whose head asked for "Expect: 100-continue" and whose body is still to come.
    bool takeContinue();

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Complete, Failed };

    Outcome fail(int status, const QString &message);
    // The next line from m_pos without its line end, or nullopt when it has not all arrived.
    std::optional<QByteArray> line(qsizetype maxLength, bool *tooLong);
    Outcome parseHead();
    Outcome requestLine(const QByteArray &text);
    Outcome headerLine(const QByteArray &text);
    Outcome headComplete();
    Outcome parseBody();
    Outcome parseChunks();
    void consume(); // drops what was read

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_spaceAt = -1; // where the room space() gave begins, until commit()
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    HttpFailure m_failure;
    bool m_haveRequestLine = false;
    int m_emptyLines = 0;
    qsizetype m_headerBytes = 0;
    qint64 m_bodyLength = 0; // Content-Length, or the current chunk's size
    bool m_expectContinue = false;
};
