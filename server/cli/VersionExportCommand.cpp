#include "cli/Commands.h"

#include "cli/CliCommon.h"
#include "storage/Storage.h"
#include "versions/VersionPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cli {

namespace {

std::optional<VersionRecord> findVersion(const Storage &storage, const QString &datasetId, const QString &key)
{
    for (const VersionRecord &v : storage.versions().list(datasetId)) {
        if (v.id == key || v.name == key)
            return v;
    }
    return std::nullopt;
}

// The image a manifest line names in the data directory ("s3://modelarts-local/<key>"), or empty.
QString imageOf(const QString &dataDir, const QString &source)
{
    const QString prefix = QStringLiteral("s3://modelarts-local/");
    if (!source.startsWith(prefix))
        return {};
    const QString key = QDir::cleanPath(source.mid(prefix.size()));
    if (key.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(key))
        return {};
    return QDir(dataDir).filePath(key);
}

// `to` whole or not at all (a temporary name, then renamed); one already there with the same size is kept.
bool place(const QString &from, const QString &to, bool link)
{
    if (QFileInfo(to).size() == QFileInfo(from).size() && QFileInfo::exists(to))
        return true;
    const QString part = to + QStringLiteral(".part");
    QFile::remove(part);
    if (!(link ? QFile::link(QFileInfo(from).absoluteFilePath(), part) : QFile::copy(from, part)))
        return false;
    QFile::remove(to);
    return QFile::rename(part, to);
}

} // namespace

int versionExport(const QStringList &args)
{
    Command cmd(QStringLiteral("Copies a published version out of the data directory, for training elsewhere: its manifest, with "
                               "each source a local path, and its images (copied, or linked with --link)."));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("Dataset id or name."), QStringLiteral("DATASET"));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Version id or name (default: the current one)."),
                                     QStringLiteral("VERSION"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Folder to write to."), QStringLiteral("DIR"));
    const QCommandLineOption link(QStringLiteral("link"), QStringLiteral("Link the images instead of copying them."));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project name (default local)."), QStringLiteral("NAME"),
                                     QStringLiteral("local"));
    cmd.parser.addOptions({ dataset, version, to, link, project });
    cmd.parser.process(args);
    if (!cmd.parser.isSet(dataset) || !cmd.parser.isSet(to))
        return fail(QStringLiteral("--dataset and --to are required"), Usage);
    Storage storage(cmd.dataDir());
    if (auto code = openStorage(storage))
        return *code;
    const QString projectId = storage.identity().ensureProject(cmd.parser.value(project)).id;
    auto d = storage.datasets().find(projectId, cmd.parser.value(dataset));
    if (!d)
        d = storage.datasets().findByName(projectId, cmd.parser.value(dataset));
    if (!d)
        return fail(QStringLiteral("no dataset %1 in project %2").arg(cmd.parser.value(dataset), cmd.parser.value(project)));
    const auto v = cmd.parser.isSet(version) ? findVersion(storage, d->id, cmd.parser.value(version)) : storage.versions().current(d->id);
    if (!v)
        return fail(QStringLiteral("%1 has no version %2").arg(d->name, cmd.parser.value(version)));
    if (v->status != versionstatus::Normal)
        return fail(QStringLiteral("version %1 is not ready (status %2): %3")
                            .arg(v->name)
                            .arg(v->status)
                            .arg(v->state.value(QStringLiteral("message")).toString()));
    QFile manifest(QDir(storage.dataDir()).filePath(versionpaths::manifestKey(*d, v->name)));
    if (!manifest.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the manifest %1: %2").arg(manifest.fileName(), manifest.errorString()));
    const QDir target(cmd.parser.value(to));
    if (!QDir().mkpath(target.filePath(QStringLiteral("images"))))
        return fail(QStringLiteral("cannot create %1").arg(target.absolutePath()));
    QByteArray out;
    qint64 images = 0;
    for (const QByteArray &line : manifest.readAll().split('\n')) {
        QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        const QString from = imageOf(storage.dataDir(), o.value(QStringLiteral("source")).toString());
        const QString local = target.absoluteFilePath(QStringLiteral("images/") + QFileInfo(from).fileName());
        if (from.isEmpty() || !place(from, local, cmd.parser.isSet(link)))
            return fail(QStringLiteral("cannot write %1 (run again to go on: what is complete is kept)").arg(local));
        o.insert(QStringLiteral("source"), local);
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        ++images;
    }
    QSaveFile written(target.filePath(v->name + QStringLiteral(".manifest")));
    if (!written.open(QIODevice::WriteOnly) || written.write(out) != out.size() || !written.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(written.fileName(), written.errorString()));
    cli::out() << "version " << v->name << " of " << d->name << ": " << images << " images, manifest " << written.fileName() << Qt::endl;
    return Ok;
}

} // namespace cli
