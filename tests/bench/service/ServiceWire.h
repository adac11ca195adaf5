#pragma once

// What the service benchmarks share: a keep-alive connection that times one request at a time, requests
// written by hand, and the figures' printing.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace bench {

inline void print(const char *name, double value, const char *unit) { std::printf("%s %.1f %s\n", name, value, unit), std::fflush(stdout); }

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5))];
}

// One keep-alive HTTP/1.1 connection sending one request at a time and timing its answer.
class Wire final : public QObject
{
public:
    using Done = std::function<void(int status, double ms, const QByteArray &body)>;

    Wire(quint16 port, QObject *parent = nullptr)
        : QObject(parent)
        , m_port(port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onData(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { finish(0); });
    }
    bool busy() const { return bool(m_done); }
    QByteArray head() const { return m_head; } // of the last answer
    void send(const QByteArray &request, Done done)
    {
        m_done = std::move(done);
        m_buffer.clear();
        m_clock.start();
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.abort();
            m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        }
        m_socket.write(request);
    }

private:
    void onData()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || !m_done)
            return;
        qint64 length = 0;
        for (const QByteArray &line : m_buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return;
        m_head = m_buffer.left(end);
        finish(m_buffer.mid(9, 3).toInt(), m_buffer.mid(end + 4, length));
    }
    void finish(int status, const QByteArray &body = {})
    {
        if (!m_done)
            return;
        Done done = std::move(m_done);
        m_done = nullptr;
        done(status, double(m_clock.nsecsElapsed()) / 1e6, body);
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_head;
    QElapsedTimer m_clock;
    Done m_done;
};

inline QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &token = {}, const QByteArray &body = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        r += "X-Auth-Token: " + token + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

} // namespace bench
