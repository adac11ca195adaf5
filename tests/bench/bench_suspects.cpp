// Benchmark of the label audit (issue 33): how many of a dataset's wrong labels it finds, and how high it
// ranks them. A folder of class sub-folders is imported into modelarts-local (in this process) fully
// labeled, a seeded share of the labels changed to another class (the bench keeps the truth), and the audit
// runs with the product's code: the labeled samples listed through the samples API and described from
// their previews (LabeledSamples, as the review does), then SuspectAudit. One line:
//   suspects flip recall <r> precision <p> top5 <a> top10 <b> top15 <c> flagged <n> wrong <m>
// recall and precision of the flagged set; topX: the share of the changed labels within the first X % of
// the ranking. Not yet (issue 33): the blind mode (a task's results accepted unseen).
// Usage: bench_suspects [--data FOLDER] [--flip 0.05] [--seed S] [--demo-per-class N] [--speed N] (without --data:
// the demo's generated shapes, 60 per class)

#include "learn/LabelAudit.h"
#include "lookalike/FeatureCache.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "lookalike/SuspectAudit.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace {

// Imports `folder` fully labeled and changes a `flip` share of the labels (seeded): the dataset's id and
// the changed samples' ids, or an empty id.
QString importFlipped(TestServer &server, const QString &folder, double flip, quint32 seed, QSet<QString> &changed)
{
    ImportOptions options;
    options.datasetName = QStringLiteral("suspects");
    options.folder = folder;
    const ImportReport report = importFolder(server.storage(), options);
    if (!report.ok) {
        std::fprintf(stderr, "import: %s\n", qPrintable(report.error));
        return {};
    }
    QStringList classes;
    for (const LabelRecord &l : server.storage().datasets().labels(report.datasetId))
        classes.append(l.name);
    SampleQuery all;
    all.limit = std::numeric_limits<qint64>::max();
    QList<SampleRecord> samples = server.storage().samples().list(report.datasetId, all);
    QRandomGenerator random(seed);
    std::shuffle(samples.begin(), samples.end(), random);
    const qsizetype flips = qsizetype(double(samples.size()) * flip + 0.5);
    if (!server.storage().transaction())
        return {};
    for (qsizetype i = 0; i < flips && classes.size() > 1; ++i) {
        const SampleRecord &s = samples[i];
        QString other = s.labels.value(0).name;
        while (other == s.labels.value(0).name)
            other = classes.at(int(random.bounded(classes.size())));
        SampleLabelRecord l;
        l.name = other;
        if (!server.storage().samples().replaceLabels(s.id, { l }, QStringLiteral("bench"), 1))
            return {};
        changed.insert(s.id);
    }
    return server.storage().commit() ? report.datasetId : QString();
}

void print(const char *mode, const SuspectAudit &audit, double ms, const QSet<QString> &wrong)
{
    const QList<Suspect> &ranked = audit.suspects();
    int flagged = 0;
    int found = 0;
    for (const Suspect &s : ranked) {
        flagged += s.flagged;
        found += s.flagged && wrong.contains(s.id);
    }
    const auto topShare = [&](double share) {
        const int n = int(double(ranked.size()) * share + 0.5);
        int in = 0;
        for (int i = 0; i < n; ++i)
            in += wrong.contains(ranked[i].id);
        return wrong.isEmpty() ? 0.0 : double(in) / double(wrong.size());
    };
    std::printf("# %lld samples audited in %.0f ms\n", qint64(ranked.size()), ms);
    for (int i = 0; i < std::min<int>(3, int(ranked.size())); ++i)
        std::printf("# %s %s (%s) %.2f: %s\n", wrong.contains(ranked[i].id) ? "changed" : "kept", qPrintable(ranked[i].name),
                    qPrintable(ranked[i].label), ranked[i].score, qPrintable(ranked[i].reasons.join(QStringLiteral("; "))));
    std::printf("suspects %s recall %.3f precision %.3f top5 %.3f top10 %.3f top15 %.3f flagged %d wrong %lld\n", mode,
                wrong.isEmpty() ? 0.0 : double(found) / double(wrong.size()), flagged ? double(found) / flagged : 0.0, topShare(0.05),
                topShare(0.10), topShare(0.15), flagged, qint64(wrong.size()));
    std::fflush(stdout);
}

