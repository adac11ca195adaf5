#include "threads/BackgroundPriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace background {

namespace {
constexpr int kNice = 10;
}

void yieldToInteractiveThreads()
{
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // PRIO_PROCESS with a thread id sets that thread's nice value alone (not POSIX, but Linux's contract).
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int now = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && now < kNice)
        setpriority(PRIO_PROCESS, tid, kNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

int niceness()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
#else
    return 0;
#endif
}

} // namespace background
