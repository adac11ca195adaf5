#pragma once

// What the benchmarks measure the GUI thread with: the longest hold of its event loop (StallMeter), the
// event that held it (TimingApplication), the process's resident memory, and one figure a line.

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace bench {

inline void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// The longest gap between two ticks of a 2 ms timer, less the interval: how long the event loop was held.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double held = double(now - m_last) / 1e6 - 2.0;
            m_max = std::max(m_max, held);
            m_over50 += held > 50 ? 1 : 0;
            m_last = now;
        });
        m_clock.start();
        m_last = m_clock.nsecsElapsed(); // a stall right at the start counts too
        m_timer.start();
    }
    double max() const { return std::max(0.0, m_max); }
    int over50() const { return m_over50; } // how often the loop was held over 50 ms: the max is one event

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
    int m_over50 = 0;
};

// The calling thread's CPU time: an event that took longer than it held the CPU waited (for a core, or
// for other threads).
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// How long the calling thread has waited for a core while it could run (Linux's schedstat; 0 elsewhere).
inline double threadRunQueueMs()
{
    QFile stat(QStringLiteral("/proc/thread-self/schedstat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    return stat.readAll().split(' ').value(1).toDouble() / 1e6;
}

// Says which event held the loop longest (to stderr): where a stall comes from.
class TimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread()) // the network and decoding threads' events hold no GUI
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        const double cpuBefore = threadCpuMs();
        const double queuedBefore = m_trace ? threadRunQueueMs() : 0;
        const QEvent::Type type = event->type();
        QByteArray name = receiver->metaObject()->className();
        if (!receiver->objectName().isEmpty())
            name += " \"" + receiver->objectName().toUtf8() + '"';
        const bool r = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (ms > 3 && m_trace)
            std::fprintf(stderr, "event %.1f ms (on the CPU %.1f ms, waiting for one %.1f ms) %s event %d\n", ms, threadCpuMs() - cpuBefore,
                         threadRunQueueMs() - queuedBefore, name.constData(), int(type));
        if (ms > m_longest) {
            m_longest = ms;
            m_what = name + " event " + QByteArray::number(int(type));
        }
        --m_depth;
        return r;
    }
    void phase(const char *name)
    {
        if (m_trace)
            std::fprintf(stderr, "phase %s\n", name);
    }
    void report(const char *phase)
    {
        std::fprintf(stderr, "longest event in %s: %.1f ms (%s)\n", phase, m_longest, m_what.constData());
        m_longest = 0;
    }

private:
    const bool m_trace = qEnvironmentVariableIsSet("BENCH_TRACE"); // every GUI event over 3 ms, to stderr
    int m_depth = 0;
    double m_longest = 0;
    QByteArray m_what;
};

} // namespace bench
