// Benchmark of the review grid: a dataset of N auto-labeled samples (tiny generated images) in a
// modelarts-local process, then the real widgets (ReviewPage over a ReviewSession) offscreen.
// Prints one "name value unit" line per figure:
//   first_page_ms            load() -> the first screen of thumbnails painted
//   all_loaded_ms            load() -> every sample in the model
//   max_gui_stall_ms         the longest the GUI event loop was held while loading, scrolling end to end
//                            and filtering (each phase also alone: stall_loading_ms, stall_scrolling_ms,
//                            stall_filtering_ms; and stall_sorting_ms for a change of sort order)
//   stalls_over_50ms_loading how many times loading held the loop over 50 ms (the max is a single event,
//                            and one the machine's own kernel threads can make: see the README)
//   stall_decision_ms        the longest hold of 20 single decisions (each journaled; on the disk soon after, off the GUI thread)
//   stall_threshold_accept_ms the hold of one threshold accept of every sample (one undoable step), until
//                            it is durable and shown
//   spot_check_draw_ms       a spot-check over every undecided sample drawn and stored (its own thread);
//                            stall_spot_check_draw_ms the GUI's longest hold meanwhile, and
//                            stall_spot_check_answer_ms the longest of 20 answers with the panel's figures
//   rss_mb_per_100k_samples  resident memory the loaded samples take, scaled to 100,000
//   thumbnails_per_s         previews fetched and decoded by the ThumbnailLoader
//   decode_per_s             the bare decode rate of the same preview files (read + decode at thumbnail size,
//                            as many threads), in the same run
//   fetch_per_s              the bare HTTP fetch rate of the same preview URLs (18 at a time, pipelined as
//                            the loader does, no decoding)
//   confirm_per_s            decided samples confirmed per second against modelarts-local
// Usage: bench_review [--samples N] (default 100000) [--data DIR] (keep the seeded dataset in DIR and
// reuse it on the next run with the same N: a million samples take minutes to seed); BENCH_SERVICE names
// another modelarts-local to run, BENCH_PHASES=a,b only those phases after loading. With BENCH_TRACE set,
// every GUI event over 3 ms goes to stderr, and where the scrolling starts.

#include "BenchMeters.h"
#include "review/ReviewBenchData.h"
#include "review/ReviewPage.h"
#include "review/ReviewSession.h"
#include "review/ThumbnailLoader.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "spotcheck/SpotCheckPanel.h"
#include "support/LocalClient.h"
#include "support/WaitFor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProgressBar>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>
#include <ctime>
#include <functional>

namespace {

using bench::print;
using bench::rssMb;
using bench::StallMeter;
using bench::TimingApplication;
using bench::waitFor;

} // namespace

// A spot-check over every undecided sample: drawn and stored on the journal's thread, then the panel's
// figures after each of 20 answers.
void measureSpotCheck(ReviewPage &page, ReviewSession &session)
{
    {
        StallMeter meter;
        QElapsedTimer t;
        t.start();
        bool drawn = false;
        const auto c = QObject::connect(&session, &ReviewSession::spotCheckDrawn, &page, [&](bool ok, const QString &error) {
            drawn = true;
            if (!ok)
                std::fprintf(stderr, "spot-check not drawn: %s\n", qPrintable(error));
        });
        QTimer::singleShot(0, &page, [&] {
            session.startSpotCheck(session.undecidedRows(), spotcheck::Target{}, 1, QStringLiteral("undecided samples"));
        });
        waitFor([&] { return drawn; }, 300000);
        QObject::disconnect(c);
        print("spot_check_draw_ms", double(t.elapsed()), "ms");
        print("stall_spot_check_draw_ms", meter.max(), "ms");
    }
    const QStringList ids = session.spotCheck()->drawnIds();
    const auto *progress = page.spotCheckPanel()->findChild<QProgressBar *>(QStringLiteral("spotProgress"));
    StallMeter meter;
    for (int i = 0; i < 20 && i < ids.size(); ++i) {
        // Each made on its one sample, shown: an answer (a decision without that evidence is none).
        QTimer::singleShot(0, &page, [&, i] {
            session.decide({ session.model()->rowOf(ids[i]) }, Decision::accept(), ReviewSession::Evidence::Looked);
        });
        if (!waitFor([&] { return progress->value() == i + 1; }, 10000)) // the panel's figures follow
            std::fprintf(stderr, "answer %d not counted\n", i + 1);
    }
    print("stall_spot_check_answer_ms", meter.max(), "ms");
}

