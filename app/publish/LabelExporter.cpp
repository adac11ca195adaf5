#include "publish/LabelExporter.h"

#include "api/ModelArtsClient.h"
#include "json/ManifestFormat.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

namespace {

constexpr int kParallelDownloads = 4;

// Where a sample's image is kept in ModelArts: its OBS directory and name ("s3://bucket/dir/name").
QString obsSource(const Sample &s)
{
    QString dir = s.dir;
    if (!dir.startsWith(QLatin1Char('/')))
        dir.prepend(QLatin1Char('/'));
    if (!dir.endsWith(QLatin1Char('/')))
        dir.append(QLatin1Char('/'));
    return QStringLiteral("s3:/") + dir + s.name;
}

} // namespace

LabelExporter::LabelExporter(ModelArtsClient *client, Dataset dataset, Format format, QString targetDir, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dataset(std::move(dataset))
    , m_format(format)
    , m_target(targetDir)
{
}

std::optional<LabelExporter::Format> LabelExporter::formatFrom(const QString &name)
{
    if (name == QLatin1String("manifest"))
        return Format::Manifest;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("folders"))
        return Format::Folders;
    return std::nullopt;
}

QString LabelExporter::folderName(const QString &label)
{
    QString name = label;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_')).replace(QChar(0), QLatin1Char('_'));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name.prepend(QLatin1Char('_'));
    return name;
}

void LabelExporter::start()
{
    if (!m_target.mkpath(QStringLiteral("."))) {
        end(false, ApiError{ ApiError::Kind::Io, 0, {}, tr("Cannot create the folder %1.").arg(m_target.absolutePath()), {} });
        return;
    }
    // Confirmed: labeled by a person (manual annotation), every page.
    m_client->allSamples(m_dataset.id, QStringLiteral("__ALL__"), this, [this](const Result<QList<Sample>> &r) {
        if (!r.ok()) {
            end(false, r.error);
            return;
        }
        listed(*r.value);
    });
}

void LabelExporter::cancel()
{
    m_cancelled = true;
    if (m_inFlight == 0 && m_format == Format::Folders && !m_ended && !m_samples.isEmpty())
        end(false);
}

void LabelExporter::listed(const QList<Sample> &samples)
{
    m_samples = samples;
    m_outcome.samples = samples.size();
    emit progress(0, samples.size());
    if (m_cancelled) {
        end(false);
        return;
    }
    if (m_format == Format::Manifest) {
        end(writeWhole(fileName(m_dataset.name, Format::Manifest), manifest(false)));
        return;
    }
    if (m_format == Format::Csv) {
        end(writeWhole(fileName(m_dataset.name, Format::Csv), csv()));
        return;
    }
    for (const Sample &s : std::as_const(m_samples))
        m_paths.insert(s.id, relativePath(s));
    if (m_samples.isEmpty()) {
        end(writeWhole(fileName(m_dataset.name, Format::Manifest), QByteArray()));
        return;
    }
    for (int i = 0; i < kParallelDownloads; ++i)
        downloadNext();
}

QString LabelExporter::fileName(const QString &datasetName, Format format)
{
    return datasetName + (format == Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".manifest"));
}

QString LabelExporter::relativePath(const Sample &s)
{
    const QString folder = folderName(s.labelName());
    QString path = folder + QLatin1Char('/') + folderName(s.name);
    // Two images of one name (from different folders of the dataset) keep both.
    if (m_usedPaths.contains(path)) {
        const QFileInfo info(s.name);
        path = folder + QLatin1Char('/')
                + folderName(info.completeBaseName() + QLatin1Char('-') + s.id.left(8) + QLatin1Char('.') + info.suffix());
    }
    m_usedPaths.insert(path);
    return path;
}

