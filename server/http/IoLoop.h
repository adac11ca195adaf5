#pragma once

#include "http/HttpConnection.h"

#include <QHash>
#include <QMutex>
#include <QSslConfiguration>
#include <QThread>

#include <atomic>
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
        std::atomic_int *open = nullptr; // connections open over every loop (one less as each closes)
    };

    IoLoop(Setup setup, int index);
    // Closes every connection of this loop and ends its thread.
    ~IoLoop();
    Q_DISABLE_COPY_MOVE(IoLoop)

    // Takes an accepted socket: a connection of this loop; or one answered `refusal` and closed (its status,
    // its message) when refusal.first is not 0 (past the cap; not counted as open).
    void adopt(qintptr descriptor, std::pair<int, QString> refusal = {});
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

    void open(qintptr descriptor, const std::pair<int, QString> &refusal); // on the loop's thread
    void writeDelivered(); // on the loop's thread
    void closeAll(); // on the loop's thread

    Setup m_setup;
    QThread m_thread;
    QObject *m_context; // lives on m_thread: the connections' parent
    QHash<quint64, HttpConnection *> m_connections; // the loop's thread only
    quint64 m_nextConnection = 0; // the loop's thread only
    QMutex m_mutex;
    std::vector<Delivery> m_delivered; // guarded by m_mutex
};
