#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QTimer>

#include <functional>

namespace bench {

// One pass of the event loop as an application's exec() makes it: what was deleteLater()'d is deleted too.
// processEvents() alone, outside exec(), never delivers a deferred delete: every reply and job the client
// let go would stay, and each later pass would walk past all of them again (a cost that grows with the
// listing, which the application does not have). QTest::qWait does the same.
inline void processEvents(QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents, int maxMs = 0)
{
    if (maxMs > 0)
        QCoreApplication::processEvents(flags, maxMs);
    else
        QCoreApplication::processEvents(flags);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// Runs the event loop until `done` or the time-out; false on time-out. Sleeps while nothing happens, as an
// application's own loop does: a loop that polls would take a core from the client and the service it
// measures (processEvents() with no events to wait for returns at once).
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // wakes the loop now and then: the time-out is seen, and so is a `done` another thread sets
    wake.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace bench
