// Benchmark of the look-alikes (issue 32's speed and memory targets), with the product's code:
//   features_per_s          previews fetched from modelarts-local (in this process, sharing the cores) and
//                           described by the engine, projected and cached (LookAlikes/FeatureJob)
//   features_100k_s         the same, as the time 100,000 previews would take
//   stall_features_ms       the GUI thread's longest hold meanwhile
//   bytes_per_sample        what the vectors take in memory (LookAlikes::memoryBytes per sample)
//   cached_per_s            a second review of the dataset: the vectors read back from the cache
//   features_warm_per_s     features_per_s again with no cache, the service's previews already made (the first
//                           run also pays modelarts-local making each preview, on the same cores)
//   more_like_this_ms       the 200 nearest of one sample among --vectors compact vectors (median of 9)
//   grouping_ms             --group-points samples' vectors clustered into the default number of groups
// Usage: bench_lookalikes [--samples N] (default 10000) [--side PX] (default 256: the previews' longer side)
//                         [--vectors N] (default 1,000,000) [--group-points N] (default 100,000)

#include "BenchMeters.h"
#include "learn/Clustering.h"
#include "learn/Neighbours.h"
#include "lookalike/FeatureCache.h"
#include "lookalike/LookAlikes.h"
#include "review/ReviewSession.h"
#include "support/AutoLabeledSeed.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <random>

namespace {

// Distinct photos-like images of `side` px: gradients, discs and stripes in seeded colours.
QList<QByteArray> makeImages(int count, int side)
{
    QList<QByteArray> out;
    QRandomGenerator rng(11);
    for (int v = 0; v < count; ++v) {
        QImage image(side, side * 3 / 4, QImage::Format_RGB32);
        QLinearGradient g(0, 0, side, side);
        g.setColorAt(0, QColor::fromHsv(int(rng.bounded(360)), 80 + int(rng.bounded(150)), 80 + int(rng.bounded(170))));
        g.setColorAt(1, QColor::fromHsv(int(rng.bounded(360)), 80 + int(rng.bounded(150)), 80 + int(rng.bounded(170))));
        QPainter p(&image);
        p.fillRect(image.rect(), g);
        for (int k = 0; k < 6; ++k) {
            p.setBrush(QColor::fromHsv(int(rng.bounded(360)), 200, 200));
            p.drawEllipse(QPoint(int(rng.bounded(side)), int(rng.bounded(side * 3 / 4))), 5 + int(rng.bounded(side / 4)),
                          5 + int(rng.bounded(side / 4)));
        }
        p.end();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);
        out.append(buffer.data());
    }
    return out;
}

// Every image file of the dataset replaced by one of `images`.
bool replaceImages(const QString &dir, const QList<QByteArray> &images)
{
    QDirIterator it(dir, { QStringLiteral("*.jpg") }, QDir::Files, QDirIterator::Subdirectories);
    int i = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::WriteOnly) || f.write(images[i++ % images.size()]) < 0)
            return false;
    }
    return true;
}

// One review's vectors computed (or read back): the seconds it took, and the GUI's longest hold.
bool runLookAlikes(ModelArtsClient *client, const QString &dataset, const QString &journal, const QString &cache, double *seconds,
                   double *stall, double *bytesPerSample)
{
    ReviewSession session(client, dataset, QStringLiteral("seedtask0000000001"));
    session.setComputeLookAlikes(false);
    if (!session.openJournal(journal))
        return false;
    QSignalSpy loaded(&session, &ReviewSession::loadFinished);
    session.load();
    if (!loaded.wait(600000))
        return false;
    LookAlikes *l = session.lookAlikes();
    l->setCachePath(cache);
    QSignalSpy finished(l, &LookAlikes::finished);
    QElapsedTimer t;
    t.start();
    bench::StallMeter meter;
    l->start();
    if (!finished.wait(3600000) || l->known() != session.model()->rowCount())
        return false;
    *seconds = double(t.nsecsElapsed()) / 1e9;
    *stall = meter.max();
    *bytesPerSample = double(l->memoryBytes()) / double(session.model()->rowCount());
    return true;
}

