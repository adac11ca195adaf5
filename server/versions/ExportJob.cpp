#include "versions/ExportJob.h"

#include "ErrorCodes.h"
#include "ServerLog.h"
#include "storage/Storage.h"
#include "versions/Manifest.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// Copies `from` to `to` through a temporary name: `to` is whole or absent. A file already there with the
// same size is kept (a task run again after a stop does not copy it twice).
bool copyWhole(const QString &from, const QString &to)
{
    const QFileInfo target(to);
    if (target.exists() && target.size() == QFileInfo(from).size())
        return true;
    const QString part = to + QStringLiteral(".part");
    QFile::remove(part);
    if (!QFile::copy(from, part))
        return false;
    QFile::remove(to);
    return QFile::rename(part, to);
}

bool writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

ExportJob::ExportJob(Input input)
    : m_in(std::move(input))
{
}

QList<SampleRecord> ExportJob::select(Storage &storage)
{
    QList<SampleRecord> out;
    QSet<QString> seen;
    storage.readTransaction(); // one snapshot for every condition
    for (const SampleQuery &q : std::as_const(m_in.request.selection)) {
        for (const SampleRecord &s : storage.samples().list(m_in.dataset.id, q)) {
            if (!seen.contains(s.id)) {
                seen.insert(s.id);
                out.append(s);
            }
        }
    }
    storage.rollback();
    return out;
}

QString ExportJob::uniqueName(const SampleRecord &s)
{
    QString name = s.name;
    if (m_usedNames.contains(name)) {
        const QFileInfo info(s.name);
        name = info.completeBaseName() + QLatin1Char('-') + s.id.left(8) + QLatin1Char('.') + info.suffix();
    }
    m_usedNames.insert(name);
    return name;
}

bool ExportJob::writeSample(const SampleRecord &s, QStringList *manifestLines)
{
    const QDir target(m_in.request.targetDir);
    const QString name = uniqueName(s);
    QString relative = name;
    if (m_in.request.exportFormat == 1 && !s.labels.isEmpty())
        relative = s.labels.first().name + QLatin1Char('/') + name;
    if (!QDir().mkpath(QFileInfo(target.filePath(relative)).path())
        || !copyWhole(QDir(m_in.dataDir).filePath(s.relPath), target.filePath(relative))) {
        m_error = QStringLiteral("Cannot write %1").arg(target.filePath(relative));
        return false;
    }
    if (m_in.request.exportFormat == 2 && !s.labels.isEmpty()) {
        QStringList names;
        for (const SampleLabelRecord &l : s.labels)
            names.append(l.name);
        const QString txt = target.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".txt"));
        if (!writeWhole(txt, (names.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8())) {
            m_error = QStringLiteral("Cannot write %1").arg(txt);
            return false;
        }
    }
    manifest::LineOptions options;
    const QString key = m_in.request.path.mid(1) + relative; // the path without its leading "/"
    options.source = m_in.request.sourceTypeHeader + key;
    options.usage = s.labels.isEmpty() ? manifest::Usage::None : manifest::Usage::Train;
    options.withHardKeys = !m_in.request.clearHardProperty;
    manifestLines->append(QString::fromUtf8(manifest::line(s, options)));
    return true;
}

bool ExportJob::writeManifest(const QStringList &lines)
{
    const QString path = QDir(m_in.request.targetDir).filePath(m_in.dataset.name + QStringLiteral(".manifest"));
    if (!writeWhole(path, lines.isEmpty() ? QByteArray() : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8())) {
        m_error = QStringLiteral("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

void ExportJob::progress(Storage &storage, qint64 done, qint64 total, bool force)
{
    const qint64 now = m_in.nowMs();
    if (!force && now - m_lastProgressMs < 250)
        return;
    m_lastProgressMs = now;
    QJsonObject &state = m_in.task.state;
    state.insert(QStringLiteral("status"), QStringLiteral("RUNNING"));
    state.insert(QStringLiteral("progress"), total > 0 ? 100.0 * double(done) / double(total) : 0.0);
    state.insert(QStringLiteral("total_sample_count"), total);
    state.insert(QStringLiteral("finished_sample_count"), done);
    state.insert(QStringLiteral("update_time"), now);
    storage.exports().update(m_in.task.id, QStringLiteral("RUNNING"), state);
}

QString ExportJob::end(Storage &storage, const QString &status, const QString &code, const QString &message)
{
    QJsonObject &state = m_in.task.state;
    state.insert(QStringLiteral("status"), status);
    state.insert(QStringLiteral("update_time"), m_in.nowMs());
    if (status == QLatin1String("SUCCESSED"))
        state.insert(QStringLiteral("progress"), 100.0);
    if (!code.isEmpty()) {
        state.insert(QStringLiteral("error_code"), code);
        state.insert(QStringLiteral("error_msg"), message);
        qCWarning(lcServer).noquote() << "export" << m_in.task.id << "failed:" << message;
    }
    storage.exports().update(m_in.task.id, status, state);
    return status;
}

QString ExportJob::run()
{
    Storage storage(m_in.dataDir);
    if (!storage.open()) {
        qCWarning(lcServer).noquote() << "export" << m_in.task.id << "cannot open the database:" << storage.lastError();
        return QStringLiteral("FAILED");
    }
    if (!QDir().mkpath(m_in.request.targetDir))
        return end(storage, QStringLiteral("FAILED"), errorcode::ExportPathInvalid, QStringLiteral("Cannot create the export directory"));
    const QList<SampleRecord> samples = select(storage);
    progress(storage, 0, samples.size(), true);
    QStringList lines;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (m_in.cancel->load())
            return end(storage, QStringLiteral("FAILED"), errorcode::ExportFailed,
                       QStringLiteral("The service stopped during the export."));
        if (!writeSample(samples[i], &lines))
            return end(storage, QStringLiteral("FAILED"), errorcode::ExportFailed, m_error);
        progress(storage, i + 1, samples.size(), false);
    }
    if (!writeManifest(lines))
        return end(storage, QStringLiteral("FAILED"), errorcode::ExportFailed, m_error);
    progress(storage, samples.size(), samples.size(), true);
    return end(storage, QStringLiteral("SUCCESSED"));
}
