#pragma once

#include "ServiceConfig.h"
#include "http/ConnectionSlots.h"
#include "http/HttpConnection.h"
#include "http/WorkerPool.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <vector>

class IoLoop;

class QTcpServer;

// Puts the service on the network: accepts connections (HTTP, or HTTPS with setupTls), reads requests
// with limits (HttpConnection), and answers each on a WorkerPool thread with the handler `factory` makes
// there, so that a slow request never holds up the others. Bytes move on threads of their own (IoLoop,
// `ioThreads` of them, connections spread over them; the first also accepts), never on the thread that
// made the front. Caps the open connections in all and from one source address (ConnectionSlots: 503 past
// a cap; the total is kept below the process's descriptor limit; accepting pauses instead of spinning when
// descriptors run out), closes idle ones, and listens with a backlog that holds a burst of connects.
class HttpFrontend final : public QObject
{
    Q_OBJECT
public:
    HttpFrontend(HandlerFactory factory, const ServiceConfig &config, QObject *parent = nullptr);
    ~HttpFrontend() override;
    Q_DISABLE_COPY_MOVE(HttpFrontend)

    // Loads a PEM certificate and key and serves HTTPS. False with *error on failure.
    bool setupTls(const QString &certificateFile, const QString &keyFile, QString *error);
    // 0 with *error on failure; the port otherwise (a free one when `port` is 0). Connections wait in the
    // kernel's queue until startAccepting() (what answers need, such as the public URL, is set first: the
    // front's threads answer as soon as they accept).
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    void startAccepting();
    bool isTls() const { return m_tls; }
    // Stops accepting, closes every connection and waits for the requests being answered.
    void close();

    int connectionCount() const { return m_slots->open(); }
    int connectionsFrom(const QString &source) const { return m_slots->openFrom(source); }
    // Requests being answered (tests: what a client that went away had sent is done).
    int requestsInFlight() const;
    const BodyBudget &bodyBudget() const { return *m_bodyBudget; }
    // The cap in force: the configured one, lowered to fit the descriptor limit.
    int maxConnections() const { return m_slots->caps().total; }

private:
    class Listener;

    void startLoops();
    void accept(qintptr descriptor); // on the first loop's thread
    void onAcceptError();
    void dispatch(IoLoop *loop, quint64 connection, quint64 sequence, ApiRequest request);

    std::unique_ptr<BodyBudget> m_bodyBudget; // outlives the requests that hold some of it
    std::unique_ptr<WorkerPool> m_pool;
    HttpLimits m_limits;
    ConnectionTimeouts m_timeouts;
    std::unique_ptr<ConnectionSlots> m_slots;
    int m_ioThreads = 1;
    std::unique_ptr<Listener> m_listener; // lives on the first loop's thread, made and deleted there
    QSslConfiguration m_ssl;
    bool m_tls = false;
    std::vector<std::unique_ptr<IoLoop>> m_loops;
    size_t m_nextLoop = 0; // the first loop's thread only
};
