// Benchmark of the label audit (issue 33): how many of a dataset's wrong labels it finds, and how high it
// ranks them. A folder of class sub-folders is imported into modelarts-local (in this process) fully
// labeled, a seeded share of the labels changed to another class (the bench keeps the truth), and the audit
// runs with the product's code: the labeled samples listed through the samples API and described from
// their previews (LabeledSamples, as the review does), then SuspectAudit. One line:
//   suspects flip recall <r> precision <p> top5 <a> top10 <b> top15 <c> flagged <n> wrong <m>
// recall and precision of the flagged set; topX: the share of the changed labels within the first X % of
// the ranking. With --blind: 5 labeled per class, an auto-label task run and every result accepted unseen and
// confirmed, then the same line (mode blind) for the machine's wrong labels among the confirmed ones.
// Usage: bench_suspects [--data FOLDER] [--flip 0.05] [--seed S] [--demo-per-class N] [--speed N] (without --data:
// the demo's generated shapes, 60 per class)

#include "folder/FolderReview.h"
#include "learn/LabelAudit.h"
#include "lookalike/FeatureCache.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "lookalike/SuspectAudit.h"
#include "review/ReviewSession.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>

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

// `scope`: the samples the figures are about (empty: all audited), in the audit's order.
void print(const char *mode, const SuspectAudit &audit, double ms, const QSet<QString> &wrong, const QSet<QString> &scope = {})
{
    QList<Suspect> ranked = audit.suspects();
    if (!scope.isEmpty())
        ranked.removeIf([&scope](const Suspect &s) { return !scope.contains(s.id); });
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

// The dataset's labeled samples described and audited with the product's code (the audit's time in its
// "ms" property); null after saying why.
std::unique_ptr<SuspectAudit> auditDataset(TestServer &server, LocalClient &local, const QString &dataset, const QString &workDir)
{
    QStringList classes;
    for (const LabelRecord &l : server.storage().datasets().labels(dataset))
        classes.append(l.name);
    LabeledSamples labeled;
    labeled.setSource(local.client.get(), dataset, classes,
                      featurecache::pathFor(workDir + QStringLiteral("/cache"), server.base(), QStringLiteral("local"), dataset), {});
    QSignalSpy described(&labeled, &LabeledSamples::finished);
    labeled.start();
    if (!described.wait(3600000) || !described.first().at(0).toBool()) {
        std::fprintf(stderr, "the labeled samples were not described\n");
        return nullptr;
    }
    auto audit = std::make_unique<SuspectAudit>();
    QSignalSpy audited(audit.get(), &SuspectAudit::finished);
    QElapsedTimer clock;
    clock.start();
    if (!audit->start(labeled) || !audited.wait(3600000) || !audited.first().at(0).toBool()) {
        std::fprintf(stderr, "the audit did not end\n");
        return nullptr;
    }
    audit->setProperty("ms", double(clock.elapsed()));
    return audit;
}

// A task's results accepted unseen (every one, confirmed), then the audit of every labeled sample; the
// figures are about the confirmed ones, the machine's wrong labels among them.
bool blind(TestServer &server, LocalClient &local, const QString &folder, quint32 seed, const QString &workDir)
{
    folderreview::Bench b{ server, local.client.get(), workDir, {}, 0 };
    const QString dataset = folderreview::import(b, folder, QStringLiteral("blind"), 5, seed);
    const QString task = dataset.isEmpty() ? QString() : folderreview::runTask(b.client, dataset);
    auto review = task.isEmpty() ? nullptr : folderreview::openReview(b, dataset, task, false);
    if (!review)
        return false;
    const SampleListModel *model = review->model();
    QList<int> rows;
    QSet<QString> confirmed;
    QSet<QString> wrong;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ReviewItem &it = model->item(row);
        rows.append(row);
        confirmed.insert(it.id);
        if (b.truth.value(it.id) != model->labelName(it.predicted))
            wrong.insert(it.id);
    }
    QSignalSpy sent(review.get(), &ReviewSession::confirmFinished);
    if (!review->decide(rows, Decision::accept()) || !QTest::qWaitFor([&] { return !review->isSaving(); }, 600000))
        return false;
    review->confirm();
    if (!sent.wait(600000) || !review->pendingRows().isEmpty())
        return false;
    const auto audit = auditDataset(server, local, dataset, workDir);
    if (!audit)
        return false;
    print("blind", *audit, audit->property("ms").toDouble(), wrong, confirmed);
    return true;
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
              { QStringLiteral("speed"), QStringLiteral("Only the audit's time over N generated vectors."), QStringLiteral("n") },
              { QStringLiteral("blind"), QStringLiteral("A task's results accepted unseen, then audited (5 labeled per class).") } });
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
    if (parser.isSet(QStringLiteral("blind")))
        return blind(server, local, folder, seed, dir.path()) ? 0 : 5;
    QSet<QString> changed;
    const QString dataset = importFlipped(server, folder, parser.value(QStringLiteral("flip")).toDouble(), seed, changed);
    if (dataset.isEmpty())
        return 2;
    const auto audit = auditDataset(server, local, dataset, dir.path());
    if (!audit)
        return 3;
    print("flip", *audit, audit->property("ms").toDouble(), changed);
    return 0;
}
