#include "auth/LoginThrottle.h"

#include <algorithm>

LoginThrottle::LoginThrottle(Policy policy, std::function<qint64()> nowMs)
    : m_policy(policy)
    , m_now(std::move(nowMs))
{
}

qint64 LoginThrottle::waitMs(const QString &user, const QString &source) const
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    const qint64 userUntil = m_users.value(user).lockedUntil;
    const qint64 sourceUntil = m_sources.value(source).heldUntil;
    return std::max<qint64>(0, std::max(userUntil, sourceUntil) - now);
}

void LoginThrottle::failed(const QString &user, const QString &source)
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    prune(now);
    UserState &u = m_users[user];
    if (++u.failures >= m_policy.failuresBeforeLock) {
        u.lockedUntil = now + m_policy.lockMs;
        u.failures = 0;
    }
    SourceState &s = m_sources[source];
    if (now - s.windowStart >= m_policy.sourceWindowMs) {
        s.windowStart = now;
        s.failures = 0;
    }
    if (++s.failures >= m_policy.sourceFailures)
        s.heldUntil = s.windowStart + m_policy.sourceWindowMs;
}

void LoginThrottle::succeeded(const QString &user)
{
    const QMutexLocker lock(&m_mutex);
    m_users.remove(user);
}

void LoginThrottle::prune(qint64 now)
{
    constexpr qsizetype keep = 10000;
    if (m_users.size() > keep)
        m_users.removeIf([now](const auto &it) { return it.value().lockedUntil <= now; });
    if (m_sources.size() > keep)
        m_sources.removeIf([now, this](const auto &it) {
            return it.value().heldUntil <= now && now - it.value().windowStart >= m_policy.sourceWindowMs;
        });
}
