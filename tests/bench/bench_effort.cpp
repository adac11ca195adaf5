// Benchmark of the reviewer's effort (issue 32, item 6). A folder of class sub-folders is the truth: it is
// imported into modelarts-local (in this process) with a few labeled per class and the rest unlabeled, an
// auto-label task runs, and a reviewer who answers from the truth plays each strategy with the review's own
// code (effort/EffortPlay), counting actions (one decision on a sample or on a group, one spot-check
// answer) and tiles shown. For each strategy and target (95, 98, 99 % of the confirmed labels true), the
// cheapest cut of the play, one line each:
//   effort <strategy> <target %> actions_per_sample <x> tiles_per_sample <y> reached <true precision>
// Strategies: items (item by item in the review's order), spotcheck (a spot-check for the target, the
// thresholds it supports, then items), groups (look-alike groups decided whole with their exceptions),
// rounds (groups until half is decided, confirm, a new auto-label task on the rest, groups again; the
// confirmation and the new task count one action each).
// Usage: bench_effort [--data FOLDER] [--labeled-per-class N] (5; the demo's 10) [--seed S]
//                     [--demo-per-class N] (without --data: the demo's generated shapes, 60 per class)

#include "BenchMeters.h"
#include "effort/EffortPlay.h"
#include "folder/FolderReview.h"
#include "review/ReviewSession.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

constexpr double targets[] = { 0.95, 0.98, 0.99 };

using folderreview::Bench;
using folderreview::import;
using folderreview::openReview;
using folderreview::runTask;

effort::Play startPlay(const ReviewSession &session, const effort::Truth &truth)
{
    effort::Play play;
    play.samples = session.model()->rowCount();
    play.wrongAtStart = effort::machineWrong(session, truth);
    play.undecidedAtStart = play.samples;
    return play;
}

void print(const char *strategy, const effort::Play &play, double target)
{
    const effort::Cut c = effort::cut(play, target);
    std::printf("effort %s %d actions_per_sample %.3f tiles_per_sample %.3f reached %.4f\n", strategy, int(target * 100 + 0.5),
                c.actionsPerSample, c.tilesPerSample, c.reached);
    std::fflush(stdout);
}

bool playOnFirstDataset(Bench &b, const QString &dataset, const QString &task)
{
    auto items = openReview(b, dataset, task, false);
    if (!items)
        return false;
    effort::Play play = startPlay(*items, b.truth);
    bench::print("effort_samples", double(play.samples), "samples");
    bench::print("effort_machine_precision", 1.0 - double(play.wrongAtStart) / double(std::max<qint64>(1, play.samples)), "");
    if (!effort::playItems(*items, b.truth, play))
        return false;
    for (double t : targets)
        print("items", play, t);
    for (double t : targets) {
        auto spot = openReview(b, dataset, task, false);
        effort::Play p = spot ? startPlay(*spot, b.truth) : effort::Play{};
        if (!spot || !effort::playSpotCheck(*spot, b.truth, t, p))
            return false;
        print("spotcheck", p, t);
    }
    auto groups = openReview(b, dataset, task, true);
    effort::Play g = groups ? startPlay(*groups, b.truth) : effort::Play{};
    if (!groups || !effort::playGroups(*groups, b.truth, 1.0, g))
        return false;
    for (double t : targets)
        print("groups", g, t);
    return true;
}

bool playRounds(Bench &b, const QString &dataset)
{
    const QString first = runTask(b.client, dataset);
    auto one = first.isEmpty() ? nullptr : openReview(b, dataset, first, true);
    if (!one)
        return false;
    effort::Play part = startPlay(*one, b.truth);
    if (!effort::playGroups(*one, b.truth, 0.5, part))
        return false;
    QSignalSpy confirmed(one.get(), &ReviewSession::confirmFinished);
    one->confirm();
    if (!confirmed.wait(600000) || !one->pendingRows().isEmpty())
        return false;
    const QString second = runTask(b.client, dataset); // "Re-label the rest with what you confirmed"
    auto two = second.isEmpty() ? nullptr : openReview(b, dataset, second, true);
    if (!two)
        return false;
    effort::Play play = startPlay(*two, b.truth);
    play.samples = part.samples;
    play.baseActions = 2; // the confirmation and the new task
    for (const effort::Step &s : part.steps) {
        play.baseActions += s.actions;
        play.baseTiles += s.tiles;
    }
    bench::print("effort_round2_machine_precision", 1.0 - double(play.wrongAtStart) / double(std::max<qint64>(1, play.undecidedAtStart)),
                 "");
    if (!effort::playGroups(*two, b.truth, 1.0, play))
        return false;
    for (double t : targets)
        print("rounds", play, t);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("data"), QStringLiteral("A folder of class sub-folders (the truth)."), QStringLiteral("folder") },
                        { QStringLiteral("labeled-per-class"), QStringLiteral("Labeled images per class."), QStringLiteral("n") },
                        { QStringLiteral("seed"), QStringLiteral("Which images stay labeled."), QStringLiteral("s"), QStringLiteral("1") },
                        { QStringLiteral("demo-per-class"), QStringLiteral("Without --data: generated shapes per class."),
                          QStringLiteral("n"), QStringLiteral("60") } });
    parser.process(app);
    QTemporaryDir dir;
    QString folder = parser.value(QStringLiteral("data"));
    int labeled = parser.value(QStringLiteral("labeled-per-class")).toInt();
    if (folder.isEmpty()) {
        folder = dir.filePath(QStringLiteral("demo"));
        QString error;
        if (!demoimages::generate(folder, parser.value(QStringLiteral("demo-per-class")).toInt(), 1, &error)) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(error));
            return 1;
        }
        labeled = labeled > 0 ? labeled : 10; // as the demo imports them
    }
    labeled = labeled > 0 ? labeled : 5;
    TestServer server(dir.filePath(QStringLiteral("data")));
    if (!server.start())
        return 1;
    server.addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
    LocalClient local(server.base());
    if (!local.login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")))
        return 1;
    Bench b{ server, local.client.get(), dir.path(), {} };
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt();
    const QString dataset = import(b, folder, QStringLiteral("effort"), labeled, seed);
    const QString task = dataset.isEmpty() ? QString() : runTask(b.client, dataset);
    if (task.isEmpty() || !playOnFirstDataset(b, dataset, task))
        return 2;
    const QString rounds = import(b, folder, QStringLiteral("effort-rounds"), labeled, seed);
    if (rounds.isEmpty() || !playRounds(b, rounds))
        return 3;
    return 0;
}
