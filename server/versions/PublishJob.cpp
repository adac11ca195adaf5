#include "versions/PublishJob.h"

#include "ServerLog.h"
#include "rest/DatasetJson.h"
#include "storage/Storage.h"
#include "versions/Manifest.h"
#include "versions/VersionPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <limits>
#include <thread>

PublishJob::PublishJob(Input input)
    : m_in(std::move(input))
{
}

void PublishJob::pace()
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_in.minStageMs);
    while (!m_in.cancel->load() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

int PublishJob::run()
{
    Storage storage(m_in.dataDir);
    if (!storage.open()) {
        qCWarning(lcServer).noquote() << "publish" << m_in.version.id << "cannot open the database:" << storage.lastError();
        return -1;
    }
    QList<SampleRecord> samples;
    if (!readSnapshot(storage, &samples))
        return fail(storage, QStringLiteral("Cannot read the samples: ") + m_error);
    if (m_in.request.exportImages && !copyImages(samples))
        return fail(storage, m_error);
    if (!writeManifest(samples))
        return fail(storage, m_error);
    if (!makeCurrent(storage, samples)) {
        QFile::remove(QDir(m_in.dataDir).filePath(versionpaths::manifestKey(m_in.dataset, m_in.version.name)));
        return fail(storage, QStringLiteral("Cannot record the version: ") + m_error);
    }
    return versionstatus::Normal;
}

bool PublishJob::readSnapshot(Storage &storage, QList<SampleRecord> *samples)
{
    // One read transaction: the samples and their labels as of one moment.
    if (!storage.readTransaction()) {
        m_error = storage.lastError();
        return false;
    }
    SampleQuery all;
    all.limit = std::numeric_limits<qint64>::max();
    *samples = storage.samples().list(m_in.dataset.id, all);
    storage.rollback();
    return true;
}

bool PublishJob::copyImages(const QList<SampleRecord> &samples)
{
    const QDir data(m_in.dataDir);
    const QString dir = data.filePath(versionpaths::versionDir(m_in.dataset, m_in.version.name) + QStringLiteral("data"));
    if (!QDir().mkpath(dir)) {
        m_error = QStringLiteral("Cannot create %1").arg(dir);
        return false;
    }
    for (const SampleRecord &s : samples) {
        const QString target = dir + QLatin1Char('/') + QFileInfo(s.relPath).fileName();
        if (!QFile::exists(target) && !QFile::copy(data.filePath(s.relPath), target)) {
            m_error = QStringLiteral("Cannot copy %1 into the version").arg(s.name);
            return false;
        }
        if (m_in.cancel->load()) {
            m_error = QStringLiteral("The service stopped while the version was published.");
            return false;
        }
    }
    return true;
}

bool PublishJob::writeManifest(const QList<SampleRecord> &samples)
{
    const QString path = QDir(m_in.dataDir).filePath(versionpaths::manifestKey(m_in.dataset, m_in.version.name));
    if (!QDir().mkpath(QFileInfo(path).path())) {
        m_error = QStringLiteral("Cannot create the version's directory");
        return false;
    }
    const auto usage = manifest::split(samples, m_in.request.trainRatio, !m_in.request.removeSampleUsage);
    const QString dataKey = versionpaths::versionDir(m_in.dataset, m_in.version.name) + QStringLiteral("data/");
    // Written to a temporary file and renamed at the end: a publish that dies leaves no half manifest.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("Cannot write the manifest: ") + file.errorString();
        return false;
    }
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const SampleRecord &s = samples[i];
        manifest::LineOptions options;
        options.source = m_in.request.exportImages ? QStringLiteral("s3://modelarts-local/") + dataKey + QFileInfo(s.relPath).fileName()
                                                   : versionpaths::sourceUri(s);
        options.usage = usage.value(s.id, manifest::Usage::None);
        options.withHardKeys = !m_in.request.clearHardProperty;
        file.write(manifest::line(s, options));
        file.write("\n", 1);
        if (i == samples.size() / 2) {
            file.flush(); // half of it on disk, under its temporary name, while the publish is paced
            pace();
        }
        if (m_in.cancel->load()) {
            file.cancelWriting();
            m_error = QStringLiteral("The service stopped while the version was published.");
            return false;
        }
    }
    if (samples.isEmpty())
        pace();
    if (!file.commit()) {
        m_error = QStringLiteral("Cannot write the manifest: ") + file.errorString();
        return false;
    }
    return true;
}

bool PublishJob::makeCurrent(Storage &storage, const QList<SampleRecord> &samples)
{
    const manifest::Snapshot snap = manifest::snapshot(samples);
    QJsonArray labelStats;
    for (const LabelRecord &l : storage.datasets().labels(m_in.dataset.id)) {
        QJsonObject stat = datasetjson::label(l);
        stat.insert(QStringLiteral("count"), snap.labels.value(l.name).count);
        stat.insert(QStringLiteral("sample_count"), snap.labels.value(l.name).sampleCount);
        labelStats.append(stat);
    }
    if (!storage.transaction()) {
        m_error = storage.lastError();
        return false;
    }
    QJsonObject state = m_in.version.state;
    const auto previous = storage.versions().current(m_in.dataset.id);
    if (previous) {
        QJsonObject was = previous->state;
        was.insert(QStringLiteral("is_current"), false);
        if (!storage.versions().update(previous->id, previous->status, was)) {
            m_error = storage.lastError();
            storage.rollback();
            return false;
        }
        state.insert(QStringLiteral("previous_version_id"), previous->id);
        state.insert(QStringLiteral("previous_total_sample_count"), was.value(QStringLiteral("total_sample_count")));
        state.insert(QStringLiteral("previous_annotated_sample_count"), was.value(QStringLiteral("annotated_sample_count")));
    }
    state.insert(QStringLiteral("status"), int(versionstatus::Normal));
    state.insert(QStringLiteral("is_current"), true);
    state.insert(QStringLiteral("update_time"), m_in.nowMs());
    state.insert(QStringLiteral("total_sample_count"), snap.total);
    state.insert(QStringLiteral("annotated_sample_count"), snap.annotated);
    state.insert(QStringLiteral("label_stats"), labelStats);
    state.insert(QStringLiteral("label_type"), snap.multiLabel ? QStringLiteral("multi") : QStringLiteral("single"));
    state.insert(QStringLiteral("message"), QStringLiteral("Published %1 samples, %2 labeled.").arg(snap.total).arg(snap.annotated));
    // remove_sample_usage: the usage the samples had is cleared by the release.
    if (!storage.versions().update(m_in.version.id, versionstatus::Normal, state)
        || (m_in.request.removeSampleUsage && !storage.samples().clearUsage(m_in.dataset.id)) || !storage.commit()) {
        m_error = storage.lastError();
        storage.rollback();
        return false;
    }
    return true;
}

int PublishJob::fail(Storage &storage, const QString &message)
{
    qCWarning(lcServer).noquote() << "publish" << m_in.version.id << "failed:" << message;
    QJsonObject state = m_in.version.state;
    state.insert(QStringLiteral("status"), int(versionstatus::Error));
    state.insert(QStringLiteral("message"), message);
    state.insert(QStringLiteral("update_time"), m_in.nowMs());
    versionpaths::dropPaths(state); // removed below: no path to what does not exist
    QDir(QDir(m_in.dataDir).filePath(versionpaths::versionDir(m_in.dataset, m_in.version.name))).removeRecursively();
    return storage.versions().update(m_in.version.id, versionstatus::Error, state) ? int(versionstatus::Error) : -1;
}
