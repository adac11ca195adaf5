#include "cli/Commands.h"

#include "auth/PasswordHash.h"
#include "cli/CliCommon.h"
#include "importer/DatasetImporter.h"
#include "importer/DemoImages.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace cli {

int demo(const QStringList &args)
{
    Command cmd(QStringLiteral("Creates the demo: generated images, the datasets demo-shapes and demo-rgba, and the user demo "
                               "(domain demo, password demo-password, project local). Running it again changes nothing."));
    cmd.parser.process(args);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    const QString project = QStringLiteral("local");
    if (!storage.identity().userByName(QStringLiteral("demo"), QStringLiteral("demo"))) {
        if (!storage.identity().upsertUser(QStringLiteral("demo"), QStringLiteral("demo"), project,
                                           passwordhash::hash(QStringLiteral("demo-password"))))
            return fail(QStringLiteral("cannot add the demo user: %1").arg(storage.lastError()));
        out() << "user demo added (domain demo, password demo-password, project local)" << Qt::endl;
    }
    const ProjectRecord p = storage.identity().ensureProject(project);
    QString error;
    if (!storage.datasets().findByName(p.id, QStringLiteral("demo-shapes"))) {
        const QString source = QDir(cmd.dataDir()).filePath(QStringLiteral("demo-source/shapes"));
        if (!demoimages::generate(source, 60, 1, &error))
            return fail(error);
        ImportOptions options;
        options.datasetName = QStringLiteral("demo-shapes");
        options.description = QStringLiteral("Generated shapes: 5 classes, 10 labeled images each, 250 to auto-label");
        options.folder = source;
        options.labeledPerClass = 10;
        const ImportReport report = importFolder(storage, options);
        if (!report.ok)
            return fail(report.error);
        QDir(source).removeRecursively(); // imported: the data directory has its own copies
        out() << "dataset demo-shapes: " << report.labeled << " labeled, " << report.unlabeled << " unlabeled" << Qt::endl;
    }
    if (!storage.datasets().findByName(p.id, QStringLiteral("demo-rgba"))) {
        const QString source = QDir(cmd.dataDir()).filePath(QStringLiteral("demo-source/rgba"));
        if (!demoimages::generate(source, 8, 2, &error))
            return fail(error);
        for (int i = 0; i < 2; ++i) {
            if (!demoimages::generateRgba(QDir(source).filePath(QStringLiteral("unlabeled/transparent_%1.png").arg(i)), 100 + quint32(i),
                                          &error))
                return fail(error);
        }
        // Class folders labeled, unlabeled/ not; two of the unlabeled images have an alpha channel.
        ImportOptions options;
        options.datasetName = QStringLiteral("demo-rgba");
        options.description = QStringLiteral("Generated shapes with two 4-channel (RGBA) images: auto-labeling fails on it");
        options.folder = source;
        QDir(source).mkpath(QStringLiteral("unlabeled"));
        // Move two images of each class to unlabeled/ so that there is something to auto-label.
        for (const QString &cls : demoimages::classNames()) {
            const QStringList files = QDir(QDir(source).filePath(cls)).entryList(QDir::Files, QDir::Name);
            for (qsizetype i = 0; i < 2 && i < files.size(); ++i)
                QFile::rename(QDir(source).filePath(cls + QLatin1Char('/') + files[i]),
                              QDir(source).filePath(QStringLiteral("unlabeled/") + files[i]));
        }
        const ImportReport report = importFolder(storage, options);
        if (!report.ok)
            return fail(report.error);
        QDir(source).removeRecursively();
        out() << "dataset demo-rgba: " << report.labeled << " labeled, " << report.unlabeled << " unlabeled" << Qt::endl;
    }
    out() << "demo data ready in " << cmd.dataDir() << Qt::endl;
    return Ok;
}

} // namespace cli
