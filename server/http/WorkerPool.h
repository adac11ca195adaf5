#pragma once

#include "http/HttpExchange.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

// What answers requests on one worker thread (made on that thread, used and destroyed there only).
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual ApiResponse handle(ApiRequest request) = 0;
};
using HandlerFactory = std::function<std::unique_ptr<RequestHandler>()>;

// The threads that answer the HTTP front's requests, so that no request waits for another on the thread
// that accepts connections. Two lanes: what is known to cost (a login's key stretching, creating a task,
// a first preview, a large body) runs on its own threads, so that it never holds up the cheap requests
// (listings, task polls) behind it. Each thread makes its handler once, with `factory`.
class WorkerPool final
{
public:
    using Done = std::function<void(ApiResponse)>; // called on the worker thread

    WorkerPool(HandlerFactory factory, int threads, int heavyThreads);
    // Drops what has not started and waits for what has.
    ~WorkerPool();
    Q_DISABLE_COPY_MOVE(WorkerPool)

    // Drops what has not started, waits for what has, and drops whatever is submitted after (its `done` is
    // never called): requests that still arrive while the front closes find a pool, not a dangling one.
    void stop();
    void submit(ApiRequest request, Done done);
    // Requests submitted and not yet answered (whether or not their client is still there).
    int unanswered() const { return m_unanswered.load(); }

private:
    // Whether a request goes to the lane of what costs.
    static bool isHeavy(const ApiRequest &request);

    std::atomic_int m_unanswered{ 0 };

    struct Job
    {
        ApiRequest request;
        Done done;
    };
    struct Lane
    {
        QMutex mutex;
        QWaitCondition wake;
        std::deque<Job> jobs;
        bool stopping = false;
        std::vector<std::unique_ptr<QThread>> threads;
    };

    void start(Lane &lane, int threads);
    void run(Lane &lane);
    static void stop(Lane &lane);

    HandlerFactory m_factory;
    Lane m_light;
    Lane m_heavy;
};
