#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

// Work on a thread pool, its result handed to `context`'s thread: `done(result)` runs there once `work`
// has finished, unless `context` is gone by then or the work never ran (a pool cleared before it started).
//
// Through a QFutureWatcher (a child of `context`), not QFuture::then(context, ...): in Qt 6.4 a context
// continuation can be invoked twice, and the second call starts a moved-from promise, a crash in
// QFutureInterfaceBase::reportStarted (seen in one of several loads of a million samples, which decode
// 10,000 pages this way).
namespace offthread {

template<typename Work, typename Done>
void run(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if (watcher->future().isResultReadyAt(0))
            done(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

template<typename Work, typename Done>
void run(QObject *context, Work work, Done done)
{
    run(QThreadPool::globalInstance(), context, std::move(work), std::move(done));
}

} // namespace offthread
