// Benchmark of modelarts-local under load: does one request stall the others?
//
// The service runs in its own process (as in use; --server picks another build of it, to compare). A
// prober asks for a dataset at 50 Hz on a thread of its own, beside each request known to be costly, and
// its worst delay over its quiet median is printed per request; then 200 clients poll a running task at
// 1 request/s each, and 50 clients page through the auto-annotations: their p99 latencies are printed.
// Figures are "name value unit" lines.

#include "auth/PasswordHash.h"
#include "auth/UrlSigner.h"
#include "storage/Storage.h"
#include "support/AutoLabeledSeed.h"
#include "support/WaitFor.h"

#include "service/AbuseBench.h"
#include "service/ServiceWire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

using bench::percentile;
using bench::print;
using bench::request;
using bench::waitFor;
using bench::Wire;

// Asks for one thing at 50 Hz on its own thread and keeps every latency with when it was asked.
class Prober final : public QThread
{
public:
    Prober(quint16 port, QByteArray probe)
        : m_port(port)
        , m_probe(std::move(probe))
    {
    }
    // Lists, as comments, the probes asked between `fromMs` and `toMs` that took over `overMs`, and when
    // (from `fromMs`): where in a request the others wait.
    void listSlow(qint64 fromMs, qint64 toMs, double overMs) const
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &[at, ms] : m_samples) {
            if (at >= fromMs && at <= toMs && ms > overMs)
                std::printf("#   a probe at +%lld ms took %.1f ms\n", at - fromMs, ms);
        }
    }
    // The latencies of the probes asked between `fromMs` and `toMs` (of the prober's clock), plus how late
    // a probe still unanswered at `toMs` already is.
    QList<double> between(qint64 fromMs, qint64 toMs) const
    {
        QMutexLocker lock(&m_mutex);
        QList<double> out;
        for (const auto &[at, ms] : m_samples) {
            if (at >= fromMs && at <= toMs)
                out.append(ms);
        }
        if (m_outstandingSince >= 0 && m_outstandingSince <= toMs)
            out.append(double(m_clock.elapsed() - m_outstandingSince));
        return out;
    }
    qint64 now() const { return m_clock.elapsed(); }
    void stop() { m_stop.storeRelease(1); }

protected:
    void run() override
    {
        Wire wire(m_port);
        QTimer tick;
        tick.setInterval(20);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            if (m_stop.loadAcquire()) {
                quit();
                return;
            }
            if (wire.busy())
                return; // the one before is still out: its delay is what is measured
            const qint64 at = m_clock.elapsed();
            {
                QMutexLocker lock(&m_mutex);
                m_outstandingSince = at;
            }
            wire.send(m_probe, [this, at](int, double ms, const QByteArray &) {
                QMutexLocker lock(&m_mutex);
                m_samples.append({ at, ms });
                m_outstandingSince = -1;
            });
        });
        tick.start();
        exec();
    }

private:
    quint16 m_port;
    QByteArray m_probe;
    QElapsedTimer m_clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    mutable QMutex m_mutex;
    QList<QPair<qint64, double>> m_samples;
    qint64 m_outstandingSince = -1;
    QAtomicInt m_stop;
};

struct Setup
{
    QString dataDir;
    QString pagedDataset; // auto-labeled, for paging
    QString taskDataset; // labeled enough for a task
    QString bigSampleId; // a 5600 x 5600 PNG in the task dataset
    int samples = 0;
};

