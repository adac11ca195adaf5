#include "auth/LoginThrottle.h"

#include <algorithm>

namespace {
constexpr qsizetype kMaxFailedUsersPerSource = 1000;
}

LoginThrottle::LoginThrottle(Policy policy, std::function<qint64()> nowMs)
    : m_policy(policy)
    , m_now(std::move(nowMs))
{
}

LoginThrottle::Hold LoginThrottle::before(const QString &user, const QString &source) const
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    if (const auto u = m_users.constFind(user); u != m_users.cend() && u->lockedUntil > now)
        return { Hold::Cause::User, u->lockedUntil - now, u->lockedSince, 0 };
    if (const auto s = m_sources.constFind(source); s != m_sources.cend() && s->heldUntil > now && s->failedUsers.contains(user))
        return { Hold::Cause::Pair, s->heldUntil - now, 0, s->failures };
    return {};
}

LoginThrottle::Hold LoginThrottle::failed(const QString &user, const QString &source)
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = m_now();
    prune(now);
    UserState &u = m_users[user];
    if (++u.failures >= m_policy.failuresBeforeLock) {
        u.lockedSince = now;
        u.lockedUntil = now + m_policy.lockMs;
        u.failures = 0;
    }
    SourceState &s = m_sources[source];
    if (now - s.windowStart >= m_policy.sourceWindowMs && s.heldUntil <= now) {
        s.windowStart = now;
        s.failures = 0;
        s.failedUsers.clear();
    }
    ++s.failures;
    if (s.failedUsers.size() < kMaxFailedUsersPerSource)
        s.failedUsers.insert(user);
    if (s.failures >= m_policy.sourceFailures)
        s.heldUntil = qMax(s.heldUntil, s.windowStart + m_policy.sourceWindowMs);
    if (s.heldUntil > now)
        return { Hold::Cause::Source, s.heldUntil - now, 0, s.failures };
    return {};
}

void LoginThrottle::succeeded(const QString &user)
{
    const QMutexLocker lock(&m_mutex);
    m_users.remove(user);
}

void LoginThrottle::unlock(const QString &user, qint64 unlockedAtMs)
{
    const QMutexLocker lock(&m_mutex);
    const auto u = m_users.find(user);
    if (u != m_users.end() && u->lockedSince <= unlockedAtMs)
        m_users.erase(u);
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
