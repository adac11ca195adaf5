#pragma once

#include "http/ConnectionSlots.h"
#include "http/HttpConnection.h"

#include <QHash>
#include <QMutex>
#include <QSslConfiguration>
#include <QThread>

#include <functional>
#include <vector>

// One of the HTTP front's threads that move bytes: it owns the connections handed to it (their sockets,
// parsers and timers live on its event loop) and writes the answers delivered to them. A turn of an event
// loop polls every connection on it, so the front spreads its connections over a few loops instead of
// polling all of them on one thread for each request; answers that arrive together are written in one
// turn. Adopting and delivering are thread-safe; the rest runs on the loop's thread.
class IoLoop final
{
public:
    struct Setup
    {
        HttpLimits limits;
        ConnectionTimeouts timeouts;
        QSslConfiguration ssl; // null: plain HTTP
        // A request read from `connection` (on this loop's thread): answer it through deliver().
        std::function<void(IoLoop *, quint64 connection, quint64 sequence, ApiRequest)> dispatch;
        ConnectionSlots *connectionSlots = nullptr; // taken for each connection adopted: given back as it closes
        BodyBudget *bodyBudget = nullptr; // the memory of bodies in flight, over every loop
    };

    IoLoop(Setup setup, int index);
    // Closes every connection of this loop and ends its thread.
    ~IoLoop();
    Q_DISABLE_COPY_MOVE(IoLoop)

    // Takes an accepted socket from `source`, which holds a slot for it: a connection of this loop; or,
    // when `refusal` is set (no slot), one answered with it and closed.
    void adopt(qintptr descriptor, const QString &source, ConnectionSlots::Refusal refusal = {});
    // The answer to the request `sequence` of `connection`; dropped when the connection has gone.
    void deliver(quint64 connection, quint64 sequence, ApiResponse response);
    // Runs `work` on this loop's thread and waits for it (the listening socket lives on the first loop).
    void runAndWait(const std::function<void()> &work);
    QObject *context() const { return m_context; }

private:
    struct Delivery
    {
        quint64 connection = 0;
        quint64 sequence = 0;
        ApiResponse response;
    };

    void open(qintptr descriptor, const QString &source, const ConnectionSlots::Refusal &refusal); // on the loop's thread
    void writeDelivered(); // on the loop's thread
    void closeAll(); // on the loop's thread

    Setup m_setup;
    QThread m_thread;
    QObject *m_context; // lives on m_thread: the connections' parent
    QHash<quint64, HttpConnection *> m_connections; // the loop's thread only
    QHash<quint64, QString> m_sources; // of m_connections, the loop's thread only
    quint64 m_nextConnection = 0; // the loop's thread only
    QMutex m_mutex;
    std::vector<Delivery> m_delivered; // guarded by m_mutex
};