bool seedData(Setup &setup)
{
    Storage storage(setup.dataDir);
    if (!storage.open())
        return false;
    const QByteArray cheap = passwordhash::hash(QStringLiteral("bench-password"), 1000);
    if (!storage.identity().upsertUser(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("local"), cheap))
        return false;
    const QStringList labels{ QStringLiteral("daisy"), QStringLiteral("rose"), QStringLiteral("tulip") };
    setup.pagedDataset = seed::autoLabeled(storage, QStringLiteral("paged"), setup.samples, labels);
    setup.taskDataset = seed::autoLabeled(storage, QStringLiteral("tasked"), setup.samples, labels, QStringLiteral("local"),
                                          QStringLiteral("seedtask0000000002"));
    if (setup.pagedDataset.isEmpty() || setup.taskDataset.isEmpty())
        return false;
    // Ten labeled per label, so that a task may start.
    SampleQuery first;
    first.limit = 30;
    const QList<SampleRecord> some = storage.samples().list(setup.taskDataset, first);
    for (qsizetype i = 0; i < some.size(); ++i) {
        if (!storage.samples().replaceLabels(some[i].id, { SampleLabelRecord{ labels[i % 3], 0, 1.0, {} } }, QStringLiteral("bench"), 0))
            return false;
    }
    // A large PNG whose first preview costs.
    QImage big(5600, 5600, QImage::Format_RGB32);
    for (int y = 0; y < big.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(big.scanLine(y));
        for (int x = 0; x < big.width(); ++x)
            line[x] = qRgb((x * 7) & 255, (y * 3) & 255, ((x ^ y) * 5) & 255);
    }
    SampleRecord s = some.last();
    s.id = ids::hex32();
    s.name = QStringLiteral("big.png");
    s.relPath = QStringLiteral("images/%1/%2.png").arg(setup.taskDataset, s.id);
    s.width = s.height = 5600;
    s.labels.clear();
    if (!big.save(QDir(setup.dataDir).filePath(s.relPath), "PNG", 100))
        return false;
    setup.bigSampleId = s.id;
    return storage.samples().insert(s);
}

class Bench
{
public:
    Bench(quint16 port, Setup setup)
        : m_port(port)
        , m_setup(std::move(setup))
    {
    }

