#include "cli/Commands.h"

#include "cli/CliCommon.h"
#include "importer/DatasetImporter.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace cli {

int datasetImport(const QStringList &args)
{
    Command cmd(QStringLiteral("Imports FOLDER (one sub-folder per class) as an image-classification dataset."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Dataset name (an existing dataset gets the new files)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The folder to import."), QStringLiteral("FOLDER"));
    const QCommandLineOption perClass(QStringLiteral("labeled-per-class"),
                                      QStringLiteral("Keep N images per class labeled; import the rest unlabeled (their class is kept "
                                                     "as hidden ground truth for `eval`). Without it, FOLDER/unlabeled/ is unlabeled."),
                                      QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the choice of labeled images (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project name (default local)."), QStringLiteral("NAME"),
                                     QStringLiteral("local"));
    cmd.parser.addOptions({ name, from, perClass, seed, project });
    cmd.parser.process(args);
    if (!cmd.parser.isSet(name) || !cmd.parser.isSet(from))
        return fail(QStringLiteral("--name and --from are required"), Usage);
    ImportOptions options;
    options.datasetName = cmd.parser.value(name);
    options.folder = cmd.parser.value(from);
    options.projectName = cmd.parser.value(project);
    bool ok = true;
    if (cmd.parser.isSet(perClass)) {
        options.labeledPerClass = cmd.parser.value(perClass).toInt(&ok);
        if (!ok || *options.labeledPerClass < 0)
            return fail(QStringLiteral("--labeled-per-class must be a whole number, 0 or more"), Usage);
    }
    options.seed = cmd.parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a whole number"), Usage);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    const ImportReport report = importFolder(storage, options);
    for (const QString &skipped : report.skipped)
        err() << "skipped " << skipped << Qt::endl;
    if (!report.ok)
        return fail(report.error);
    out() << "dataset " << options.datasetName << " (" << report.datasetId << "): imported " << report.labeled + report.unlabeled
          << " images, " << report.labeled << " labeled in " << report.classes << " classes, " << report.unlabeled << " unlabeled; skipped "
          << report.skipped.size();
    if (report.alreadyPresent > 0)
        out() << "; " << report.alreadyPresent << " already present";
    out() << Qt::endl;
    return Ok;
}

} // namespace cli
