#pragma once

#include "publish/LabelExporter.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// "Export…": the confirmed labels to a folder, as a ModelArts manifest, a CSV or one folder per label
// with the images; a progress bar and Cancel while it runs, and what was written at the end.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &datasetName, const QString &folder, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportDialog)

    LabelExporter::Format format() const;
    QString folder() const;

    void showProgress(qint64 done, qint64 total);
    void showFinished(const LabelExporter::Outcome &outcome, const QString &errorText);

signals:
    void exportRequested(LabelExporter::Format format, const QString &folder);
    void cancelRequested();

private:
    void setRunning(bool running);

    QButtonGroup *m_formats;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_close;
    bool m_running = false;
};