    bool login()
    {
        Wire wire(m_port);
        const QByteArray body =
                R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"bench","password":"bench-password",)"
                R"("domain":{"name":"bench"}}}},"scope":{"project":{"name":"local"}}}})";
        QJsonObject answer;
        bool done = false;
        wire.send(request("POST", "/v3/auth/tokens", {}, body), [&](int status, double, const QByteArray &b) {
            done = true;
            if (status == 201)
                answer = QJsonDocument::fromJson(b).object();
        });
        waitFor([&] { return done; }, 30000);
        for (const QByteArray &line : wire.head().split('\n')) {
            if (line.toLower().startsWith("x-subject-token:"))
                m_token = line.mid(16).trimmed();
        }
        m_project = answer[QStringLiteral("token")][QStringLiteral("project")][QStringLiteral("id")].toString().toLatin1();
        return !m_token.isEmpty() && !m_project.isEmpty();
    }

    QByteArray datasetPath(const QString &dataset, const QByteArray &rest = {}) const
    {
        return "/v2/" + m_project + "/datasets/" + dataset.toLatin1() + rest;
    }

    void startProber()
    {
        m_prober = std::make_unique<Prober>(m_port, request("GET", datasetPath(m_setup.pagedDataset), m_token));
        m_prober->start();
        waitFor([] { return false; }, 1500); // a quiet baseline
    }
    void stopProber()
    {
        m_prober->stop();
        m_prober->wait();
    }

    // Runs a costly request (`start` calls its argument once it is answered) and prints the prober's worst
    // delay meanwhile over its quiet median.
    void beside(const char *name, const std::function<void(std::function<void()>)> &start)
    {
        const double quiet = percentile(m_prober->between(m_prober->now() - 1000, m_prober->now()), 0.5);
        bool finished = false;
        const qint64 from = m_prober->now();
        QElapsedTimer took;
        took.start();
        start([&] { finished = true; });
        if (!waitFor([&] { return finished; }, 300000))
            std::fprintf(stderr, "%s: no answer\n", name);
        const qint64 to = m_prober->now();
        const double ms = double(took.elapsed());
        waitFor([] { return false; }, 300); // the probes asked meanwhile come back
        const QList<double> during = m_prober->between(from, to);
        m_prober->listSlow(from, to, 3 * quiet);
        const double worst = during.isEmpty() ? quiet : *std::max_element(during.begin(), during.end());
        std::printf("# %s took %.0f ms; %lld probes meanwhile, quiet median %.1f ms\n", name, ms, qint64(during.size()), quiet);
        print(QByteArray(QByteArrayLiteral("prober_extra_delay_") + name).constData(), worst - quiet, "ms");
    }

    // `count` requests at once, each on its own connection.
    std::function<void(std::function<void()>)> parallel(int count, const std::function<QByteArray(int)> &make)
    {
        return [this, count, make](std::function<void()> done) {
            auto left = std::make_shared<int>(count);
            auto statuses = std::make_shared<QMap<int, int>>();
            for (int i = 0; i < count; ++i) {
                auto *wire = new Wire(m_port, &m_owner);
                wire->send(make(i), [left, done, statuses](int status, double, const QByteArray &) {
                    ++(*statuses)[status];
                    if (--*left > 0)
                        return;
                    for (auto it = statuses->cbegin(); it != statuses->cend(); ++it)
                        std::printf("#   answered %d: %d\n", it.key(), it.value());
                    done();
                });
            }
        };
    }

    void costlyRequests()
    {
        beside("login_20_wrong", parallel(20, [](int i) {
                   const QByteArray body =
                           QStringLiteral(R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"nobody%1",)"
                                          R"("password":"wrong","domain":{"name":"bench"}}}},"scope":{"project":{"name":"local"}}}})")
                                   .arg(i)
                                   .toUtf8();
                   return request("POST", "/v3/auth/tokens", {}, body);
               }));
        beside("create_task", parallel(1, [this](int) {
                   return request("POST", datasetPath(m_setup.taskDataset, "/tasks"), m_token, R"({"task_type":"auto-label"})");
               }));
        QJsonArray unknown;
        for (int i = 0; i < 100000; ++i)
            unknown.append(QJsonObject{
                    { QStringLiteral("sample_id"), QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('f')) },
                    { QStringLiteral("labels"), QJsonArray{ QJsonObject{ { QStringLiteral("name"), QStringLiteral("daisy") } } } } });
        const QByteArray put = QJsonDocument(QJsonObject{ { QStringLiteral("samples"), unknown } }).toJson(QJsonDocument::Compact);
        beside("put_100000_unknown", parallel(1, [&](int) {
                   return request("PUT", datasetPath(m_setup.pagedDataset, "/data-annotations/samples"), m_token, put);
               }));
        beside("first_preview_5600", parallel(1, [this](int) { return request("GET", previewTarget()); }));
        beside("url_8mb", parallel(1, [this](int) {
                   return request("GET", "/v2/" + m_project + "/datasets?x=" + QByteArray(8 << 20, 'a'), m_token);
               }));
    }

    QByteArray previewTarget() const
    {
        Storage storage(m_setup.dataDir);
        storage.open();
        const UrlSigner signer(storage.secret(QStringLiteral("url-signing-key")), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)),
                               3600);
        const QUrl url(
                signer.encodedUrl(m_setup.taskDataset, m_setup.bigSampleId, UrlSigner::Kind::Preview, QDateTime::currentSecsSinceEpoch()));
        return url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    }

    // `clients` connections each asking `next(i)` until it returns empty, `intervalMs` apart (0: at once).
    QList<double> load(int clients, int intervalMs, const std::function<QByteArray(int client, int n)> &next)
    {
        QList<double> latencies;
        int running = clients;
        QObject owner; // the clients' connections close when the load is done
        for (int c = 0; c < clients; ++c) {
            auto *wire = new Wire(m_port, &owner);
            auto n = std::make_shared<int>(0);
            auto step = std::make_shared<std::function<void()>>();
            *step = [&, wire, n, step, c] {
                const QByteArray r = next(c, (*n)++);
                if (r.isEmpty()) {
                    --running;
                    return;
                }
                wire->send(r, [&, step](int, double ms, const QByteArray &body) {
                    latencies.append(ms);
                    m_bytes += body.size();
                    QTimer::singleShot(intervalMs, &owner, [step] { (*step)(); });
                });
            };
            QTimer::singleShot(intervalMs > 0 ? c * intervalMs / clients : 0, &owner, [step] { (*step)(); });
        }
        waitFor([&] { return running == 0; }, 30 * 60 * 1000);
        return latencies;
    }

    void pollersAndPagers(int pollSeconds)
    {
        qDeleteAll(m_owner.children()); // the costly requests' connections: answered
        QString taskId;
        {
            Storage storage(m_setup.dataDir);
            storage.open();
            const QList<TaskRecord> tasks = storage.tasks().list(m_setup.taskDataset, {});
            taskId = tasks.isEmpty() ? QString() : tasks.first().id;
        }
        const QByteArray poll = request("GET", datasetPath(m_setup.taskDataset, "/tasks/" + taskId.toLatin1()), m_token);
        const QList<double> polls = load(200, 1000, [&](int, int n) { return n < pollSeconds ? poll : QByteArray(); });
        std::printf("# %lld polls of task %s\n", qint64(polls.size()), qPrintable(taskId));
        print("pollers_200_p50_ms", percentile(polls, 0.5), "ms");
        print("pollers_200_p99_ms", percentile(polls, 0.99), "ms");
        const int pages = (m_setup.samples + 99) / 100;
        m_bytes = 0;
        const QList<double> paged = load(50, 0, [&](int, int n) {
            return n < pages ? request("GET",
                                       datasetPath(m_setup.pagedDataset,
                                                   "/auto-annotations/samples?limit=100&offset="
                                                           + QByteArray::number(n) /* a page number, as ModelArts counts */),
                                       m_token)
                             : QByteArray();
        });
        std::printf("# %lld pages, %.1f MB\n", qint64(paged.size()), double(m_bytes) / 1e6);
        print("paging_50_p50_ms", percentile(paged, 0.5), "ms");
        print("paging_50_p99_ms", percentile(paged, 0.99), "ms");
        // The same with a name filter that every sample passes ("img_"): what the filter costs.
        const QByteArray filter = QUrl::toPercentEncoding(QStringLiteral(R"([{"sample_name":"img_"}])"));
        m_bytes = 0;
        const QList<double> filtered = load(50, 0, [&](int, int n) {
            return n < pages ? request("GET",
                                       datasetPath(m_setup.pagedDataset,
                                                   "/auto-annotations/samples?limit=100&offset=" + QByteArray::number(n)
                                                           + "&search_conditions=" + filter),
                                       m_token)
                             : QByteArray();
        });
        std::printf("# %lld filtered pages, %.1f MB\n", qint64(filtered.size()), double(m_bytes) / 1e6);
        print("filtered_paging_50_p50_ms", percentile(filtered, 0.5), "ms");
        print("filtered_paging_50_p99_ms", percentile(filtered, 0.99), "ms");
    }

    bench::AbuseBench::Target abuseTarget(qint64 pid) const
    {
        return { m_port, pid, m_token, datasetPath(m_setup.pagedDataset, "/data-annotations/samples") };
    }

