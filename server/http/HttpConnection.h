#pragma once

#include "http/BodyBudget.h"
#include "http/HttpExchange.h"
#include "http/HttpParser.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

// How long a connection may hold the service without giving it a request to answer.
struct ConnectionTimeouts
{
    int idleMs = 60 * 1000; // between requests
    int requestMs = 30 * 1000; // from a request's first byte to its last
};

// One client connection of the HTTP front: reads requests with an HttpParser, hands each to `dispatch`
// (answered later, from any thread, through deliver() on this one), and writes the answers in the order
// the requests came (pipelining). Answers what it cannot read with its status and closes; closes an idle
// connection, or one whose request does not arrive in time (408), so that no client holds a connection
// it does not use. Emits closed() once, when the socket is gone.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(quint64 sequence, ApiRequest request)>;

    // `budget` (may be null: no bound) holds the memory of bodies in flight over every connection.
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, const ConnectionTimeouts &timeouts, Dispatch dispatch,
                   BodyBudget *budget = nullptr, QObject *parent = nullptr);
    ~HttpConnection() override;
    Q_DISABLE_COPY_MOVE(HttpConnection)

    // The answer to the request `sequence`: written when every earlier one has been.
    void deliver(quint64 sequence, ApiResponse response);
    // Answers `status` at once and closes (a connection past the cap).
    void refuse(int status, const QString &message);

    // The bytes of one answer on the wire before its body: status line and headers (the body follows as
    // it is, none for HEAD: the socket keeps a reference to it, no copy). A connection that stays open says
    // so to HTTP/1.0 only: HTTP/1.1 keeps it open unless told otherwise, and a client may read the header
    // a byte at a time (Qt 6.4's does, a system call each), so every byte of it is one more per answer.
    static QByteArray statusAndHeaders(const ApiResponse &response, bool head, bool keepAlive, bool http10);

signals:
    void closed();

private:
    struct Pending
    {
        bool head = false;
        bool keepAlive = true;
        bool http10 = false;
    };

    void onReadyRead();
    void pump(); // parses and dispatches what has arrived
    void writeReady(); // writes the answers that are next in order
    void fail(const HttpFailure &failure);
    bool budgetBody(bool arrived); // false: the body, not all `arrived`, did not fit in the budget (refused)
    void giveBackBody();
    void close();
    void onTimeout();
    void rearm();

    QTcpSocket *m_socket;
    HttpParser m_parser;
    ConnectionTimeouts m_timeouts;
    Dispatch m_dispatch;
    BodyBudget *m_budget;
    qint64 m_bodyTaken = 0; // of m_budget, for the body being read
    QTimer m_timer;
    QElapsedTimer m_requestStarted; // valid while part of a request has arrived
    QMap<quint64, Pending> m_inFlight; // dispatched, not yet written, by sequence
    QMap<quint64, ApiResponse> m_ready; // answered, waiting for an earlier one
    quint64 m_nextSequence = 0;
    bool m_closing = false; // no more requests: the last answer closes
    bool m_refused = false; // a request could not be read: its answer is the last
    QElapsedTimer m_lingering; // valid once that answer is written: what arrives is dropped
    bool m_closed = false;
};
