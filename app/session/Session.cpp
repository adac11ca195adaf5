#include "session/Session.h"

#include "types/ServiceCodes.h"

#include <QLocale>
#include <QTime>

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session() = default;

QString Session::describe(const ApiError &e)
{
    const QString code = e.code.isEmpty() ? (e.httpStatus ? QStringLiteral("HTTP %1").arg(e.httpStatus) : QString()) : e.code;
    const QString suffix = code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(code);
    switch (e.kind) {
    case ApiError::Kind::None: return {};
    case ApiError::Kind::Auth:
        if (e.message.contains(QLatin1String("clock skew"), Qt::CaseInsensitive))
            return tr("The service refused the request because this computer's clock differs from the service's by more than "
                      "15 minutes. Correct the clock, then log in again.")
                    + suffix;
        if (e.message.contains(QLatin1String("aksk"), Qt::CaseInsensitive))
            return tr("The AK/SK signature was refused: check the access key and the secret key.") + suffix;
        if (e.message.contains(QLatin1String("username or password"), Qt::CaseInsensitive))
            return tr("The user name or password is wrong.") + suffix;
        if (e.message.contains(QLatin1String("token expires"), Qt::CaseInsensitive))
            return tr("The session has expired: log in again.") + suffix;
        return tr("The credentials were refused: %1").arg(e.message) + suffix;
    case ApiError::Kind::Forbidden:
        if (const QString known = ServiceCodes::text(e.code); !known.isEmpty())
            return known + suffix;
        return tr("Access denied: %1").arg(e.message) + suffix;
    case ApiError::Kind::Tls:
        return tr("The service's certificate is not trusted (%1). For a private endpoint, choose its CA certificate.").arg(e.message);
    case ApiError::Kind::Network: return tr("The service cannot be reached: %1. Check the endpoint and the network.").arg(e.message);
    case ApiError::Kind::Timeout: return tr("The service did not answer in time. Try again later.");
    case ApiError::Kind::Redirect: return tr("The service sent an unsafe redirect: %1").arg(e.message);
    case ApiError::Kind::Decode: return tr("The service answered in an unexpected way: %1").arg(e.message);
    case ApiError::Kind::Cancelled: return tr("Cancelled.");
    case ApiError::Kind::Io: return tr("A file could not be written: %1").arg(e.message);
    case ApiError::Kind::Service:
        if (const QString known = ServiceCodes::text(e.code); !known.isEmpty())
            return known + suffix; // in the user's language; the service's English is in the log
        break;
    }
    return tr("The service refused the request: %1").arg(e.message) + suffix;
}

QString Session::projectId() const { return m_client ? m_client->projectId() : QString(); }

