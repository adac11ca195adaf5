#include "http/BodyBudget.h"

#include <malloc.h>

BodyBudget::BodyBudget(qint64 budgetBytes, qint64 smallBody)
    : m_budget(budgetBytes)
    , m_smallBody(smallBody)
{
}

bool BodyBudget::take(qint64 bytes, bool force)
{
    const QMutexLocker lock(&m_mutex);
    if (!force && m_inFlight > 0 && m_inFlight + bytes > m_budget)
        return false; // one body alone always fits: the front's size limit is its bound
    m_inFlight += bytes;
    m_peak = qMax(m_peak, m_inFlight);
    return true;
}

void BodyBudget::give(qint64 bytes)
{
    bool trim = false;
    {
        const QMutexLocker lock(&m_mutex);
        m_inFlight -= bytes;
        trim = m_inFlight == 0 && bytes > 0;
        if (trim)
            ++m_trims;
    }
    // Freed bodies and what handling them built (a parsed document, per-thread arenas) go back to the
    // system rather than stay the process's for good.
    if (trim)
        malloc_trim(0);
}

std::shared_ptr<void> BodyBudget::hold(qint64 bytes)
{
    return std::shared_ptr<void>(nullptr, [this, bytes](void *) { give(bytes); });
}

qint64 BodyBudget::inFlight() const
{
    const QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

qint64 BodyBudget::peak() const
{
    const QMutexLocker lock(&m_mutex);
    return m_peak;
}

int BodyBudget::trims() const
{
    const QMutexLocker lock(&m_mutex);
    return m_trims;
}
