#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

// Work on a thread pool, its result handed to `context`'s thread: `done(result)` runs there once `work`
// has finished, unless `context` is gone by then or the work never ran (a pool cleared before it started).
//
// The result is posted as an event, with no lock shared by the two threads. Neither QFuture::then(context)
// (in Qt 6.4 a context continuation can be invoked twice, and the second call starts a moved-from promise:
// a crash in QFutureInterfaceBase::reportStarted) nor a QFutureWatcher: the watcher takes the future's
// mutex on the GUI thread, which a pool thread holds while it reports, so a pool thread that loses its
// core in there holds the GUI thread as long.
namespace offthread {

// Frees `value` on `pool`, where it was made. Freed on the GUI thread, a pool thread's memory waits for
// that thread's allocator lock, which a busy pool thread holds.
template<typename T>
void dispose(QThreadPool *pool, T value)
{
    pool->start([garbage = std::move(value)] {});
}

// The end of run()'s inbox: deleted later on its thread. Not while the application is closing down on that
// thread: a result still on its way is then dropped with the thread's posted events, under their lock,
// and a deleteLater() would post again under it (a deadlock at exit); the inbox goes at once.
inline void releaseInbox(QObject *inbox)
{
    if (QCoreApplication::closingDown() && inbox->thread() == QThread::currentThread())
        std::default_delete<QObject>()(inbox);
    else
        inbox->deleteLater();
}

template<typename Work, typename Done>
void run(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    // Made on this thread and deleted here, once the result has been delivered or the pool has dropped the
    // work unrun: never a child of `context`, which may go first.
    std::shared_ptr<QObject> inbox(new QObject, &releaseInbox);
    QPointer<QObject> guard(context); // read on this thread only
    pool->start([inbox, guard, pool, work = std::move(work), done = std::move(done)]() mutable {
        Result result = work();
        QMetaObject::invokeMethod(
                inbox.get(),
                [inbox, guard, pool, done = std::move(done), result = std::move(result)]() mutable {
                    if (!guard)
                        return;
                    done(std::as_const(result));
                    dispose(pool, std::move(result)); // what `done` did not keep
                },
                Qt::QueuedConnection);
    });
}

template<typename Work, typename Done>
void run(QObject *context, Work work, Done done)
{
    run(QThreadPool::globalInstance(), context, std::move(work), std::move(done));
}

} // namespace offthread
