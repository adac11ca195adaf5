#pragma once

#include "api/ApiTransport.h"
#include "types/ModelArtsTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

struct PasswordCredentials
{
    QString domain; // account name
    QString user;
    QString password; // kept in memory for renewals, never written or logged
    QString project; // project name (usually the region, e.g. cn-north-4)
};

// IAM password tokens (POST /v3/auth/tokens, project scope by name): logs in, keeps the token in memory,
// renews it before it expires (a margin) and once after a 401, then reports the session expired.
class IamAuthenticator final : public QObject
{
    Q_OBJECT
public:
    IamAuthenticator(ApiTransport *transport, QUrl iamEndpoint, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(IamAuthenticator)

    void login(const PasswordCredentials &credentials);
    void cancel();
    void logout();

    bool isLoggedIn() const { return !m_token.token.isEmpty(); }
    const TokenInfo &token() const { return m_token; }
    QString projectId() const { return m_token.projectId; }
    QUrl endpoint() const { return m_endpoint; }

    // Calls `ready` with a usable token: the current one, or a renewed one when it expires within the
    // margin or was invalidated. `ready` gets the error when renewing failed.
    void withFreshToken(QObject *context, std::function<void(const ApiError &)> ready);
    // The service refused the token (401): the next withFreshToken() logs in again.
    void invalidate();

    void setRenewalMarginMs(qint64 ms) { m_marginMs = ms; }
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

    // For ApiTransport: adds X-Auth-Token.
    ApiTransport::Authorizer authorizer() const;

signals:
    void loggedIn();
    void loginFailed(const ApiError &error);
    void tokenRenewed();
    // Renewing failed (the password changed, the account was disabled, ...): the user must log in again.
    void sessionExpired(const ApiError &error);

private:
    void authenticate(std::function<void(const ApiError &)> then);

    ApiTransport *m_transport;
    QUrl m_endpoint;
    PasswordCredentials m_credentials;
    TokenInfo m_token;
    bool m_invalid = false;
    qint64 m_marginMs = 10 * 60 * 1000;
    std::function<qint64()> m_nowMs;
    QList<std::pair<QPointer<QObject>, std::function<void(const ApiError &)>>> m_waiting;
    bool m_authenticating = false;
    quint64 m_generation = 0; // a cancel or logout makes answers to older requests void
};