QString Session::who() const
{
    if (!m_loggedIn)
        return {};
    if (m_request.mode == LoginRequest::Mode::AkSk)
        return tr("AK %1 / project %2").arg(QString::fromLatin1(m_request.accessKey), m_request.projectId);
    return tr("%1 @ %2 / %3")
            .arg(m_request.password.user, m_request.password.domain, m_iam ? m_iam->token().projectName : m_request.password.project);
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

namespace {

bool isWrongPassword(const ApiError &e)
{
    return e.kind == ApiError::Kind::Auth && e.message.contains(QLatin1String("username or password"), Qt::CaseInsensitive);
}

// modelarts-local holds back an address that fails too many logins (not the user: others behind the same
// address still log in): its 429 names the address.
bool isAddressHeld(const ApiError &e)
{
    return e.kind == ApiError::Kind::Service && e.httpStatus == 429
            && e.message.contains(QLatin1String("this address"), Qt::CaseInsensitive);
}

bool isLocked(const ApiError &e)
{
    if (isAddressHeld(e))
        return false;
    return (e.kind == ApiError::Kind::Service && e.httpStatus == 429)
            || (e.isError() && e.message.contains(QLatin1String("locked"), Qt::CaseInsensitive));
}

QString heldBackText(const ApiError &e)
{
    const QString until = QLocale().toString(QTime::currentTime().addSecs(int(qMax<qint64>(1, e.retryAfterSeconds))), QLocale::ShortFormat);
    if (e.message.contains(QLatin1String("correct password"), Qt::CaseInsensitive))
        return Session::tr("The user name or password is wrong, and this computer's address has failed too many logins (perhaps "
                           "someone else's on the same address): its failed logins are held back until %1. The right password is "
                           "still accepted.")
                .arg(until);
    return Session::tr("This computer's address has failed too many logins, this user's among them: this user's logins from here "
                       "are held back until %1. Other users may still log in.")
            .arg(until);
}

} // namespace

QString Session::describeLogin(const ApiError &e, int wrongInARow)
{
    if (isAddressHeld(e))
        return heldBackText(e);
    if (isLocked(e)) {
        if (e.retryAfterSeconds <= 0)
            return tr("Too many wrong passwords: IAM has locked this user for a while. Try again later.");
        const int minutes = int((e.retryAfterSeconds + 59) / 60);
        const QString until = QLocale().toString(QTime::currentTime().addSecs(int(e.retryAfterSeconds)), QLocale::ShortFormat);
        return tr("Too many wrong passwords: IAM has locked this user for about %n minute(s). Try again after %1.", nullptr, minutes)
                .arg(until);
    }
    QString text = describe(e);
    if (isWrongPassword(e) && wrongInARow >= 3)
        text += QLatin1Char(' ')
                + tr("That is %n wrong password(s) in a row: IAM locks a user after a few (5 unless the administrator chose "
                     "another number), so check it before the next try.",
                     nullptr, wrongInARow);
    return text;
}

void Session::fail(const ApiError &error)
{
    m_loggedIn = false;
    setBusy(false);
    const QString who = m_request.password.domain.toLower() + QLatin1Char('\n') + m_request.password.user.toLower();
    if (isWrongPassword(error)) {
        m_wrongInARow = who == m_wrongFor ? m_wrongInARow + 1 : 1;
        m_wrongFor = who;
    } else if (isLocked(error)) {
        m_wrongInARow = 0; // the count starts again after the lock
    }
    emit loginFailed(error, describeLogin(error, m_wrongInARow));
}

void Session::login(const LoginRequest &request)
{
    cancel();
    m_request = request;
    m_loggedIn = false;
    // A fresh transport for each login: nothing of an earlier one (connections, CAs) carries over.
    m_client.reset();
    m_iam.reset();
    m_transport = std::make_unique<ApiTransport>();
    setBusy(true);
    if (!request.caFile.isEmpty()) {
        QString error;
        if (!m_transport->addCaCertificatesFromFile(request.caFile, &error)) {
            ApiError e;
            e.kind = ApiError::Kind::Tls;
            e.message = error;
            fail(e);
            return;
        }
    }
    m_client = std::make_unique<ModelArtsClient>(m_transport.get(), request.endpoints.modelArts);
    connect(m_client.get(), &ModelArtsClient::sessionExpired, this, [this](const ApiError &e) { emit sessionExpired(e, describe(e)); });

    if (request.mode == LoginRequest::Mode::AkSk) {
        m_client->useAkSk(AkSkSigner(request.accessKey, request.secretKey), request.projectId);
        m_client->checkAccess(this, [this](const Result<bool> &r) {
            if (!r.ok()) {
                fail(r.error);
                return;
            }
            m_loggedIn = true;
            setBusy(false);
            emit loggedIn();
        });
        return;
    }
    m_iam = std::make_unique<IamAuthenticator>(m_transport.get(), request.endpoints.iam);
    m_client->useToken(m_iam.get());
    connect(m_iam.get(), &IamAuthenticator::loginFailed, this, &Session::fail);
    // Renewing the token failed (the password changed, the account was disabled): ask the user again.
    connect(m_iam.get(), &IamAuthenticator::sessionExpired, this, [this](const ApiError &e) { emit sessionExpired(e, describe(e)); });
    connect(m_iam.get(), &IamAuthenticator::loggedIn, this, [this] {
        m_loggedIn = true;
        m_wrongInARow = 0;
        setBusy(false);
        emit loggedIn();
    });
    m_iam->login(request.password);
}

void Session::cancel()
{
    if (!m_busy)
        return;
    // Dropping the objects drops their callbacks: nothing of this login reports any more.
    m_client.reset();
    m_iam.reset();
    m_transport.reset();
    setBusy(false);
}

void Session::logout()
{
    cancel();
    m_client.reset();
    m_iam.reset();
    m_transport.reset();
    m_loggedIn = false;
    m_request.password.password.clear();
    m_request.secretKey.clear();
}