namespace {

// What the phases measure against: the app's widgets over a loaded review, and the longest hold so far.
struct Bench
{
    TimingApplication &app;
    ReviewPage &page;
    ReviewSession &session;
    int n;
    double stall = 0; // the longest hold of loading, scrolling and filtering
    double rssLoadedMb = 0; // what the loaded samples take
};

// load() to the first screen of thumbnails and to every sample in the model, the GUI's holds meanwhile, and
// the memory the samples take. False when loading did not end.
bool measureLoading(Bench &b)
{
    ReviewPage &page = b.page;
    const double rssBefore = rssMb();
    int painted = 0;
    // Both counted into this function's frame: disconnected before it returns.
    const QMetaObject::Connection paintedCount =
            QObject::connect(page.loader(), &ThumbnailLoader::thumbnailReady, &page, [&] { ++painted; });
    SampleGrid *grid = page.view();
    const QSize cell = grid->gridSize();
    const int visibleCells = (grid->viewport()->width() / cell.width()) * (grid->viewport()->height() / cell.height() + 1);

    StallMeter loadStall;
    QElapsedTimer clock;
    clock.start();
    bool loaded = false;
    const QMetaObject::Connection loadedSeen = QObject::connect(&b.session, &ReviewSession::loadFinished, &page, [&] { loaded = true; });
    const auto disconnect = qScopeGuard([&] {
        QObject::disconnect(paintedCount);
        QObject::disconnect(loadedSeen);
    });
    b.session.load();
    if (!waitFor([&] { return painted >= std::min(visibleCells, b.n); }, 60000)) {
        std::fprintf(stderr, "the first thumbnails did not come\n");
        return false;
    }
    bench::processEvents(); // painted
    print("first_page_ms", double(clock.elapsed()), "ms");
    if (!waitFor([&] { return loaded; }, 600000)) {
        std::fprintf(stderr, "loading did not finish\n");
        return false;
    }
    print("all_loaded_ms", double(clock.elapsed()), "ms");
    bench::processEvents();
    b.rssLoadedMb = rssMb() - rssBefore;
    b.stall = loadStall.max();
    print("stall_loading_ms", loadStall.max(), "ms");
    print("stalls_over_50ms_loading", loadStall.over50(), "");
    b.app.report("loading");
    return true;
}

// Scrolling end to end, in steps, letting every step paint (and ask for its thumbnails).
void measureScrolling(Bench &b)
{
    b.app.phase("scrolling");
    StallMeter meter;
    QScrollBar *bar = b.page.view()->verticalScrollBar();
    const int steps = 300;
    for (int i = 0; i <= steps; ++i) {
        bar->setValue(int(qint64(bar->maximum()) * i / steps));
        bench::processEvents(QEventLoop::AllEvents, 10);
    }
    bar->setValue(0);
    bench::processEvents();
    b.stall = std::max(b.stall, meter.max());
    print("stall_scrolling_ms", meter.max(), "ms");
    b.app.report("scrolling");
}

// Filtering: each filter the bar offers, then none.
void measureFiltering(Bench &b)
{
    StallMeter meter;
    SampleFilterModel *filter = b.page.filterModel();
    SampleFilterModel::Filter f;
    const QList<std::function<void()>> changes{
        [&] { f.hard = SampleFilterModel::HardFilter::HardOnly; },
        [&] { f.label = 2; },
        [&] {
            f.lowScore = 0.5;
            f.highScore = 0.8;
        },
        [&] { f.reason = 2; },
        [&] { f.text = QStringLiteral("img_01"); },
        [&] { f = {}; },
    };
    for (const auto &change : changes) {
        change();
        filter->setFilter(f);
        bench::processEvents(QEventLoop::AllEvents, 10);
        bench::processEvents(QEventLoop::AllEvents, 10);
    }
    b.stall = std::max(b.stall, meter.max());
    print("stall_filtering_ms", meter.max(), "ms");
    b.app.report("filtering");
}

// Another sort order (a sort of every sample: reported beside, not in max_gui_stall_ms).
void measureSorting(Bench &b)
{
    StallMeter meter;
    SampleFilterModel *filter = b.page.filterModel();
    filter->setSort(SampleFilterModel::SortKey::HardCoefficient, Qt::DescendingOrder);
    bench::processEvents(QEventLoop::AllEvents, 10);
    filter->setSort(SampleFilterModel::SortKey::Score, Qt::AscendingOrder);
    bench::processEvents(QEventLoop::AllEvents, 10);
    print("stall_sorting_ms", meter.max(), "ms");
    b.app.report("sorting");
}

// One decision at a time, as a reviewer makes them: each is journaled before it shows.
void measureDecisions(Bench &b)
{
    ReviewPage &page = b.page;
    TimingApplication &app = b.app;
    page.view()->setCurrentIndex(page.filterModel()->index(0, 0));
    StallMeter meter;
    for (int i = 0; i < 20; ++i) {
        bool done = false;
        QTimer::singleShot(0, &page, [&] {
            page.decide(Decision::accept());
            done = true;
        });
        waitFor([&] { return done; }, 10000);
        bench::processEvents(QEventLoop::AllEvents, 5);
    }
    print("stall_decision_ms", meter.max(), "ms");
    app.report("single decisions");
}

// Thumbnails through a fresh loader, against the bare decode and the bare fetch of the same previews.
void measureThumbnails(Bench &b, const QString &previewDir)
{
    ReviewPage &page = b.page;
    ReviewSession &session = b.session;
    const int n = b.n;
    const int k = std::min(n, 3000);
    SampleListModel *model = session.model();
    ThumbnailLoader loader;
    loader.setMaxQueued(k);
    loader.setThumbnailSize(page.loader()->thumbnailSize());
    int done = 0;
    QObject::connect(&loader, &ThumbnailLoader::thumbnailReady, &loader, [&] { ++done; });
    QObject::connect(&loader, &ThumbnailLoader::thumbnailFailed, &loader, [&] { ++done; });
    QElapsedTimer t;
    t.start();
    for (int r = 0; r < k; ++r)
        loader.thumbnail(model->item(r).id, model->previewUrl(model->item(r)));
    waitFor([&] { return done >= k; }, 120000);
    print("thumbnails_per_s", k * 1000.0 / std::max<qint64>(1, t.elapsed()), "1/s");

    QStringList files;
    for (int r = 0; r < k; ++r)
        files.append(previewDir + QLatin1Char('/') + model->item(r).id + QStringLiteral(".jpg"));
    const int size = loader.thumbnailSize();
    t.restart();
    QtConcurrent::blockingMap(files, [size](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return;
        QString error;
        ThumbnailLoader::decode(f.readAll(), size, &error);
    });
    print("decode_per_s", k * 1000.0 / std::max<qint64>(1, t.elapsed()), "1/s");

    // And the bare fetch of the same URLs (as many at a time as the loader, pipelined as it does, no
    // decoding): what the service and HTTP allow.
    QNetworkAccessManager network;
    int fetched = 0;
    int next = 0;
    std::function<void()> fetchNext = [&] {
        if (next >= k)
            return;
        QNetworkRequest request(model->previewUrl(model->item(next++)));
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            ++fetched;
            fetchNext();
        });
    };
    t.restart();
    for (int i = 0; i < 18; ++i)
        fetchNext();
    waitFor([&] { return fetched >= k; }, 120000);
    print("fetch_per_s", k * 1000.0 / std::max<qint64>(1, t.elapsed()), "1/s");
}

