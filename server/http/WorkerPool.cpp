#include "http/WorkerPool.h"

namespace {

constexpr qsizetype kLargeBody = 256 * 1024;

} // namespace

WorkerPool::WorkerPool(HandlerFactory factory, int threads, int heavyThreads)
    : m_factory(std::move(factory))
{
    start(m_light, qMax(1, threads));
    start(m_heavy, qMax(1, heavyThreads));
}

WorkerPool::~WorkerPool() { stop(); }

void WorkerPool::stop()
{
    stop(m_light);
    stop(m_heavy);
}

bool WorkerPool::isHeavy(const ApiRequest &request)
{
    const QByteArray &path = request.encodedPath;
    if (request.body.size() > kLargeBody)
        return true;
    if (request.method == "POST" && (path.endsWith("/auth/tokens") || path.endsWith("/tasks")))
        return true;
    return path.startsWith("/obs/") && path.endsWith("/preview");
}

void WorkerPool::submit(ApiRequest request, Done done)
{
    Lane &lane = isHeavy(request) ? m_heavy : m_light;
    QMutexLocker lock(&lane.mutex);
    if (lane.stopping)
        return;
    ++m_unanswered;
    lane.jobs.push_back(Job{ std::move(request), std::move(done) });
    lane.wake.wakeOne();
}

void WorkerPool::start(Lane &lane, int threads)
{
    for (int i = 0; i < threads; ++i) {
        lane.threads.emplace_back(QThread::create([this, &lane] { run(lane); }));
        lane.threads.back()->setObjectName(&lane == &m_heavy ? QStringLiteral("http-heavy") : QStringLiteral("http-worker"));
        lane.threads.back()->start();
    }
}

void WorkerPool::stop(Lane &lane)
{
    {
        QMutexLocker lock(&lane.mutex);
        lane.stopping = true;
        lane.jobs.clear();
        lane.wake.wakeAll();
    }
    for (const auto &thread : lane.threads)
        thread->wait();
}

void WorkerPool::run(Lane &lane)
{
    const std::unique_ptr<RequestHandler> handler = m_factory();
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&lane.mutex);
            while (lane.jobs.empty() && !lane.stopping)
                lane.wake.wait(&lane.mutex);
            if (lane.stopping)
                return;
            job = std::move(lane.jobs.front());
            lane.jobs.pop_front();
        }
        job.done(handler->handle(std::move(job.request)));
        --m_unanswered;
    }
}
