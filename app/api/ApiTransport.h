#pragma once

#include "types/ModelArtsTypes.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

struct RetryPolicy
{
    int maxAttempts = 4; // the first try and up to three retries
    int baseDelayMs = 400; // doubled each retry, with jitter
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 60000; // a Retry-After longer than this is not waited for
    int transferTimeoutMs = 30000; // no byte for this long: the try has timed out
    int maxRedirects = 5;
};

struct HttpCall
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    bool idempotent = true; // GETs, and the batch update (it sets labels): may be retried
    bool authenticated = true; // carries credentials, and only ever to the trusted origins
    // A 429 is waited for and retried (a rate limit). Not for a login: its 429 follows failed logins, and a
    // retry of a wrong password is one failure more; the user is told at once instead.
    bool retryTooMany = true;
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    ApiError error; // kind None on a 2xx
    int attempts = 0; // how many tries it took
    QUrl finalUrl;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// The HTTP layer of the client: one QNetworkAccessManager, and for each call a private exchange object
// that owns its reply, applies the timeout, retries idempotent calls on network errors, 5xx and 429 with
// capped exponential backoff and jitter (honouring Retry-After), follows redirects itself (never from
// HTTPS to HTTP; credentials only to the trusted origins), verifies TLS always (an extra CA can be
// trusted, nothing is ignored), and deletes itself on every path. Lives on one thread (the caller's).
class ApiTransport final : public QObject
{
    Q_OBJECT
public:
    // Adds credentials to a request about to be sent (a token header, or an AK/SK signature).
    using Authorizer = std::function<void(QNetworkRequest &request, const QByteArray &method, const QByteArray &body)>;

    explicit ApiTransport(QObject *parent = nullptr);
    ~ApiTransport() override;
    Q_DISABLE_COPY_MOVE(ApiTransport)

    void setPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &policy() const { return m_policy; }
    // scheme://host:port of the services credentials may go to (IAM and ModelArts).
    void setTrustedOrigins(const QList<QUrl> &origins);
    void addTrustedOrigin(const QUrl &origin);
    bool isTrusted(const QUrl &url) const;
    // Certificates trusted in addition to the system's (a private endpoint's CA). False if none was read.
    bool addCaCertificatesFromFile(const QString &path, QString *error);
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas = certificates; }

    // `done` is called once, on this object's thread, unless `context` is destroyed first.
    void send(const HttpCall &call, const Authorizer &authorizer, QObject *context, std::function<void(const HttpReply &)> done);

    QNetworkAccessManager *network() { return &m_network; }
    QSslConfiguration sslConfiguration() const;

    static QString originOf(const QUrl &url);

private:
    friend class HttpExchange;
    QNetworkAccessManager m_network;
    RetryPolicy m_policy;
    QStringList m_trustedOrigins;
    QList<QSslCertificate> m_extraCas;
};