// The audit's own time over `count` generated vectors (64 bytes, 10 classes in blobs, 5 % of the labels
// changed): what 100,000 labeled samples with their features cached cost.
void measureSpeed(int count)
{
    constexpr int dims = 64;
    constexpr int classes = 10;
    QRandomGenerator random(7);
    std::vector<std::int8_t> vectors(static_cast<size_t>(count) * dims);
    std::vector<int> labels(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        labels[size_t(i)] = i % classes;
        for (int d = 0; d < dims; ++d)
            vectors[size_t(i) * dims + size_t(d)] = std::int8_t(int(random.bounded(41)) - 20 + (d % classes == i % classes ? 60 : 0));
        if (random.bounded(20) == 0)
            labels[size_t(i)] = (labels[size_t(i)] + 1) % classes;
    }
    QElapsedTimer clock;
    clock.start();
    const auto findings = engine::auditLabels(vectors.data(), count, dims, labels, classes, {});
    std::printf("# %d generated samples, %zu findings\naudit_ms %lld\n", count, findings.size(), clock.elapsed());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
            { { QStringLiteral("data"), QStringLiteral("A folder of class sub-folders."), QStringLiteral("folder") },
              { QStringLiteral("flip"), QStringLiteral("Share of the labels changed."), QStringLiteral("share"), QStringLiteral("0.05") },
              { QStringLiteral("seed"), QStringLiteral("Which labels change."), QStringLiteral("s"), QStringLiteral("1") },
              { QStringLiteral("demo-per-class"), QStringLiteral("Without --data: generated shapes per class."), QStringLiteral("n"),
                QStringLiteral("60") },
              { QStringLiteral("speed"), QStringLiteral("Only the audit's time over N generated vectors."), QStringLiteral("n") } });
    parser.process(app);
    if (parser.isSet(QStringLiteral("speed"))) {
        measureSpeed(std::max(100, parser.value(QStringLiteral("speed")).toInt()));
        return 0;
    }
    QTemporaryDir dir;
    QString folder = parser.value(QStringLiteral("data"));
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt();
    if (folder.isEmpty()) {
        folder = dir.filePath(QStringLiteral("demo"));
        QString error;
        if (!demoimages::generate(folder, parser.value(QStringLiteral("demo-per-class")).toInt(), seed, &error)) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(error));
            return 1;
        }
    }
    TestServer server(dir.filePath(QStringLiteral("data")));
    if (!server.start())
        return 1;
    server.addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
    LocalClient local(server.base());
    if (!local.login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")))
        return 1;
    QSet<QString> changed;
    const QString dataset = importFlipped(server, folder, parser.value(QStringLiteral("flip")).toDouble(), seed, changed);
    if (dataset.isEmpty())
        return 2;
    QStringList classes;
    for (const LabelRecord &l : server.storage().datasets().labels(dataset))
        classes.append(l.name);
    LabeledSamples labeled;
    labeled.setSource(local.client.get(), dataset, classes,
                      featurecache::pathFor(dir.filePath(QStringLiteral("cache")), server.base(), QStringLiteral("local"), dataset), {});
    QSignalSpy described(&labeled, &LabeledSamples::finished);
    labeled.start();
    if (!described.wait(3600000) || !described.first().at(0).toBool()) {
        std::fprintf(stderr, "the labeled samples were not described\n");
        return 3;
    }
    SuspectAudit audit;
    QSignalSpy audited(&audit, &SuspectAudit::finished);
    QElapsedTimer clock;
    clock.start();
    if (!audit.start(labeled) || !audited.wait(3600000) || !audited.first().at(0).toBool()) {
        std::fprintf(stderr, "the audit did not end\n");
        return 4;
    }
    print("flip", audit, double(clock.elapsed()), changed);
    return 0;
}