void LabelExporter::downloadNext()
{
    while (!m_cancelled && !m_ended && m_next < m_samples.size()) {
        const Sample s = m_samples[m_next++];
        const QString path = m_target.filePath(m_paths.value(s.id));
        const QFileInfo existing(path);
        if (existing.exists() && s.sizeBytes > 0 && existing.size() == s.sizeBytes) {
            ++m_outcome.skipped;
            emit progress(++m_done, m_samples.size());
            continue;
        }
        ++m_inFlight;
        HttpCall call;
        call.url = s.sourceUrl();
        call.authenticated = false; // a presigned URL: no credentials go with it
        m_client->connection()->send(
                call, this, [this, s, path](const HttpReply &reply) { downloaded(s, path, reply.status, reply.body, reply.error); });
        return;
    }
    if (m_inFlight == 0 && !m_ended)
        end(!m_cancelled && writeWhole(fileName(m_dataset.name, Format::Manifest), manifest(true)));
}

void LabelExporter::downloaded(const Sample &s, const QString &path, int status, const QByteArray &body, const ApiError &error)
{
    --m_inFlight;
    if (m_ended)
        return;
    if (error.isError() && !(error.kind == ApiError::Kind::Service && status >= 400 && status < 500)) {
        m_cancelled = true; // a fault, not a refusal: nothing more is asked of a service that is not there
        if (m_inFlight == 0)
            end(false, error);
        else
            m_outcome.error = error;
        return;
    }
    if (error.isError()) {
        m_outcome.failed.append(QStringLiteral("%1: %2").arg(s.name, error.toString()));
    } else {
        QDir().mkpath(QFileInfo(path).path());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit()) {
            end(false, ApiError{ ApiError::Kind::Io, 0, {}, tr("Cannot write %1: %2").arg(path, file.errorString()), {} });
            return;
        }
        ++m_outcome.written;
    }
    emit progress(++m_done, m_samples.size());
    if (m_cancelled && m_inFlight == 0) {
        end(false, m_outcome.error);
        return;
    }
    downloadNext();
}

bool LabelExporter::writeWhole(const QString &name, const QByteArray &bytes)
{
    const QString path = m_target.filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_outcome.error = ApiError{ ApiError::Kind::Io, 0, {}, tr("Cannot write %1: %2").arg(path, file.errorString()), {} };
        return false;
    }
    m_outcome.files.append(path);
    ++m_outcome.written;
    return true;
}

QByteArray LabelExporter::manifest(bool localSources) const
{
    QByteArray out;
    for (const Sample &s : m_samples) {
        if (localSources && !QFileInfo::exists(m_target.filePath(m_paths.value(s.id))))
            continue; // refused by the service: not in the folders, not in their manifest
        const QString source = localSources ? m_target.absoluteFilePath(m_paths.value(s.id)) : obsSource(s);
        out += manifestformat::line(s, source) + '\n';
    }
    return out;
}

QByteArray LabelExporter::csv() const
{
    // Each column named for what the service gives: the score stored with the label (the machine's for an
    // accepted label, as the review sends it; 1 for a label a person chose), who labeled it, and the
    // sample's own time (the API has no time of confirmation).
    QByteArray out = manifestformat::csvRow({ QStringLiteral("file"), QStringLiteral("label"), QStringLiteral("label_score"),
                                              QStringLiteral("annotated_by"), QStringLiteral("sample_time_utc") });
    for (const Sample &s : m_samples) {
        const auto score = s.score();
        const QString time = s.timeMs > 0 ? QDateTime::fromMSecsSinceEpoch(s.timeMs, QTimeZone::utc()).toString(Qt::ISODate) : QString();
        out += manifestformat::csvRow({ obsSource(s), s.labelName(), score ? QString::number(*score) : QString(), s.annotatedBy, time });
    }
    return out;
}

void LabelExporter::end(bool ok, const ApiError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_outcome.ok = ok && m_outcome.failed.isEmpty();
    m_outcome.cancelled = m_cancelled && !error.isError() && !m_outcome.error.isError();
    if (error.isError())
        m_outcome.error = error;
    emit finished(m_outcome);
}
