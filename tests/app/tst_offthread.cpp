#include "threads/BackgroundPriority.h"
#include "threads/OffThread.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

// offthread::run: work on a pool, its result on the context's thread, exactly once; nothing once the
// context is gone or the work never ran. background::yieldToInteractiveThreads: the calling thread alone.
class tst_OffThread : public QObject
{
    Q_OBJECT
private slots:
    // Thousands of short jobs, as a million-sample listing makes: each result comes once, on the GUI thread.
    void everyResultComesOnceOnTheContextsThread()
    {
        QObject context;
        const int n = 5000;
        QList<int> seen(n, 0);
        int calls = 0;
        bool wrongThread = false;
        for (int i = 0; i < n; ++i) {
            offthread::run(
                    &context, [i] { return i * 2; },
                    [&, i](int result) {
                        ++calls;
                        wrongThread |= QThread::currentThread() != context.thread();
                        if (result == i * 2)
                            ++seen[i];
                    });
        }
        QTRY_COMPARE_WITH_TIMEOUT(calls, n, 30000);
        QVERIFY(!wrongThread);
        QCOMPARE(std::count(seen.cbegin(), seen.cend(), 1), n);
        QCOMPARE(context.findChildren<QObject *>().size(), 0); // nothing is left on the context
    }

    // What `done` does not keep of a result is freed on the pool that made it: freed on the GUI thread, a
    // pool thread's memory waits for that thread's allocator lock.
    void aResultIsFreedOnThePool()
    {
        struct Marked // says on which thread it goes
        {
            std::atomic<QThread *> *freedOn;
            int value;
            Marked(std::atomic<QThread *> *f, int v)
                : freedOn(f)
                , value(v)
            {
            }
            ~Marked() { *freedOn = QThread::currentThread(); }
        };
        QObject context;
        std::atomic<QThread *> freedOn = nullptr;
        bool seen = false;
        offthread::run(
                &context, [&] { return std::make_shared<Marked>(&freedOn, 7); },
                [&](const std::shared_ptr<Marked> &result) { seen = result->value == 7; });
        QTRY_VERIFY(freedOn.load() != nullptr);
        QVERIFY(seen);
        QVERIFY(freedOn.load() != context.thread());
    }

    void nothingComesOnceTheContextIsGone()
    {
        QThreadPool pool;
        QSemaphore started;
        QSemaphore release;
        std::atomic<bool> finished = false;
        bool called = false;
        {
            QObject context;
            offthread::run(
                    &pool, &context,
                    [&] {
                        started.release();
                        release.acquire();
                        finished = true;
                        return 1;
                    },
                    [&](int) { called = true; });
            started.acquire();
        } // the context goes while the work runs
        release.release();
        pool.waitForDone();
        QVERIFY(finished);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void workThatNeverRanGivesNothing()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore started;
        QSemaphore release;
        QObject context;
        int calls = 0;
        offthread::run(
                &pool, &context,
                [&] {
                    started.release();
                    release.acquire();
                    return 1;
                },
                [&](int) { ++calls; });
        offthread::run(
                &pool, &context, [] { return 2; }, [&](int) { calls += 10; }); // queued behind the first
        started.acquire();
        pool.clear(); // the second never starts
        release.release();
        pool.waitForDone();
        QTRY_COMPARE(calls, 1);
        QCoreApplication::processEvents(); // a late delivery of the second would be in the queue now
        QCOMPARE(calls, 1);
    }

    // A decoding thread lowers itself and no other (Linux: the thread's own nice value).
    void aBackgroundThreadYieldsAlone()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread nice values are Linux's");
#endif
        const int mine = background::niceness();
        int lowered = -100;
        int again = -100;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            background::yieldToInteractiveThreads();
            lowered = background::niceness();
            background::yieldToInteractiveThreads(); // once is enough: the second call changes nothing
            again = background::niceness();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QCOMPARE(lowered, std::max(mine, 10));
        QCOMPARE(again, lowered);
        QCOMPARE(background::niceness(), mine); // the GUI thread keeps its share
    }
};

QTEST_GUILESS_MAIN(tst_OffThread)
#include "tst_offthread.moc"
