#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

#include <functional>

namespace bench {

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
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace bench
