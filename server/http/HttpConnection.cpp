#include "http/HttpConnection.h"

#include "ErrorCodes.h"
#include "Ids.h"
#include "http/GatewayError.h"

#include <QTcpSocket>

namespace {

// What one turn of the I/O loop reads off one connection: a large body arrives over several turns, and the
// connections beside it on the loop are served in between.
constexpr qint64 kReadChunk = 256 * 1024;
constexpr int kMaxPipelined = 16; // requests of one connection in the service at once
constexpr qint64 kMaxUnsent = 8 * 1024 * 1024; // answers waiting for a client that does not read
// After refusing a request whose body is still coming, what arrives is read and dropped until the client
// stops sending for this long (then the connection closes): closing at once would reset the connection
// under a client still sending, which then never reads the answer (RFC 9112 9.6, "lingering close").
constexpr int kLingerQuietMs = 1000;
constexpr int kLingerMaxMs = 30 * 1000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    case 507: return "Insufficient Storage";
    default: return "Status";
    }
}

ApiResponse refusal(const HttpFailure &failure)
{
    ApiRequest request;
    request.requestId = ids::hex32();
    ApiResponse response = apierror::gateway(
            request, failure.status, failure.status == 413 ? errorcode::EntityTooLarge : errorcode::RequestRefused, failure.message);
    response.headers.append({ QByteArrayLiteral("X-Request-Id"), request.requestId.toLatin1() });
    if (failure.retryAfterSeconds > 0)
        response.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(failure.retryAfterSeconds) });
    return response;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, const ConnectionTimeouts &timeouts, Dispatch dispatch,
                               BodyBudget *budget, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_timeouts(timeouts)
    , m_dispatch(std::move(dispatch))
    , m_budget(budget)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadChunk);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_closed)
            pump();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState)
            close();
    });
    rearm();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection() { giveBackBody(); }

QByteArray HttpConnection::statusAndHeaders(const ApiResponse &response, bool head, bool keepAlive, bool http10)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    const qint64 length = head && response.headLength >= 0 ? response.headLength : response.body.size();
    out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (http10)
        out += "Connection: keep-alive\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

void HttpConnection::onReadyRead()
{
    const qint64 available = m_socket->bytesAvailable();
    if (m_lingering.isValid() || m_closing || m_closed) {
        if (available > 0)
            m_socket->skip(available); // no more requests on this connection: what follows is dropped
        if (m_lingering.isValid())
            m_timer.start(m_lingering.elapsed() > kLingerMaxMs ? 0 : kLingerQuietMs);
        return;
    }
    const qint64 read = m_socket->read(m_parser.space(available), available);
    m_parser.commit(qMax<qint64>(0, read));
    pump();
}

void HttpConnection::pump()
{
    while (!m_closing && m_inFlight.size() < kMaxPipelined && m_socket->bytesToWrite() < kMaxUnsent) {
        const HttpParser::Outcome outcome = m_parser.parse();
        if (outcome == HttpParser::Outcome::Failed) {
            fail(m_parser.failure());
            return;
        }
        if (!budgetBody(outcome == HttpParser::Outcome::Complete))
            return;
        if (outcome == HttpParser::Outcome::NeedMore) {
            if (m_parser.takeContinue())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        }
        HttpRequest request = m_parser.take();
        m_requestStarted.invalidate();
        const bool keepAlive = request.keepAlive;
        const bool http10 = request.minorVersion == 0;
        ApiRequest api = toApiRequest(std::move(request), m_socket->peerAddress().toString());
        if (m_bodyTaken > 0)
            api.bodyHold = m_budget->hold(std::exchange(m_bodyTaken, 0));
        const quint64 sequence = m_nextSequence++;
        m_inFlight.insert(sequence, Pending{ api.method == "HEAD", keepAlive, http10 });
        m_closing = !keepAlive;
        m_dispatch(sequence, std::move(api));
    }
    rearm();
}

void HttpConnection::deliver(quint64 sequence, ApiResponse response)
{
    if (m_closed || !m_inFlight.contains(sequence))
        return;
    m_ready.insert(sequence, std::move(response));
    writeReady();
    if (!m_closed)
        pump();
}

void HttpConnection::writeReady()
{
    while (!m_inFlight.isEmpty() && m_ready.contains(m_inFlight.firstKey())) {
        const quint64 sequence = m_inFlight.firstKey();
        const Pending pending = m_inFlight.take(sequence);
        const ApiResponse response = m_ready.take(sequence);
        m_socket->write(statusAndHeaders(response, pending.head, pending.keepAlive, pending.http10));
        if (!pending.head && !response.body.isEmpty())
            m_socket->write(response.body); // shared with the socket's buffer, not copied
        // Into the kernel now, as far as it takes it: waiting for the socket to say it can be written costs
        // a turn of the event loop, and a turn polls every open connection.
        m_socket->flush();
        if (!pending.keepAlive) {
            m_closing = true;
            m_inFlight.clear();
            m_ready.clear();
            if (m_refused) {
                m_lingering.start();
                m_timer.start(kLingerQuietMs);
            } else {
                m_socket->disconnectFromHost(); // after what was written has gone
            }
            return;
        }
    }
}

void HttpConnection::fail(const HttpFailure &failure)
{
    m_closing = true;
    m_refused = true;
    const quint64 sequence = m_nextSequence++;
    m_inFlight.insert(sequence, Pending{ false, false, false });
    m_ready.insert(sequence, refusal(failure));
    writeReady();
}

void HttpConnection::refuse(int status, const QString &message) { fail(HttpFailure{ status, message }); }

bool HttpConnection::budgetBody(bool arrived)
{
    const qint64 expected = m_parser.bodyBytesExpected();
    if (!m_budget || expected <= m_budget->smallBody() || expected <= m_bodyTaken)
        return true;
    // A body that has all come is taken past the budget (it is in memory already: refusing it frees nothing
    // sooner); one still to come waits for no one: it is refused before it is read.
    if (m_budget->take(expected - m_bodyTaken, arrived)) {
        m_bodyTaken = expected;
        return true;
    }
    fail(HttpFailure{ 503,
                      QStringLiteral("The service is reading %1 MB of other requests' bodies, as much as it holds at once; try again "
                                     "shortly")
                              .arg(double(m_budget->inFlight()) / (1024 * 1024), 0, 'f', 0),
                      1 });
    return false;
}

void HttpConnection::giveBackBody()
{
    if (m_budget && m_bodyTaken > 0)
        m_budget->give(std::exchange(m_bodyTaken, 0));
}

void HttpConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    giveBackBody();
    m_timer.stop();
    m_inFlight.clear();
    m_ready.clear();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    emit closed();
}

void HttpConnection::rearm()
{
    if (m_closed || m_lingering.isValid())
        return;
    if (!m_inFlight.isEmpty()) {
        m_timer.stop(); // the service is answering: its time is not the client's
        return;
    }
    if (m_parser.hasPartialRequest()) {
        if (!m_requestStarted.isValid())
            m_requestStarted.start();
        m_timer.start(int(qMax<qint64>(0, m_timeouts.requestMs - m_requestStarted.elapsed())));
    } else {
        m_requestStarted.invalidate();
        m_timer.start(m_timeouts.idleMs);
    }
}

void HttpConnection::onTimeout()
{
    if (m_closed || !m_inFlight.isEmpty())
        return;
    if (m_lingering.isValid()) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_closing || !m_parser.hasPartialRequest()) {
        close(); // idle, or a last answer the client does not take
        return;
    }
    fail(HttpFailure{ 408, QStringLiteral("The request did not arrive within %1 s").arg(m_timeouts.requestMs / 1000.0) });
}
