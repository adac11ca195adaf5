#pragma once

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <functional>

// Failed password logins, the way IAM treats them: a user (domain + name, whether it exists or not, so
// that a lockout tells nothing) is locked for a while after consecutive failures, from every address.
// A source address that fails too often in a window is held back for its failures only: behind one
// address (every local client on the loopback binding, every client behind a proxy) the others' correct
// logins still pass. While it is held, the users that failed from it are refused at once (the failing
// pairs), and its new failures are answered as held back; a correct password from it is accepted.
// Answers at once: a held login costs no hashing. Thread-safe.
class LoginThrottle final
{
public:
    struct Policy
    {
        int failuresBeforeLock = 5;
        qint64 lockMs = 5 * 60 * 1000;
        int sourceFailures = 30; // per window, any users
        qint64 sourceWindowMs = 60 * 1000;
    };
    // Why a login is held back, and for how long.
    struct Hold
    {
        enum class Cause { None, User, Pair, Source };
        Cause cause = Cause::None;
        qint64 ms = 0; // until it may try again
        qint64 sinceMs = 0; // User: when the lock began (an administrator's unlock after it clears it)
        int sourceFailures = 0; // Pair, Source: the address's failures in its window
        explicit operator bool() const { return cause != Cause::None; }
    };

    LoginThrottle(Policy policy, std::function<qint64()> nowMs);

    // Whether this user from this source is held back before its password is checked.
    Hold before(const QString &user, const QString &source) const;
    // A wrong password: a Source hold when the address is now held back (the answer says so), else none.
    Hold failed(const QString &user, const QString &source);
    void succeeded(const QString &user);
    // Clears the user's lock when it began at or before `unlockedAtMs` (an administrator's unlock).
    void unlock(const QString &user, qint64 unlockedAtMs);

private:
    struct UserState
    {
        int failures = 0;
        qint64 lockedSince = 0;
        qint64 lockedUntil = 0;
    };
    struct SourceState
    {
        qint64 windowStart = 0;
        int failures = 0;
        qint64 heldUntil = 0;
        QSet<QString> failedUsers; // in the window (bounded)
    };
    void prune(qint64 now); // bounded memory: forget what no longer holds anything back

    Policy m_policy;
    std::function<qint64()> m_now;
    mutable QMutex m_mutex;
    QHash<QString, UserState> m_users;
    QHash<QString, SourceState> m_sources;
};
