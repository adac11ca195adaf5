#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

class ModelArtsService;

// Puts a ModelArtsService on the network with QHttpServer: every request goes to the service's
// handle(), whatever its path (the service does its own routing, so its errors keep ModelArts' shape).
class HttpFrontend final : public QObject
{
    Q_OBJECT
public:
    explicit HttpFrontend(ModelArtsService &service, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HttpFrontend)

    // Loads a PEM certificate and key and serves HTTPS. False with *error on failure.
    bool setupTls(const QString &certificateFile, const QString &keyFile, QString *error);
    // 0 with *error on failure; the port otherwise (a free one when `port` is 0).
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    bool isTls() const { return m_tls; }

private:
    QHttpServer m_server;
    ModelArtsService &m_service;
    bool m_tls = false;
};