private:
    quint16 m_port;
    Setup m_setup;
    QByteArray m_token;
    QByteArray m_project;
    std::unique_ptr<Prober> m_prober;
    QObject m_owner; // the costly requests' connections
    qint64 m_bytes = 0; // answered by the load
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of modelarts-local under load."));
    parser.addHelpOption();
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Samples per dataset (default 20000)."),
                                           QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption pollOption(QStringLiteral("poll-seconds"), QStringLiteral("How long the pollers poll (default 10)."),
                                        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("The modelarts-local to measure."),
                                          QStringLiteral("PATH"), QStringLiteral(MODELARTS_LOCAL_BIN));
    const QCommandLineOption bodiesOption(QStringLiteral("refused-bodies"),
                                          QStringLiteral("Refused 12 MB bodies sent at once (default 64)."), QStringLiteral("N"),
                                          QStringLiteral("64"));
    parser.addOptions({ samplesOption, pollOption, serverOption, bodiesOption });
    parser.process(app);

    QTemporaryDir dir;
    dir.setAutoRemove(!qEnvironmentVariableIsSet("BENCH_KEEP")); // BENCH_KEEP=1: keep the data to look at
    if (!dir.autoRemove())
        std::fprintf(stderr, "data in %s\n", qPrintable(dir.path()));
    Setup setup;
    setup.dataDir = dir.filePath(QStringLiteral("data"));
    setup.samples = std::max(200, parser.value(samplesOption).toInt());
    if (!seedData(setup)) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }
    // Each stage of a task lasts a minute: the task created below stays running for the pollers, idle.
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(parser.value(serverOption),
                 { QStringLiteral("serve"), QStringLiteral("--data-dir"), setup.dataDir, QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--min-stage-ms"), QStringLiteral("60000") });
    if (!server.waitForStarted(10000) || !waitFor([&] { return server.canReadLine(); }, 30000)) {
        std::fprintf(stderr, "modelarts-local did not start\n");
        return 1;
    }
    const QUrl base(QString::fromUtf8(server.readLine().trimmed().mid(int(qstrlen("listening on ")))));
    Bench bench(quint16(base.port()), setup);
    if (!bench.login()) {
        std::fprintf(stderr, "login failed\n");
        return 1;
    }
    bench.startProber();
    bench.costlyRequests();
    bench.stopProber();
    bench.pollersAndPagers(std::max(1, parser.value(pollOption).toInt()));
    bench::AbuseBench abuse(bench.abuseTarget(server.processId()));
    abuse.refusedBodies(parser.value(bodiesOption).toInt(), 12);
    abuse.halfRequests(520);
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