// A threshold accept of every sample, one undoable step.
void measureThresholdAccept(Bench &b)
{
    ReviewSession::ThresholdRule all;
    all.threshold = 0;
    all.includeHard = true;
    StallMeter meter;
    bool done = false;
    QTimer::singleShot(0, &b.page, [&] {
        b.session.acceptAbove(all);
        done = true;
    });
    // Written on the journal's thread; shown when durable.
    waitFor([&] { return done && !b.session.isSaving(); }, 60000);
    bench::processEvents(QEventLoop::AllEvents, 50);
    print("stall_threshold_accept_ms", meter.max(), "ms");
    b.app.report("threshold accept");
}

// Loading again after the threshold accept (a step in the history over every row): the GUI's holds while
// the listing ends (the history takes the step's samples, the old rows go) and the samples come again,
// their decisions put back from the journal.
void measureReload(Bench &b)
{
    StallMeter meter;
    bool loaded = false;
    const auto seen = QObject::connect(&b.session, &ReviewSession::loadFinished, &b.page, [&] { loaded = true; });
    QElapsedTimer clock;
    clock.start();
    b.session.load();
    waitFor([&] { return loaded; }, 600000);
    QObject::disconnect(seen); // it counted into this frame
    print("reload_ms", double(clock.elapsed()), "ms");
    bench::processEvents(QEventLoop::AllEvents, 50);
    print("stall_reload_ms", meter.max(), "ms");
    b.app.report("reload");
}

