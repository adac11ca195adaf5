#include "api/IamAuthenticator.h"

#include "AppLog.h"
#include "json/JsonCodec.h"

#include <QDateTime>

IamAuthenticator::IamAuthenticator(ApiTransport *transport, QUrl iamEndpoint, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(std::move(iamEndpoint))
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_transport->addTrustedOrigin(m_endpoint);
}

void IamAuthenticator::login(const PasswordCredentials &credentials)
{
    m_credentials = credentials;
    m_token = {};
    m_invalid = false;
    authenticate([this](const ApiError &error) {
        if (error.isError())
            emit loginFailed(error);
        else
            emit loggedIn();
    });
}

void IamAuthenticator::cancel()
{
    ++m_generation;
    m_authenticating = false;
    m_waiting.clear();
}

void IamAuthenticator::logout()
{
    cancel();
    m_token = {};
    m_credentials = {};
}

void IamAuthenticator::invalidate() { m_invalid = true; }

ApiTransport::Authorizer IamAuthenticator::authorizer() const
{
    return [this](QNetworkRequest &request, const QByteArray &, const QByteArray &) {
        if (!m_token.token.isEmpty())
            request.setRawHeader("X-Auth-Token", m_token.token);
    };
}

void IamAuthenticator::withFreshToken(QObject *context, std::function<void(const ApiError &)> ready)
{
    const bool fresh = !m_token.token.isEmpty() && !m_invalid && m_token.expiresAtMs - m_marginMs > m_nowMs();
    if (fresh) {
        ready({});
        return;
    }
    if (m_credentials.password.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Auth;
        e.message = tr("Not logged in.");
        ready(e);
        return;
    }
    m_waiting.append({ QPointer<QObject>(context), std::move(ready) });
    if (m_authenticating)
        return;
    qCInfo(lcAuth) << (m_invalid ? "token refused by the service" : "token about to expire") << "- renewing";
    authenticate([this](const ApiError &error) {
        if (error.isError()) {
            m_token = {};
            emit sessionExpired(error);
        } else {
            emit tokenRenewed();
        }
    });
}

void IamAuthenticator::authenticate(std::function<void(const ApiError &)> then)
{
    m_authenticating = true;
    const quint64 generation = ++m_generation;
    QUrl url = m_endpoint;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/v3/auth/tokens"));
    url.setQuery(QStringLiteral("nocatalog=true"));
    HttpCall call;
    call.method = "POST";
    call.url = url;
    call.body = jsoncodec::encodeTokenRequest(m_credentials.domain, m_credentials.user, m_credentials.password, m_credentials.project);
    call.idempotent = true; // asking for a token twice is harmless
    call.authenticated = false;
    call.retryTooMany = false;
    m_transport->send(call, {}, this, [this, generation, then = std::move(then)](const HttpReply &reply) {
        if (generation != m_generation)
            return; // cancelled, or superseded
        m_authenticating = false;
        ApiError error = reply.error;
        if (error.isError()) // a locked user is told for how long
            error.retryAfterSeconds = qMax<qint64>(0, reply.header("Retry-After").trimmed().toLongLong());
        if (!error.isError()) {
            const auto token = jsoncodec::decodeToken(reply.body, reply.header("X-Subject-Token"));
            if (token.ok()) {
                m_token = *token.value;
                m_invalid = false;
                qCInfo(lcAuth).noquote() << "token for" << m_token.userName << "in project" << m_token.projectName << "until"
                                         << QDateTime::fromMSecsSinceEpoch(m_token.expiresAtMs).toString(Qt::ISODate);
            } else {
                error.kind = ApiError::Kind::Decode;
                error.message = tr("The IAM answer is not a token: %1").arg(token.error);
            }
        }
        then(error);
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[context, ready] : waiting) {
            if (context)
                ready(error);
        }
    });
}
