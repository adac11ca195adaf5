#pragma once

#include <QMutex>
#include <QtGlobal>

#include <memory>

// The memory that request bodies may hold at once. A body past `smallBody` takes its size from the budget
// before it is read (the connection answers 503 with Retry-After instead when the budget is spent), and
// gives it back when the request is gone: a flood of large bodies is bounded, not 64 x 12 MB. When the
// last large body is given back, the heap's free memory goes back to the system (malloc_trim): a refused
// 12 MB body no longer leaves the service hundreds of megabytes larger. Thread-safe.
class BodyBudget final
{
public:
    BodyBudget(qint64 budgetBytes, qint64 smallBody);

    qint64 smallBody() const { return m_smallBody; }
    qint64 budget() const { return m_budget; }
    // `bytes` more for a body; false when they do not fit (nothing taken). `force`: taken even past the
    // budget (a body that has already arrived).
    bool take(qint64 bytes, bool force = false);
    void give(qint64 bytes);
    // A hold on `bytes` already taken: given back when the last copy of it goes (with the request).
    std::shared_ptr<void> hold(qint64 bytes);

    qint64 inFlight() const;
    qint64 peak() const; // the most held at once
    int trims() const; // times memory was given back to the system

private:
    const qint64 m_budget;
    const qint64 m_smallBody;
    mutable QMutex m_mutex;
    qint64 m_inFlight = 0;
    qint64 m_peak = 0;
    int m_trims = 0;
};