// Confirm everything decided (after the threshold accept: every sample).
void measureConfirm(Bench &b)
{
    ReviewPage &page = b.page;
    ReviewSession &session = b.session;
    const int n = b.n;
    bool finished = false;
    qint64 confirmed = 0;
    const auto seen = QObject::connect(&session, &ReviewSession::confirmFinished, &page, [&](const ConfirmReport &r) {
        confirmed = r.confirmed;
        finished = true;
    });
    QElapsedTimer t;
    t.start();
    session.confirm();
    waitFor([&] { return finished; }, 600000);
    QObject::disconnect(seen); // it counted into this frame
    print("confirm_per_s", confirmed * 1000.0 / std::max<qint64>(1, t.elapsed()), "1/s");
    if (confirmed != n)
        std::fprintf(stderr, "only %lld of %d confirmed\n", static_cast<long long>(confirmed), n);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the review grid."));
    parser.addHelpOption();
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Number of auto-labeled samples (default 100000)."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(samplesOption);
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Keep the seeded dataset in DIR, or reuse the one there (seeding a million "
                                                       "samples takes minutes)."),
                                        QStringLiteral("DIR"));
    parser.addOption(dataOption);
    parser.process(app);
    const int n = std::max(200, parser.value(samplesOption).toInt());

    QTemporaryDir temporary;
    temporary.setAutoRemove(!qEnvironmentVariableIsSet("BENCH_KEEP")); // BENCH_KEEP=1: keep the data to look at
    const QDir dir(parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path());
    if (!temporary.autoRemove())
        std::fprintf(stderr, "data in %s\n", qPrintable(dir.path()));
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString datasetId = prepareDataset(dir, parser.isSet(dataOption), n);
    if (datasetId.isEmpty())
        return 1;
    QProcess server;
    const QUrl base = startService(server, dataDir);
    if (base.isEmpty())
        return 1;
    LocalClient local(base);
    if (!local.login(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench-password"))) {
        std::fprintf(stderr, "login failed\n");
        return 1;
    }
    ReviewPage page;
    page.resize(1280, 800);
    page.show();
    ReviewSession session(local.client.get(), datasetId, QStringLiteral("seedtask0000000001"));
    if (!session.openJournal(dir.filePath(QStringLiteral("journal.sqlite")))) {
        std::fprintf(stderr, "%s\n", qPrintable(session.lastError()));
        return 1;
    }
    page.setSession(&session, QStringLiteral("bench"));
    Bench b{ app, page, session, n };
    if (!measureLoading(b))
        return 1;
    // BENCH_PHASES: only these phases after loading (comma-separated: scrolling, filtering, sorting,
    // decisions, thumbnails, spotcheck, threshold, reload, confirm), to measure one at a million without the
    // rest.
    const QStringList phases = qEnvironmentVariable("BENCH_PHASES").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto run = [&](const char *phase) { return phases.isEmpty() || phases.contains(QLatin1String(phase)); };
    const QString previews = QDir(dataDir).filePath(QStringLiteral("previews/") + datasetId);
    const std::pair<const char *, std::function<void()>> steps[] = {
        { "scrolling", [&] { measureScrolling(b); } },
        { "filtering", [&] { measureFiltering(b); } },
        { "sorting", [&] { measureSorting(b); } },
        { "decisions", [&] { measureDecisions(b); } },
        { "", [&] { print("max_gui_stall_ms", b.stall, "ms"), print("rss_mb_per_100k_samples", b.rssLoadedMb * 100000.0 / n, "MB"); } },
        { "thumbnails", [&] { measureThumbnails(b, previews); } },
        { "spotcheck", [&] { measureSpotCheck(page, session); } },
        { "threshold", [&] { measureThresholdAccept(b); } }, // reload and confirm need it: every sample decided
        { "reload", [&] { measureReload(b); } },
        { "confirm", [&] { measureConfirm(b); } },
    };
    for (const auto &[phase, measure] : steps) {
        if (!*phase || run(phase) || (qstrcmp(phase, "threshold") == 0 && (run("reload") || run("confirm"))))
            measure();
    }
    page.setSession(nullptr);
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
