#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpSocket>

// A client that writes raw bytes and reads raw answers: what a hostile or broken client does.
class RawClient
{
public:
    // Every wait runs this thread's event loop (signal spies), where the client's socket lives. `from`: the
    // address the connection comes from (another loopback address is another source to the service).
    explicit RawClient(quint16 port, const QHostAddress &from = {})
        : m_disconnected(&m_socket, &QTcpSocket::disconnected)
        , m_readyRead(&m_socket, &QTcpSocket::readyRead)
    {
        QSignalSpy connected(&m_socket, &QTcpSocket::connected);
        if (!from.isNull())
            m_socket.bind(from);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_connected = connected.wait(5000);
    }
    bool connected() const { return m_connected; }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // The next whole answer: status, headers and body (empty status line when none came in time).
    struct Answer
    {
        QByteArray statusLine;
        QByteArray head;
        QByteArray body;
        int status() const { return statusLine.split(' ').value(1).toInt(); }
        qint64 contentLength() const
        {
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    return line.mid(15).trimmed().toLongLong();
            }
            return -1;
        }
    };
    Answer read(bool head = false, int timeoutMs = 10000)
    {
        Answer answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            m_buffer += m_socket.readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                answer.head = m_buffer.left(end);
                const qsizetype eol = answer.head.indexOf("\r\n"); // none when the head is its status line alone
                answer.statusLine = eol < 0 ? answer.head : answer.head.left(eol);
                const qint64 length = head ? 0 : qMax<qint64>(0, answer.contentLength());
                if (m_buffer.size() >= end + 4 + length) {
                    answer.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return answer;
                }
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
                break;
            m_readyRead.wait(100);
        }
        return {};
    }
    // Whether the service closed the connection within `timeoutMs`.
    bool closedWithin(int timeoutMs)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState || m_disconnected.count() > 0)
            return true;
        return m_disconnected.wait(timeoutMs);
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QSignalSpy m_disconnected;
    QSignalSpy m_readyRead;
    QByteArray m_buffer;
    bool m_connected = false;
};
