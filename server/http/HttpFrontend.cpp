#include "http/HttpFrontend.h"

#include "ServerLog.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <sys/resource.h>

namespace {

constexpr int kReservedDescriptors = 64; // the database, images being read, previews being written
constexpr int kAcceptPauseMs = 100;

// The configured cap, lowered so that the connections fit in the process's descriptor limit.
int connectionCap(int configured)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return configured;
    return qBound(1, int(qMin<rlim_t>(limit.rlim_cur, 1 << 20)) - kReservedDescriptors, configured);
}

} // namespace

class HttpFrontend::Listener final : public QTcpServer
{
public:
    explicit Listener(HttpFrontend *frontend)
        : QTcpServer(frontend)
        , m_frontend(frontend)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_frontend->accept(descriptor); }

private:
    HttpFrontend *m_frontend;
};

HttpFrontend::HttpFrontend(HandlerFactory factory, const ServiceConfig &config, QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<WorkerPool>(std::move(factory), config.workerThreads, config.heavyWorkerThreads))
    , m_limits{ config.maxRequestLineBytes, config.maxHeaderBytes, 100, config.maxBodyBytes }
    , m_timeouts{ config.idleTimeoutMs, config.requestTimeoutMs }
    , m_maxConnections(connectionCap(config.maxConnections))
{
}

int HttpFrontend::requestsInFlight() const { return m_pool ? m_pool->unanswered() : 0; }

HttpFrontend::~HttpFrontend() { close(); }

void HttpFrontend::close()
{
    if (m_listener)
        m_listener->close();
    m_pool.reset(); // waits for what is being answered; its answers are dropped with the connections
    const auto connections = m_connections;
    m_connections.clear();
    qDeleteAll(connections);
}

bool HttpFrontend::setupTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    QFile certFile(certificateFile);
    QFile keyData(keyFile);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the certificate %1: %2").arg(certificateFile, certFile.errorString());
        return false;
    }
    if (!keyData.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key %1: %2").arg(keyFile, keyData.errorString());
        return false;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    QSslKey key(&keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        keyData.seek(0);
        key = QSslKey(&keyData, QSsl::Ec, QSsl::Pem);
    }
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("the certificate or key is not a valid PEM file");
        return false;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setLocalCertificate(certificate);
    m_ssl.setPrivateKey(key);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    m_tls = true;
    return true;
}

quint16 HttpFrontend::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto listener = std::make_unique<Listener>(this);
    connect(listener.get(), &QTcpServer::acceptError, this, &HttpFrontend::onAcceptError);
    if (!listener->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(listener->errorString());
        return 0;
    }
    m_listener = listener.release(); // owned as a child
    return m_listener->serverPort();
}

void HttpFrontend::onAcceptError()
{
    // Out of descriptors: the listening socket stays readable, and accepting again at once would spin.
    // Wait for connections to close.
    qCWarning(lcServer).noquote() << "cannot accept a connection:" << m_listener->errorString() << "- pausing";
    m_listener->pauseAccepting();
    QTimer::singleShot(kAcceptPauseMs, this, [this] {
        if (m_listener)
            m_listener->resumeAccepting();
    });
}

void HttpFrontend::accept(qintptr descriptor)
{
    std::unique_ptr<QTcpSocket> socket(m_tls ? new QSslSocket : new QTcpSocket);
    if (!socket->setSocketDescriptor(descriptor))
        return;
    if (m_tls) {
        auto *tls = static_cast<QSslSocket *>(socket.get());
        tls->setSslConfiguration(m_ssl);
        tls->startServerEncryption();
    }
    const quint64 id = m_nextConnection++;
    const bool full = m_connections.size() >= m_maxConnections;
    auto *connection = new HttpConnection(
            socket.release(), m_limits, m_timeouts,
            [this, id](quint64 sequence, ApiRequest request) { dispatch(id, sequence, std::move(request)); }, this);
    connect(connection, &HttpConnection::closed, this, [this, id, connection] {
        m_connections.remove(id);
        connection->deleteLater();
    });
    if (full) {
        qCWarning(lcServer) << "connection refused: already" << m_connections.size() << "open";
        connection->refuse(503, QStringLiteral("The service has %1 connections open; try again later").arg(m_maxConnections));
        return;
    }
    m_connections.insert(id, connection);
}

void HttpFrontend::dispatch(quint64 connection, quint64 sequence, ApiRequest request)
{
    m_pool->submit(std::move(request), [this, connection, sequence](ApiResponse response) {
        QMetaObject::invokeMethod(
                this,
                [this, connection, sequence, response = std::move(response)]() mutable {
                    if (HttpConnection *target = m_connections.value(connection))
                        target->deliver(sequence, std::move(response));
                },
                Qt::QueuedConnection);
    });
}
