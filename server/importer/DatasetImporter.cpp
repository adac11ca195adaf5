#include "importer/DatasetImporter.h"

#include "importer/ImageFiles.h"
#include "Ids.h"
#include "storage/Storage.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace {

const QString unlabeledFolder = QStringLiteral("unlabeled");

struct Candidate
{
    QString path;
    QString subDir;   // relative folder inside the import folder
    QString label;    // assigned label, empty for unlabeled
    QString truth;    // hidden ground truth
};

QStringList imageFilesIn(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (imagefiles::isSupportedSuffix(QFileInfo(path).suffix()))
            files.append(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

ImportReport importFolder(Storage &storage, const ImportOptions &options)
{
    ImportReport report;
    const QDir root(options.folder);
    if (options.folder.isEmpty() || !root.exists()) {
        report.error = QStringLiteral("the folder %1 does not exist").arg(options.folder);
        return report;
    }
    if (options.datasetName.trimmed().isEmpty()) {
        report.error = QStringLiteral("the dataset needs a name");
        return report;
    }
    if (options.labeledPerClass && *options.labeledPerClass < 0) {
        report.error = QStringLiteral("--labeled-per-class must be 0 or more");
        return report;
    }

    QStringList classes = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    classes.removeAll(unlabeledFolder);
    if (classes.isEmpty()) {
        report.error = QStringLiteral("%1 has no class sub-folders (one sub-folder per class is expected)")
                               .arg(options.folder);
        return report;
    }

    // Decide, deterministically, which file goes where.
    QList<Candidate> candidates;
    QRandomGenerator rng(options.seed);
    for (const QString &cls : std::as_const(classes)) {
        QStringList files = imageFilesIn(root.filePath(cls));
        if (options.labeledPerClass) {
            std::shuffle(files.begin(), files.end(), rng);
        }
        for (qsizetype i = 0; i < files.size(); ++i) {
            Candidate c;
            c.path = files[i];
            c.subDir = root.relativeFilePath(QFileInfo(files[i]).absolutePath());
            c.truth = cls;
            if (!options.labeledPerClass || i < *options.labeledPerClass)
                c.label = cls;
            else
                c.subDir = unlabeledFolder; // the folder would give the hidden class away
            candidates.append(c);
        }
    }
    if (!options.labeledPerClass && root.exists(unlabeledFolder)) {
        for (const QString &path : imageFilesIn(root.filePath(unlabeledFolder)))
            candidates.append(Candidate{ path, root.relativeFilePath(QFileInfo(path).absolutePath()), {}, {} });
    }

    const ProjectRecord project = storage.identity().ensureProject(options.projectName);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto existing = storage.datasets().findByName(project.id, options.datasetName);
    DatasetRecord dataset = existing.value_or(DatasetRecord{ ids::resourceId(), project.id, options.datasetName,
                                                             options.description, 0, now, now });
    report.datasetId = dataset.id;

    // Probe and copy first (slow, outside the transaction), then write every row in one transaction.
    const QString imageDir = QStringLiteral("images/") + dataset.id;
    QDir(storage.dataDir()).mkpath(imageDir);
    QList<SampleRecord> samples;
    QStringList copied;
    QSet<QString> seenKeys;
    auto removeCopies = [&] {
        for (const QString &file : std::as_const(copied))
            QFile::remove(file);
    };
    for (const Candidate &c : std::as_const(candidates)) {
        const QFileInfo info(c.path);
        const QString dir = QLatin1Char('/') + dataset.name + QLatin1Char('/')
                + (c.subDir == QLatin1String(".") ? QString() : c.subDir + QLatin1Char('/'));
        const QString sourceKey = dir + info.fileName();
        if (existing && storage.samples().hasSamplePath(dataset.id, sourceKey)) {
            ++report.alreadyPresent;
            continue;
        }
        if (seenKeys.contains(sourceKey)) {
            report.skipped.append(c.path + QStringLiteral(": another file of this import has the same name"));
            continue;
        }
        seenKeys.insert(sourceKey);
        QString why;
        const auto image = imagefiles::probe(c.path, &why);
        if (!image) {
            report.skipped.append(c.path + QStringLiteral(": ") + why);
            continue;
        }
        SampleRecord s;
        s.id = ids::hex32();
        s.datasetId = dataset.id;
        s.name = info.fileName();
        s.dir = dir;
        s.relPath = imageDir + QLatin1Char('/') + s.id + QLatin1Char('.') + info.suffix().toLower();
        s.size = info.size();
        s.timeMs = info.lastModified().toMSecsSinceEpoch();
        s.width = image->width;
        s.height = image->height;
        s.channels = image->channels;
        s.truth = c.truth;
        if (!c.label.isEmpty()) {
            s.labels.append(SampleLabelRecord{ c.label, 0, std::nullopt, {} });
            s.annotatedBy = QStringLiteral("human/import");
        }
        const QString target = QDir(storage.dataDir()).filePath(s.relPath);
        if (!QFile::copy(c.path, target)) {
            report.skipped.append(c.path + QStringLiteral(": cannot be copied into the data directory"));
            continue;
        }
        copied.append(target);
        samples.append(s);
    }

    if (!storage.transaction()) {
        removeCopies();
        report.error = storage.lastError();
        return report;
    }
    bool ok = existing || storage.datasets().insert(dataset);
    for (const QString &cls : std::as_const(classes)) {
        if (ok)
            ok = storage.datasets().insertLabel(dataset.id, LabelRecord{ cls, 0, {} });
    }
    for (const SampleRecord &s : std::as_const(samples)) {
        if (!ok)
            break;
        ok = storage.samples().insert(s);
        (s.labels.isEmpty() ? report.unlabeled : report.labeled) += 1;
    }
    ok = ok && storage.datasets().touch(dataset.id, now) && storage.commit();
    if (!ok) {
        report.error = QStringLiteral("the database refused the import: %1").arg(storage.lastError());
        storage.rollback();
        removeCopies();
        report.labeled = report.unlabeled = 0;
        return report;
    }
    report.classes = int(classes.size());
    report.ok = true;
    return report;
}
