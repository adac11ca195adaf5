#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

// Failed password logins, the way IAM treats them: a user (domain + name, whether it exists or not, so
// that a lockout tells nothing) is locked for a while after consecutive failures, and a source address
// that fails too often in a window is held back. Answers at once: a locked login costs no hashing.
// Thread-safe.
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

    LoginThrottle(Policy policy, std::function<qint64()> nowMs);

    // Milliseconds until this user or source may try again; 0: now.
    qint64 waitMs(const QString &user, const QString &source) const;
    void failed(const QString &user, const QString &source);
    void succeeded(const QString &user);

private:
    struct UserState
    {
        int failures = 0;
        qint64 lockedUntil = 0;
    };
    struct SourceState
    {
        qint64 windowStart = 0;
        int failures = 0;
        qint64 heldUntil = 0;
    };
    void prune(qint64 now); // bounded memory: forget what no longer holds anything back

    Policy m_policy;
    std::function<qint64()> m_now;
    mutable QMutex m_mutex;
    QHash<QString, UserState> m_users;
    QHash<QString, SourceState> m_sources;
};
