#include "http/ConnectionSlots.h"

#include "ServerLog.h"

#include <QDateTime>

ConnectionSlots::ConnectionSlots(Caps caps, std::function<qint64()> nowMs, qint64 logIntervalMs)
    : m_caps(caps)
    , m_now(nowMs ? std::move(nowMs) : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_logIntervalMs(logIntervalMs)
{
}

ConnectionSlots::Refusal ConnectionSlots::take(const QString &source)
{
    const QMutexLocker lock(&m_mutex);
    if (m_open >= m_caps.total) {
        logRefusal(QStringLiteral("%1 connections open, the cap").arg(m_open));
        return { 503, QStringLiteral("The service has %1 connections open; try again later").arg(m_caps.total) };
    }
    int &fromSource = m_bySource[source];
    if (fromSource >= m_caps.perSource) {
        logRefusal(QStringLiteral("%1 connections open from %2, the cap for one address").arg(fromSource).arg(source));
        return { 503,
                 QStringLiteral("%1 connections are open from this address, the most one address may hold; close some or try "
                                "again later")
                         .arg(fromSource) };
    }
    ++fromSource;
    ++m_open;
    return {};
}

void ConnectionSlots::give(const QString &source)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_bySource.find(source);
    if (it == m_bySource.end())
        return;
    --m_open;
    if (--it.value() <= 0)
        m_bySource.erase(it);
}

int ConnectionSlots::open() const
{
    const QMutexLocker lock(&m_mutex);
    return m_open;
}

int ConnectionSlots::openFrom(const QString &source) const
{
    const QMutexLocker lock(&m_mutex);
    return m_bySource.value(source);
}

void ConnectionSlots::logRefusal(const QString &what)
{
    const qint64 now = m_now();
    if (m_loggedAt >= 0 && now - m_loggedAt < m_logIntervalMs) {
        ++m_unlogged;
        return;
    }
    if (m_unlogged > 0)
        qCWarning(lcServer).noquote() << "connection refused:" << what
                                      << QStringLiteral("(and %1 more refused in the last %2 s)")
                                                 .arg(m_unlogged)
                                                 .arg(double(now - m_loggedAt) / 1000.0, 0, 'f', 0);
    else
        qCWarning(lcServer).noquote() << "connection refused:" << what;
    m_loggedAt = now;
    m_unlogged = 0;
}