void nearestAndGroups(int vectors, int groupPoints)
{
    constexpr int dims = 64;
    std::mt19937 rng(3);
    std::normal_distribution<float> noise(0.f, 12.f);
    std::vector<std::int8_t> v(size_t(vectors) * dims);
    std::vector<std::array<float, dims>> centres(200);
    for (auto &c : centres)
        for (float &x : c)
            x = noise(rng) * 3;
    for (int i = 0; i < vectors; ++i) {
        const auto &c = centres[size_t(i) % centres.size()];
        for (int k = 0; k < dims; ++k)
            v[size_t(i) * dims + size_t(k)] = std::int8_t(std::clamp(c[size_t(k)] + noise(rng), -127.f, 127.f));
    }
    std::vector<double> times;
    for (int q = 0; q < 9; ++q) {
        QElapsedTimer t;
        t.start();
        const int row = int(rng() % unsigned(vectors));
        const auto found = engine::nearest(v.data() + size_t(row) * dims, v.data(), vectors, dims, 199, nullptr, row);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (found.size() != 199)
            std::fprintf(stderr, "nearest found %zu\n", found.size());
    }
    std::sort(times.begin(), times.end());
    bench::print("more_like_this_ms", times[times.size() / 2], "ms");
    QElapsedTimer t;
    t.start();
    const int n = std::min(groupPoints, vectors);
    cv::Mat points(n, dims, CV_32F);
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < dims; ++k)
            points.at<float>(i, k) = float(v[size_t(i) * dims + size_t(k)]);
    const std::vector<int> groups = engine::cluster(points, engine::defaultGroupCount(n), 7);
    bench::print("grouping_ms", double(t.nsecsElapsed()) / 1e6, "ms");
    bench::print("grouping_groups", double(groups.empty() ? 0 : *std::max_element(groups.begin(), groups.end()) + 1), "groups");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
            { { QStringLiteral("samples"), QStringLiteral("Samples whose previews are described."), QStringLiteral("n"),
                QStringLiteral("10000") },
              { QStringLiteral("side"), QStringLiteral("The previews' longer side."), QStringLiteral("px"), QStringLiteral("256") },
              { QStringLiteral("vectors"), QStringLiteral("Vectors searched."), QStringLiteral("n"), QStringLiteral("1000000") },
              { QStringLiteral("group-points"), QStringLiteral("Samples grouped."), QStringLiteral("n"), QStringLiteral("100000") } });
    parser.process(app);
    const int samples = parser.value(QStringLiteral("samples")).toInt();
    QTemporaryDir dir;
    TestServer server(dir.filePath(QStringLiteral("data")));
    if (!server.start())
        return 1;
    server.addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
    const QStringList labels{ QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("fox") };
    const QString dataset = seed::autoLabeled(server.storage(), QStringLiteral("bench"), samples, labels);
    if (dataset.isEmpty()
        || !replaceImages(dir.filePath(QStringLiteral("data/images")), makeImages(64, parser.value(QStringLiteral("side")).toInt())))
        return 1;
    LocalClient local(server.base());
    if (!local.login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")))
        return 1;
    const QString cache = featurecache::pathFor(dir.filePath(QStringLiteral("cache")), server.base(), QStringLiteral("local"), dataset);
    double seconds = 0, stall = 0, bytes = 0;
    if (!runLookAlikes(local.client.get(), dataset, dir.filePath(QStringLiteral("j1.sqlite")), cache, &seconds, &stall, &bytes))
        return 2;
    bench::print("features_per_s", samples / seconds, "previews/s");
    bench::print("features_100k_s", 100000.0 / (samples / seconds), "s");
    bench::print("stall_features_ms", stall, "ms");
    bench::print("bytes_per_sample", bytes, "bytes");
    if (!runLookAlikes(local.client.get(), dataset, dir.filePath(QStringLiteral("j2.sqlite")), cache, &seconds, &stall, &bytes))
        return 3;
    bench::print("cached_per_s", samples / seconds, "samples/s");
    // Again without the cache, the service's previews now made: the client's own rate.
    if (!runLookAlikes(local.client.get(), dataset, dir.filePath(QStringLiteral("j3.sqlite")), cache + QStringLiteral(".again"), &seconds,
                       &stall, &bytes))
        return 4;
    bench::print("features_warm_per_s", samples / seconds, "previews/s");
    bench::print("stall_features_warm_ms", stall, "ms");
    nearestAndGroups(parser.value(QStringLiteral("vectors")).toInt(), parser.value(QStringLiteral("group-points")).toInt());
    return 0;
}
