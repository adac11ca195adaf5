#pragma once

#include "api/AkSkSigner.h"
#include "api/ApiTransport.h"
#include "api/Endpoints.h"
#include "api/IamAuthenticator.h"
#include "api/ModelArtsClient.h"

#include <QObject>

#include <memory>

struct LoginRequest
{
    enum class Mode { Password, AkSk };
    Mode mode = Mode::Password;
    Endpoints endpoints;
    PasswordCredentials password; // Mode::Password
    QByteArray accessKey; // Mode::AkSk
    QByteArray secretKey;
    QString projectId;
    QString caFile; // an extra CA to trust, "" = the system's only
};

// One login and what hangs on it: the transport, the authenticator (password) or signer (AK/SK), and the
// ModelArts client. login() is asynchronous and can be cancelled; an AK/SK login is checked with one
// call to the service (so a wrong key or a skewed clock is said at once). describe() turns an error into
// a sentence for the user, in their language, with the service's code.
class Session final : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    void login(const LoginRequest &request);
    void cancel();
    void logout();

    bool isBusy() const { return m_busy; }
    bool isLoggedIn() const { return m_loggedIn; }
    ModelArtsClient *client() const { return m_client.get(); }
    IamAuthenticator *authenticator() const { return m_iam.get(); }
    ApiTransport *transport() const { return m_transport.get(); }
    const LoginRequest &request() const { return m_request; }
    QString projectId() const;
    // "user @ domain / project", for a status bar.
    QString who() const;

    static QString describe(const ApiError &error);
    // A failed login as the user needs it: a lock in minutes, and a warning when wrong passwords for one
    // user come in a row (IAM locks after a few).
    static QString describeLogin(const ApiError &error, int wrongInARow);

signals:
    void busyChanged(bool busy);
    void loggedIn();
    void loginFailed(const ApiError &error, const QString &message);
    // The token was refused and renewing it failed: ask for the password again, keep the open view.
    void sessionExpired(const ApiError &error, const QString &message);

private:
    void setBusy(bool busy);
    void fail(const ApiError &error);

    LoginRequest m_request;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<IamAuthenticator> m_iam;
    std::unique_ptr<ModelArtsClient> m_client;
    bool m_busy = false;
    bool m_loggedIn = false;
    QString m_wrongFor; // the user whose password was wrong last ("domain\nuser")
    int m_wrongInARow = 0;
};
