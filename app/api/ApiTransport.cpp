#include "api/ApiTransport.h"

#include "AppLog.h"
#include "json/JsonCodec.h"

#include <QDateTime>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

// One call, through its tries and redirects. Owns the QNetworkReply of the current try; deletes
// itself when it has reported.
class HttpExchange final : public QObject
{
    Q_OBJECT
public:
    HttpExchange(ApiTransport *transport, HttpCall call, ApiTransport::Authorizer authorizer, QObject *context,
                 std::function<void(const HttpReply &)> done)
        : QObject(transport)
        , m_transport(transport)
        , m_call(std::move(call))
        , m_authorizer(std::move(authorizer))
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_done(std::move(done))
        , m_url(m_call.url)
    {
        m_retryTimer.setSingleShot(true);
        connect(&m_retryTimer, &QTimer::timeout, this, &HttpExchange::attempt);
    }

    void start() { attempt(); }

private:
    void attempt()
    {
        if (m_hasContext && !m_context) {
            deleteLater();
            return;
        }
        ++m_attempts;
        QNetworkRequest request(m_url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_transport->m_policy.transferTimeoutMs);
        request.setSslConfiguration(m_transport->sslConfiguration());
        request.setRawHeader("Accept", "application/json");
        if (!currentBody().isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // Credentials only to the services they belong to, and only over what the user configured.
        if (m_call.authenticated && m_authorizer && m_transport->isTrusted(m_url))
            m_authorizer(request, m_method, currentBody());
        m_reply = m_transport->m_network.sendCustomRequest(request, m_method, currentBody());
        connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    }

    QByteArray currentBody() const { return m_redirectedToGet ? QByteArray() : m_call.body; }

    void onFinished()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();

        HttpReply result;
        result.attempts = m_attempts;
        result.finalUrl = m_url;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.headers = reply->rawHeaderPairs();
        result.body = reply->readAll();
        const QNetworkReply::NetworkError error = reply->error();

        // Redirects, handled here so that credentials never follow one to another host.
        if (result.status >= 300 && result.status < 400 && reply->hasRawHeader("Location")) {
            const QUrl target = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (++m_redirects > m_transport->m_policy.maxRedirects) {
                finish(localError(result, ApiError::Kind::Redirect, tr("Too many redirects.")));
                return;
            }
            if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
                finish(localError(result, ApiError::Kind::Redirect, tr("Refused a redirect from HTTPS to %1.").arg(target.scheme())));
                return;
            }
            if (result.status == 303) {
                m_redirectedToGet = true;
                m_method = "GET";
            }
            qCDebug(lcNet).noquote() << "redirect" << result.status << "to" << ApiTransport::originOf(target)
                                     << (m_transport->isTrusted(target) ? "(trusted)" : "(no credentials)");
            m_url = target;
            --m_attempts;
            attempt();
            return;
        }

        if (error == QNetworkReply::NoError) {
            finish(result);
            return;
        }
        if (result.status >= 400) {
            result.error = jsoncodec::decodeError(result.status, result.body, result.header("X-Request-Id"));
        } else {
            result.error = networkError(error, reply->errorString());
        }
        const bool retryable = m_call.idempotent && result.error.isTransient() && m_attempts < m_transport->m_policy.maxAttempts
                && (m_call.retryTooMany || result.status != 429);
        if (!retryable) {
            finish(result);
            return;
        }
        const int delay = retryDelay(result);
        if (delay < 0) {
            finish(result);
            return;
        }
        qCInfo(lcNet).noquote() << m_method << ApiTransport::originOf(m_url) + m_url.path() << "try" << m_attempts
                                << "failed:" << result.error.toString() << "- retrying in" << delay << "ms";
        m_retryTimer.start(delay);
    }

    // Capped exponential backoff with jitter, or what Retry-After asks; -1 when that is too long.
    int retryDelay(const HttpReply &result) const
    {
        const RetryPolicy &p = m_transport->m_policy;
        const int exponent = qMin(m_attempts - 1, 16);
        const int capped = int(qMin<qint64>(p.maxDelayMs, qint64(p.baseDelayMs) << exponent));
        int delay = capped / 2 + int(QRandomGenerator::global()->bounded(capped / 2 + 1));
        const QByteArray retryAfter = result.header("Retry-After").trimmed();
        if (!retryAfter.isEmpty()) {
            bool ok = false;
            qint64 ms = retryAfter.toLongLong(&ok) * 1000;
            if (!ok) {
                const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
                ms = when.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(when) : -1;
            }
            if (ms > p.maxRetryAfterMs)
                return -1;
            if (ms >= 0)
                delay = int(ms);
        }
        return delay;
    }

    static ApiError networkError(QNetworkReply::NetworkError error, const QString &text)
    {
        ApiError e;
        e.message = text;
        switch (error) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            e.kind = ApiError::Kind::Timeout;
            e.message = tr("No answer in time: %1").arg(text);
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownNetworkError:
            e.kind = text.contains(QLatin1String("SSL"), Qt::CaseInsensitive) || error == QNetworkReply::SslHandshakeFailedError
                    ? ApiError::Kind::Tls
                    : ApiError::Kind::Network;
            break;
        default: e.kind = ApiError::Kind::Network; break;
        }
        return e;
    }

    static HttpReply localError(HttpReply r, ApiError::Kind kind, const QString &message)
    {
        r.error.kind = kind;
        r.error.message = message;
        return r;
    }

    void finish(const HttpReply &result)
    {
        if (!m_hasContext || m_context)
            m_done(result);
        deleteLater();
    }

    ApiTransport *m_transport;
    HttpCall m_call;
    ApiTransport::Authorizer m_authorizer;
    QPointer<QObject> m_context;
    bool m_hasContext;
    std::function<void(const HttpReply &)> m_done;
    QUrl m_url;
    QByteArray m_method = m_call.method;
    QNetworkReply *m_reply = nullptr;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_redirectedToGet = false;
};

ApiTransport::ApiTransport(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiTransport::~ApiTransport() = default;

QString ApiTransport::originOf(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') + QString::number(port);
}

void ApiTransport::setTrustedOrigins(const QList<QUrl> &origins)
{
    m_trustedOrigins.clear();
    for (const QUrl &o : origins)
        addTrustedOrigin(o);
}

void ApiTransport::addTrustedOrigin(const QUrl &origin)
{
    const QString o = originOf(origin);
    if (!m_trustedOrigins.contains(o))
        m_trustedOrigins.append(o);
}

bool ApiTransport::isTrusted(const QUrl &url) const { return m_trustedOrigins.contains(originOf(url)); }

bool ApiTransport::addCaCertificatesFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty()) {
        *error = tr("%1 holds no PEM or DER certificate.").arg(path);
        return false;
    }
    m_extraCas += certs;
    return true;
}

QSslConfiguration ApiTransport::sslConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        ssl.addCaCertificates(m_extraCas);
    return ssl;
}

void ApiTransport::send(const HttpCall &call, const Authorizer &authorizer, QObject *context, std::function<void(const HttpReply &)> done)
{
    auto *exchange = new HttpExchange(this, call, authorizer, context, std::move(done));
    exchange->start();
}

#include "ApiTransport.moc"
