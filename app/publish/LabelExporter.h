#pragma once

#include "types/ModelArtsTypes.h"

#include <QDir>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class ModelArtsClient;

// Writes a dataset's confirmed labels to a local directory from the listing API itself, so it works
// against any endpoint: a ModelArts manifest, a CSV (file, label, label_score, annotated_by, sample_time_utc), or one
// folder per label with the images downloaded (and a manifest naming them). Every file is written whole
// or not at all (a temporary file renamed); a download already complete is skipped, so an export stopped
// midway resumes where it was. A network failure ends it (after the client's retries) as a network
// failure; an image the service refuses is reported and the others still come.
class LabelExporter final : public QObject
{
    Q_OBJECT

public:
    enum class Format { Manifest, Csv, Folders };

    struct Outcome
    {
        bool ok = false; // everything written
        ApiError error; // what ended it, when it did not finish
        bool cancelled = false;
        qint64 samples = 0; // confirmed samples listed
        qint64 written = 0; // files written now
        qint64 skipped = 0; // images already complete from an earlier run
        QStringList failed; // "name: why" for images the service refused
        QStringList files; // the manifest or CSV written
    };

    LabelExporter(ModelArtsClient *client, Dataset dataset, Format format, QString targetDir, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LabelExporter)

    void start();
    // Stops after the downloads in flight; what is written stays whole.
    void cancel();

    static std::optional<Format> formatFrom(const QString &name); // manifest, csv, folders
    // A label as a folder name: no separators, not "." or "..".
    static QString folderName(const QString &label);
    // The file an export of `datasetName` in `format` writes in its folder (the manifest beside the images
    // for Folders).
    static QString fileName(const QString &datasetName, Format format);

signals:
    void progress(qint64 done, qint64 total);
    void finished(const LabelExporter::Outcome &outcome);

private:
    void listed(const QList<Sample> &samples);
    void downloadNext();
    void downloaded(const Sample &sample, const QString &path, int status, const QByteArray &body, const ApiError &error);
    bool writeWhole(const QString &name, const QByteArray &bytes);
    QString relativePath(const Sample &sample);
    QByteArray manifest(bool localSources) const;
    QByteArray csv() const;
    void end(bool ok, const ApiError &error = {});

    QPointer<ModelArtsClient> m_client;
    Dataset m_dataset;
    Format m_format;
    QDir m_target;
    QList<Sample> m_samples;
    QHash<QString, QString> m_paths; // sample id -> path below the target
    QSet<QString> m_usedPaths; // the values of m_paths: a name taken is found at once, not by a scan
    qsizetype m_next = 0;
    int m_inFlight = 0;
    qint64 m_done = 0;
    bool m_cancelled = false;
    bool m_ended = false;
    Outcome m_outcome;
};

Q_DECLARE_METATYPE(LabelExporter::Outcome)
