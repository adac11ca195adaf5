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

void IoLoop::adopt(qintptr descriptor, std::pair<int, QString> refusal)
{
    QMetaObject::invokeMethod(
            m_context, [this, descriptor, refusal = std::move(refusal)] { open(descriptor, refusal); }, Qt::QueuedConnection);
}

void IoLoop::open(qintptr descriptor, const std::pair<int, QString> &refusal)
{
    const bool tls = !m_setup.ssl.isNull();
    std::unique_ptr<QTcpSocket> socket(tls ? new QSslSocket : new QTcpSocket);
    if (!socket->setSocketDescriptor(descriptor)) {
        if (refusal.first == 0)
            m_setup.open->fetch_sub(1);
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
            [this, id](quint64 sequence, ApiRequest request) { m_setup.dispatch(this, id, sequence, std::move(request)); }, m_context);
    const bool counted = refusal.first == 0;
    QObject::connect(connection, &HttpConnection::closed, m_context, [this, id, connection, counted] {
        m_connections.remove(id);
        if (counted)
            m_setup.open->fetch_sub(1);
        connection->deleteLater();
    });
    if (!counted) {
        connection->refuse(refusal.first, refusal.second);
        return;
    }
    m_connections.insert(id, connection);
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
    m_connections.clear();
    for (HttpConnection *connection : connections)
        connection->disconnect(m_context); // no `closed` bookkeeping: they are all going
    qDeleteAll(connections);
    m_setup.open->fetch_sub(int(connections.size()));
}
