#pragma once

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A misbehaving HTTP server for the client's tests: each request gets the next step of a script (the
// last step repeats), and every request is recorded. Listens on a loopback address, port 0.
class ScriptedServer final : public QObject
{
    Q_OBJECT
public:
    struct Step
    {
        enum Kind { Respond, Hang, PartialThenClose };
        Kind kind = Respond;
        QByteArray bytes; // the raw response (or its beginning, for PartialThenClose)
    };

    static Step respond(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: application/json\r\n";
        for (const auto &[k, v] : headers)
            raw += k + ": " + v + "\r\n";
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        return Step{ Step::Respond, raw };
    }
    static Step hang() { return Step{ Step::Hang, {} }; }
    static Step partial(const QByteArray &declaredBody)
    {
        QByteArray raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(declaredBody.size() * 4) + "\r\n\r\n" + declaredBody;
        return Step{ Step::PartialThenClose, raw };
    }

    Q_DISABLE_COPY_MOVE(ScriptedServer)
    explicit ScriptedServer(QList<Step> script, const QHostAddress &address = QHostAddress(QStringLiteral("127.0.0.1")))
        : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(address, 0);
        m_address = address;
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://%1:%2%3").arg(m_address.toString()).arg(m_server.serverPort()).arg(path));
    }
    const QList<QByteArray> &requests() const { return m_requests; }
    // The value of a header in request i, or empty.
    QByteArray header(int i, const QByteArray &name) const
    {
        for (const QByteArray &line : m_requests.value(i).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        m_requests.append(buffer.left(end + 4 + length));
        buffer.clear();
        const Step step = m_script.value(qMin(m_next++, m_script.size() - 1));
        switch (step.kind) {
        case Step::Respond:
            socket->write(step.bytes);
            socket->disconnectFromHost();
            break;
        case Step::Hang: break;
        case Step::PartialThenClose:
            socket->write(step.bytes);
            socket->flush();
            socket->abort();
            break;
        }
    }

    QTcpServer m_server;
    QHostAddress m_address;
    QList<Step> m_script;
    qsizetype m_next = 0;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
