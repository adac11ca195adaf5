#include "importer/DatasetImporter.h"

#include "Ids.h"
#include "importer/ImageFiles.h"
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
    QString subDir; // relative folder inside the import folder
    QString label; // assigned label, empty for unlabeled
    QString truth; // hidden ground truth
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

// Why the options cannot import anything; empty when they can.
QString optionsError(const ImportOptions &options, const QDir &root)
{
    if (options.folder.isEmpty() || !root.exists())
        return QStringLiteral("the folder %1 does not exist").arg(options.folder);
    if (options.datasetName.trimmed().isEmpty())
        return QStringLiteral("the dataset needs a name");
    if (options.labeledPerClass && *options.labeledPerClass < 0)
        return QStringLiteral("--labeled-per-class must be 0 or more");
    return {};
}

// Decides, deterministically, which file goes where.
QList<Candidate> plan(const QDir &root, const QStringList &classes, const ImportOptions &options)
{
    QList<Candidate> candidates;
    QRandomGenerator rng(options.seed);
    for (const QString &cls : classes) {
        QStringList files = imageFilesIn(root.filePath(cls));
        if (options.labeledPerClass)
            std::shuffle(files.begin(), files.end(), rng);
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
    return candidates;
}

// Probes and copies the candidates into the data directory (slow: outside any transaction). Files
// already imported, duplicates and unreadable images are counted or reported as skipped.
class Copier
{
public:
    Copier(const Storage &storage, const DatasetRecord &dataset, bool existing, ImportReport &report)
        : m_storage(storage)
        , m_dataset(dataset)
        , m_existing(existing)
        , m_report(report)
        , m_imageDir(QStringLiteral("images/") + dataset.id)
    {
        QDir(storage.dataDir()).mkpath(m_imageDir);
    }

    void copy(const Candidate &c)
    {
        const QFileInfo info(c.path);
        const QString dir = QLatin1Char('/') + m_dataset.name + QLatin1Char('/')
                + (c.subDir == QLatin1String(".") ? QString() : c.subDir + QLatin1Char('/'));
        const QString sourceKey = dir + info.fileName();
        if (m_existing && m_storage.samples().hasSamplePath(m_dataset.id, sourceKey)) {
            ++m_report.alreadyPresent;
            return;
        }
        if (m_seenKeys.contains(sourceKey)) {
            m_report.skipped.append(c.path + QStringLiteral(": another file of this import has the same name"));
            return;
        }
        m_seenKeys.insert(sourceKey);
        QString why;
        const auto image = imagefiles::probe(c.path, &why);
        if (!image) {
            m_report.skipped.append(c.path + QStringLiteral(": ") + why);
            return;
        }
        SampleRecord s = sampleOf(c, info, dir, *image);
        const QString target = QDir(m_storage.dataDir()).filePath(s.relPath);
        if (!QFile::copy(c.path, target)) {
            m_report.skipped.append(c.path + QStringLiteral(": cannot be copied into the data directory"));
            return;
        }
        m_copied.append(target);
        m_samples.append(s);
    }

    const QList<SampleRecord> &samples() const { return m_samples; }
    void removeCopies() const
    {
        for (const QString &file : m_copied)
            QFile::remove(file);
    }

private:
    SampleRecord sampleOf(const Candidate &c, const QFileInfo &info, const QString &dir, const imagefiles::ImageInfo &image) const
    {
        SampleRecord s;
        s.id = ids::hex32();
        s.datasetId = m_dataset.id;
        s.name = info.fileName();
        s.dir = dir;
        s.relPath = m_imageDir + QLatin1Char('/') + s.id + QLatin1Char('.') + info.suffix().toLower();
        s.size = info.size();
        s.timeMs = info.lastModified().toMSecsSinceEpoch();
        s.width = image.width;
        s.height = image.height;
        s.channels = image.channels;
        s.truth = c.truth;
        if (!c.label.isEmpty()) {
            s.labels.append(SampleLabelRecord{ c.label, 0, std::nullopt, {} });
            s.annotatedBy = QStringLiteral("human/import");
        }
        return s;
    }

    const Storage &m_storage;
    const DatasetRecord &m_dataset;
    bool m_existing;
    ImportReport &m_report;
    QString m_imageDir;
    QList<SampleRecord> m_samples;
    QStringList m_copied;
    QSet<QString> m_seenKeys;
};

// Writes the dataset (when new), its labels and the samples in the open transaction, and commits.
bool store(Storage &storage, const DatasetRecord &dataset, bool existing, const QStringList &classes, const QList<SampleRecord> &samples,
           qint64 now, ImportReport &report)
{
    bool ok = existing || storage.datasets().insert(dataset);
    for (const QString &cls : classes) {
        if (ok)
            ok = storage.datasets().insertLabel(dataset.id, LabelRecord{ cls, 0, {} });
    }
    for (const SampleRecord &s : samples) {
        if (!ok)
            break;
        ok = storage.samples().insert(s);
        (s.labels.isEmpty() ? report.unlabeled : report.labeled) += 1;
    }
    ok = ok && storage.datasets().touch(dataset.id, now) && storage.commit();
    if (!ok)
        storage.rollback();
    return ok;
}

} // namespace

ImportReport importFolder(Storage &storage, const ImportOptions &options)
{
    ImportReport report;
    const QDir root(options.folder);
    report.error = optionsError(options, root);
    if (!report.error.isEmpty())
        return report;
    QStringList classes = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    classes.removeAll(unlabeledFolder);
    if (classes.isEmpty()) {
        report.error = QStringLiteral("%1 has no class sub-folders (one sub-folder per class is expected)").arg(options.folder);
        return report;
    }
    const QList<Candidate> candidates = plan(root, classes, options);

    const ProjectRecord project = storage.identity().ensureProject(options.projectName);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto existing = storage.datasets().findByName(project.id, options.datasetName);
    const DatasetRecord dataset =
            existing.value_or(DatasetRecord{ ids::resourceId(), project.id, options.datasetName, options.description, 0, now, now });
    report.datasetId = dataset.id;
    Copier copier(storage, dataset, existing.has_value(), report);
    for (const Candidate &c : candidates)
        copier.copy(c);
    if (!storage.transaction()) {
        copier.removeCopies();
        report.error = storage.lastError();
        return report;
    }
    if (!store(storage, dataset, existing.has_value(), classes, copier.samples(), now, report)) {
        report.error = QStringLiteral("the database refused the import: %1").arg(storage.lastError());
        copier.removeCopies();
        report.labeled = report.unlabeled = 0;
        return report;
    }
    report.classes = int(classes.size());
    report.ok = true;
    return report;
}
