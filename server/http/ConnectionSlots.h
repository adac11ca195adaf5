#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

// The HTTP front's connection slots: how many connections are open in all and from each source address,
// capped for both, so that one source (a client that opens connections and sends nothing) cannot take
// every slot from the others. A refusal is logged at most once per interval, with how many went unlogged:
// a flood of refused connections is one line, not one per connection. Thread-safe: taken on the accepting
// thread, given back on the thread of the loop where the connection closes.
class ConnectionSlots final
{
public:
    struct Caps
    {
        int total = 512;
        int perSource = 256;
    };
    // Why a connection is refused: empty when it was given a slot.
    struct Refusal
    {
        int status = 0;
        QString message;
        explicit operator bool() const { return status != 0; }
    };

    explicit ConnectionSlots(Caps caps, std::function<qint64()> nowMs = {}, qint64 logIntervalMs = 10 * 1000);

    // A slot for a connection from `source`, or why not (503 and its message).
    Refusal take(const QString &source);
    void give(const QString &source);

    int open() const;
    int openFrom(const QString &source) const;
    const Caps &caps() const { return m_caps; }

private:
    void logRefusal(const QString &what); // under m_mutex

    Caps m_caps;
    std::function<qint64()> m_now;
    qint64 m_logIntervalMs;
    mutable QMutex m_mutex;
    int m_open = 0;
    QHash<QString, int> m_bySource; // sources with a connection open
    qint64 m_loggedAt = -1;
    int m_unlogged = 0;
};
