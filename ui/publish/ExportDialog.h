#pragma once

#include "publish/LabelExporter.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// "Export…": the confirmed labels to a folder, as a ModelArts manifest, a CSV or one folder per label
// with the images; a progress bar and Cancel while it runs, and what was written at the end. Each format
// has its own folder below `baseFolder` (one never replaces another's file), and a file of an earlier
// export is replaced only when the user says so.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &datasetName, const QString &baseFolder, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportDialog)

    LabelExporter::Format format() const;
    QString folder() const;
    // The folder a format exports to unless the user chooses another: "<base>/<dataset> (manifest)".
    QString defaultFolder(LabelExporter::Format format) const;

    void showProgress(qint64 done, qint64 total);
    void showFinished(const LabelExporter::Outcome &outcome, const QString &errorText);

signals:
    void exportRequested(LabelExporter::Format format, const QString &folder);
    void cancelRequested();

private:
    void setRunning(bool running);
    void start();
    void browse();

    QButtonGroup *m_formats;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_close;
    QString m_datasetName;
    QString m_baseFolder;
    bool m_running = false;
};
