#include "api/ApiConnection.h"

#include "api/IamAuthenticator.h"

#include <QDateTime>

ApiConnection::ApiConnection(ApiTransport *transport, QUrl endpoint, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(std::move(endpoint))
{
    m_transport->addTrustedOrigin(m_endpoint);
}

void ApiConnection::useToken(IamAuthenticator *authenticator)
{
    m_authenticator = authenticator;
    m_signer = {};
}

void ApiConnection::useAkSk(const AkSkSigner &signer, const QString &projectId)
{
    m_authenticator = nullptr;
    m_signer = signer;
    m_akSkProjectId = projectId;
}

QString ApiConnection::projectId() const { return m_authenticator ? m_authenticator->projectId() : m_akSkProjectId; }

QString ApiConnection::datasetPath(const QString &datasetId)
{
    return QStringLiteral("datasets/") + QString::fromLatin1(QUrl::toPercentEncoding(datasetId));
}

HttpCall ApiConnection::get(const QUrl &url)
{
    HttpCall c;
    c.url = url;
    return c;
}

QUrl ApiConnection::url(const QString &path, const Query &query) const
{
    QUrl u = m_endpoint;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + QStringLiteral("/v2/") + QString::fromLatin1(QUrl::toPercentEncoding(projectId())) + QLatin1Char('/') + path,
              QUrl::StrictMode);
    QByteArray q;
    for (const auto &[key, value] : query) {
        if (!q.isEmpty())
            q += '&';
        q += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    u.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return u;
}

ApiError ApiConnection::decodeError(const QString &path, const QString &why, int status, const QByteArray &requestId)
{
    ApiError e;
    e.kind = ApiError::Kind::Decode;
    e.httpStatus = status;
    e.requestId = QString::fromLatin1(requestId);
    e.message = tr("The answer to %1 is not what the API documents: %2").arg(path, why);
    return e;
}

void ApiConnection::sendSigned(const HttpCall &httpCall, QObject *context, std::function<void(const HttpReply &)> done)
{
    const AkSkSigner signer = m_signer;
    const QString project = m_akSkProjectId;
    auto authorizer = [signer, project](QNetworkRequest &request, const QByteArray &method, const QByteArray &body) {
        AkSkSigner::Headers headers{ { QByteArrayLiteral("X-Project-Id"), project.toLatin1() } };
        if (!body.isEmpty())
            headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        for (const auto &[name, value] : signer.sign(method, request.url(), headers, body, QDateTime::currentDateTimeUtc()))
            request.setRawHeader(name, value);
    };
    m_transport->send(httpCall, authorizer, context, std::move(done));
}

void ApiConnection::send(const HttpCall &httpCall, QObject *context, std::function<void(const HttpReply &)> done, bool retriedAuth)
{
    if (!m_signer.isNull()) {
        sendSigned(httpCall, context, std::move(done));
        return;
    }
    if (!m_authenticator) {
        HttpReply reply;
        reply.error.kind = ApiError::Kind::Auth;
        reply.error.message = tr("No credentials: log in first.");
        done(reply);
        return;
    }
    QPointer<QObject> guard(context);
    m_authenticator->withFreshToken(this, [this, httpCall, guard, context, done, retriedAuth](const ApiError &error) {
        if (context && !guard)
            return;
        if (error.isError()) {
            HttpReply reply;
            reply.error = error;
            done(reply);
            return;
        }
        m_transport->send(httpCall, m_authenticator->authorizer(), context,
                          [this, httpCall, context, done, retriedAuth](const HttpReply &reply) {
                              if (reply.error.kind == ApiError::Kind::Auth && m_authenticator) {
                                  if (!retriedAuth) {
                                      m_authenticator->invalidate();
                                      send(httpCall, context, done, true);
                                      return;
                                  }
                                  emit sessionExpired(reply.error);
                              }
                              done(reply);
                          });
    });
}
