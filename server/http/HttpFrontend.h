#pragma once

#include "ServiceConfig.h"
#include "http/HttpConnection.h"
#include "http/WorkerPool.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

class QTcpServer;

// Puts the service on the network: accepts connections (HTTP, or HTTPS with setupTls), reads requests
// with limits (HttpConnection), and answers each on a WorkerPool thread with the handler `factory` makes
// there, so that this thread only moves bytes and a slow request never holds up the others. Caps the open
// connections (503 past the cap, which is kept below the process's descriptor limit; accepting pauses
// instead of spinning when descriptors run out) and closes idle ones.
class HttpFrontend final : public QObject
{
    Q_OBJECT
public:
    HttpFrontend(HandlerFactory factory, const ServiceConfig &config, QObject *parent = nullptr);
    ~HttpFrontend() override;
    Q_DISABLE_COPY_MOVE(HttpFrontend)

    // Loads a PEM certificate and key and serves HTTPS. False with *error on failure.
    bool setupTls(const QString &certificateFile, const QString &keyFile, QString *error);
    // 0 with *error on failure; the port otherwise (a free one when `port` is 0).
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    bool isTls() const { return m_tls; }
    // Stops accepting, closes every connection and waits for the requests being answered.
    void close();

    int connectionCount() const { return int(m_connections.size()); }
    // Requests being answered (tests: what a client that went away had sent is done).
    int requestsInFlight() const;
    // The cap in force: the configured one, lowered to fit the descriptor limit.
    int maxConnections() const { return m_maxConnections; }

private:
    class Listener;

    void accept(qintptr descriptor);
    void onAcceptError();
    void dispatch(quint64 connection, quint64 sequence, ApiRequest request);

    std::unique_ptr<WorkerPool> m_pool;
    HttpLimits m_limits;
    ConnectionTimeouts m_timeouts;
    int m_maxConnections = 0;
    Listener *m_listener = nullptr;
    QSslConfiguration m_ssl;
    bool m_tls = false;
    quint64 m_nextConnection = 0;
    QHash<quint64, HttpConnection *> m_connections;
};
