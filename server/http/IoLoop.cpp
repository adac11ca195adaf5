#include "http/IoLoop.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

IoLoop::IoLoop(Setup setup, int index)
    : m_setup(std::move(setup))
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("http-io-%1").arg(index));
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

IoLoop::~IoLoop()
{
    runAndWait([this] { closeAll(); });
    m_thread.quit();
    m_thread.wait(); // m_context is deleted as the thread ends
}

void IoLoop::runAndWait(const std::function<void()> &work)
{
    if (QThread::currentThread() == &m_thread)
        work();
    else
        QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

void IoLoop::adopt(qintptr descriptor, const QString &source, ConnectionSlots::Refusal refusal)
{
    QMetaObject::invokeMethod(
            m_context, [this, descriptor, source, refusal = std::move(refusal)] { open(descriptor, source, refusal); },
            Qt::QueuedConnection);
}

void IoLoop::open(qintptr descriptor, const QString &source, const ConnectionSlots::Refusal &refusal)
{
    const bool tls = !m_setup.ssl.isNull();
    std::unique_ptr<QTcpSocket> socket(tls ? new QSslSocket : new QTcpSocket);
    if (!socket->setSocketDescriptor(descriptor)) {
        if (!refusal)
            m_setup.connectionSlots->give(source);
        return;
    }
    if (tls) {
        auto *secure = static_cast<QSslSocket *>(socket.get());
        secure->setSslConfiguration(m_setup.ssl);
        secure->startServerEncryption();
    }
    const quint64 id = m_nextConnection++;
    auto *connection = new HttpConnection(
            socket.release(), m_setup.limits, m_setup.timeouts,
            [this, id](quint64 sequence, ApiRequest request) { m_setup.dispatch(this, id, sequence, std::move(request)); },
            m_setup.bodyBudget, m_context);
    const bool counted = !refusal;
    QObject::connect(connection, &HttpConnection::closed, m_context, [this, id, connection, counted, source] {
        m_connections.remove(id);
        m_sources.remove(id);
        if (counted)
            m_setup.connectionSlots->give(source);
        connection->deleteLater();
    });
    if (!counted) {
        connection->refuse(refusal.status, refusal.message);
        return;
    }
    m_connections.insert(id, connection);
    m_sources.insert(id, source);
}

void IoLoop::deliver(quint64 connection, quint64 sequence, ApiResponse response)
{
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        first = m_delivered.empty();
        m_delivered.push_back(Delivery{ connection, sequence, std::move(response) });
    }
    if (first) // one turn of the loop writes every answer delivered before it runs
        QMetaObject::invokeMethod(
                m_context, [this] { writeDelivered(); }, Qt::QueuedConnection);
}

void IoLoop::writeDelivered()
{
    std::vector<Delivery> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_delivered);
    }
    for (Delivery &delivery : batch) {
        if (HttpConnection *target = m_connections.value(delivery.connection))
            target->deliver(delivery.sequence, std::move(delivery.response));
    }
}

void IoLoop::closeAll()
{
    const auto connections = m_connections;
    const auto sources = m_sources;
    m_connections.clear();
    m_sources.clear();
    for (HttpConnection *connection : connections)
        connection->disconnect(m_context); // no `closed` bookkeeping: they are all going
    qDeleteAll(connections);
    for (const QString &source : sources)
        m_setup.connectionSlots->give(source);
}
