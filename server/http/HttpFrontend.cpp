#include "http/HttpFrontend.h"

#include "http/ModelArtsService.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

} // namespace

HttpFrontend::HttpFrontend(ModelArtsService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        ApiRequest api;
        api.method = methodName(request.method());
        api.encodedPath = request.url().path(QUrl::FullyEncoded).toUtf8();
        api.encodedQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
        api.headers = request.headers();
        api.body = request.body();
        api.peer = request.remoteAddress().toString();
        const ApiResponse result = m_service.handle(std::move(api));
        QHttpServerResponse response(result.contentType, result.body, static_cast<QHttpServerResponder::StatusCode>(result.status));
        for (const auto &[name, value] : result.headers)
            response.addHeader(name, value);
        response.write(std::move(responder));
    });
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
    m_server.sslSetup(certificate, key);
    m_tls = true;
    return true;
}

quint16 HttpFrontend::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0)
        *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
    return bound;
}
