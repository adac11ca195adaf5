#include "cli/Commands.h"

#include "cli/CliCommon.h"
#include "engine/AutoLabelEngine.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

namespace cli {

namespace {

// Prints, one "name value" per line, how the engine's predictions compare with the hidden ground truth.
void printEvaluation(const engine::Result &result, const QStringList &labels, const QHash<QString, QString> &truth)
{
    int correct = 0, hard = 0, hardWrong = 0, easyWrong = 0, evaluated = 0;
    QMap<int, QPair<int, int>> byReason; // reason id -> (samples, wrong)
    for (auto it = result.predictions.cbegin(); it != result.predictions.cend(); ++it) {
        if (!truth.contains(it.key()))
            continue;
        ++evaluated;
        const bool right = labels.value(it->label) == truth.value(it.key());
        correct += right;
        for (int reason : it->reasons) {
            byReason[reason].first += 1;
            byReason[reason].second += !right;
        }
        if (it->hard) {
            ++hard;
            hardWrong += !right;
        } else {
            easyWrong += !right;
        }
    }
    const int easy = evaluated - hard;
    const double hardError = hard ? double(hardWrong) / hard : 0;
    const double easyError = easy ? double(easyWrong) / easy : 0;
    out() << "samples " << evaluated << "\n"
          << "accuracy " << QString::number(double(correct) / std::max(1, evaluated), 'f', 4) << "\n"
          << "hard_share " << QString::number(double(hard) / std::max(1, evaluated), 'f', 4) << "\n"
          << "error_rate_hard " << QString::number(hardError, 'f', 4) << "\n"
          << "error_rate_not_hard " << QString::number(easyError, 'f', 4) << "\n"
          << "hard_error_ratio " << (easyError > 0 ? QString::number(hardError / easyError, 'f', 4) : QStringLiteral("inf")) << "\n";
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it) {
        out() << "reason_" << it.key() << "_share " << QString::number(double(it->first) / std::max(1, evaluated), 'f', 4) << "\n"
              << "reason_" << it.key() << "_error_rate " << QString::number(double(it->second) / std::max(1, it->first), 'f', 4) << "\n";
    }
}

} // namespace

int eval(const QStringList &args)
{
    Command cmd(QStringLiteral("Runs the auto-labeling engine on a dataset imported with --labeled-per-class and prints, one "
                               "\"name value\" per line, the accuracy against the hidden ground truth, the share of hard "
                               "samples and the error rates among hard and other samples. The dataset is not changed."));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("Dataset name."), QStringLiteral("NAME"));
    const QCommandLineOption algorithm(QStringLiteral("algorithm"), QStringLiteral("fast (default) or accurate."), QStringLiteral("NAME"),
                                       QStringLiteral("fast"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Engine seed (default 7)."), QStringLiteral("S"),
                                  QStringLiteral("7"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project name (default local)."), QStringLiteral("NAME"),
                                     QStringLiteral("local"));
    cmd.parser.addOptions({ dataset, algorithm, seed, project });
    cmd.parser.process(args);
    if (!cmd.parser.isSet(dataset))
        return fail(QStringLiteral("--dataset is required"), Usage);
    const QString algo = cmd.parser.value(algorithm);
    if (algo != QLatin1String("fast") && algo != QLatin1String("accurate"))
        return fail(QStringLiteral("--algorithm must be fast or accurate"), Usage);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    const auto p = storage.identity().projectByName(cmd.parser.value(project));
    const auto d = p ? storage.datasets().findByName(p->id, cmd.parser.value(dataset)) : std::nullopt;
    if (!d)
        return fail(QStringLiteral("no dataset %1").arg(cmd.parser.value(dataset)));

    QStringList labels;
    for (const LabelRecord &l : storage.datasets().labels(d->id))
        labels.append(l.name);
    SampleQuery all;
    all.limit = std::numeric_limits<qint64>::max();
    QList<engine::Sample> samples;
    QHash<QString, QString> truth;
    for (const SampleRecord &s : storage.samples().list(d->id, all)) {
        samples.append(engine::Sample{ s.id, QDir(cmd.dataDir()).filePath(s.relPath),
                                       s.labels.isEmpty() ? -1 : int(labels.indexOf(s.labels.first().name)) });
        if (s.labels.isEmpty() && !s.truth.isEmpty())
            truth.insert(s.id, s.truth);
    }
    if (truth.isEmpty())
        return fail(QStringLiteral("dataset %1 has no hidden ground truth (import it with --labeled-per-class)").arg(d->name));
    engine::Config config;
    config.accurate = algo == QLatin1String("accurate");
    config.seed = cmd.parser.value(seed).toUInt();
    std::atomic_bool cancel = false;
    const engine::Result result = engine::run(
            samples, int(labels.size()), config, [](double) {}, cancel);
    if (!result.ok)
        return fail(result.error);
    printEvaluation(result, labels, truth);
    out().flush();
    return Ok;
}

} // namespace cli
