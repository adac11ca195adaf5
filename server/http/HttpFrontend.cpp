#include "http/HttpFrontend.h"

#include "ServerLog.h"
#include "http/IoLoop.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <sys/resource.h>
#include <sys/socket.h>

namespace {

constexpr int kReservedDescriptors = 64; // the database, images being read, previews being written
constexpr int kAcceptPauseMs = 100;
// Connects that may wait for accept() in the kernel's queue (capped there by net.core.somaxconn): Qt's
// default of 50 made every ~51st of 300 back-to-back connects wait a second for a SYN to be sent again.
constexpr int kListenBacklog = 1024;

// The configured cap, lowered so that the connections fit in the process's descriptor limit.
int connectionCap(int configured)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return configured;
    return qBound(1, int(qMin<rlim_t>(limit.rlim_cur, 1 << 20)) - kReservedDescriptors, configured);
}

// The address a connection comes from (an IPv4 address mapped into IPv6 as the IPv4 one).
QString peerOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return QStringLiteral("unknown");
    QHostAddress peer(reinterpret_cast<const sockaddr *>(&address));
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : peer.toString();
}

} // namespace

class HttpFrontend::Listener final : public QTcpServer
{
public:
    explicit Listener(HttpFrontend *frontend)
        : m_frontend(frontend)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_frontend->accept(descriptor); }

private:
    HttpFrontend *m_frontend;
};

HttpFrontend::HttpFrontend(HandlerFactory factory, const ServiceConfig &config, QObject *parent)
    : QObject(parent)
    , m_bodyBudget(std::make_unique<BodyBudget>(config.bodyBudgetBytes, config.smallBodyBytes))
    , m_pool(std::make_unique<WorkerPool>(std::move(factory), config.workerThreads, config.heavyWorkerThreads))
    , m_limits{ config.maxRequestLineBytes, config.maxHeaderBytes, 100, config.maxBodyBytes }
    , m_timeouts{ config.idleTimeoutMs, config.requestTimeoutMs }
    , m_slots(std::make_unique<ConnectionSlots>(
              ConnectionSlots::Caps{ connectionCap(config.maxConnections), qMax(1, config.maxConnectionsPerSource) }))
    , m_ioThreads(qMax(1, config.ioThreads))
{
}

int HttpFrontend::requestsInFlight() const { return m_pool ? m_pool->unanswered() : 0; }

HttpFrontend::~HttpFrontend() { close(); }

void HttpFrontend::close()
{
    if (!m_loops.empty() && m_listener)
        m_loops.front()->runAndWait([this] { m_listener.reset(); });
    // The loops still read and hand on requests until they go: the pool stops first (waiting for what is
    // being answered, dropping what comes after), the loops close every connection, then the pool goes.
    if (m_pool)
        m_pool->stop();
    m_loops.clear();
    m_pool.reset();
}

void HttpFrontend::startLoops()
{
    if (!m_loops.empty())
        return;
    const IoLoop::Setup setup{ m_limits,
                               m_timeouts,
                               m_tls ? m_ssl : QSslConfiguration(),
                               [this](IoLoop *loop, quint64 connection, quint64 sequence, ApiRequest request) {
                                   dispatch(loop, connection, sequence, std::move(request));
                               },
                               m_slots.get(),
                               m_bodyBudget.get() };
    for (int i = 0; i < m_ioThreads; ++i)
        m_loops.push_back(std::make_unique<IoLoop>(setup, i));
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
    startLoops();
    quint16 bound = 0;
    m_loops.front()->runAndWait([&] {
        auto listener = std::make_unique<Listener>(this);
        QObject::connect(listener.get(), &QTcpServer::acceptError, listener.get(), [this] { onAcceptError(); });
        listener->setListenBacklogSize(kListenBacklog);
        if (!listener->listen(address, port)) {
            *error = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(listener->errorString());
            return;
        }
        bound = listener->serverPort();

        listener->pauseAccepting();
        m_listener = std::move(listener); // deleted by close(), on this thread
    });
    return bound;
}

void HttpFrontend::startAccepting()
{
    if (m_listener)
        m_loops.front()->runAndWait([this] { m_listener->resumeAccepting(); });
}

void HttpFrontend::onAcceptError()
{
    // Out of descriptors: the listening socket stays readable, and accepting again at once would spin.
    // Wait for connections to close.
    qCWarning(lcServer).noquote() << "cannot accept a connection:" << m_listener->errorString() << "- pausing";
    m_listener->pauseAccepting();
    QTimer::singleShot(kAcceptPauseMs, m_listener.get(), [listener = m_listener.get()] { listener->resumeAccepting(); });
}

void HttpFrontend::accept(qintptr descriptor)
{
    IoLoop *loop = m_loops[m_nextLoop++ % m_loops.size()].get();
    const QString source = peerOf(descriptor);
    loop->adopt(descriptor, source, m_slots->take(source));
}

void HttpFrontend::dispatch(IoLoop *loop, quint64 connection, quint64 sequence, ApiRequest request)
{
    m_pool->submit(std::move(request),
                   [loop, connection, sequence](ApiResponse response) { loop->deliver(connection, sequence, std::move(response)); });
}
