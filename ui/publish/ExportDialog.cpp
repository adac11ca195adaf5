#include "publish/ExportDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const QString &datasetName, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_formats(new QButtonGroup(this))
    , m_folder(new QLineEdit(folder, this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the confirmed labels of %1").arg(datasetName));
    auto *formats = new QVBoxLayout;
    const QList<std::tuple<LabelExporter::Format, QString, QString>> choices{
        { LabelExporter::Format::Manifest, QStringLiteral("formatManifest"),
          tr("ModelArts &manifest (JSON Lines, for training on ModelArts)") },
        { LabelExporter::Format::Csv, QStringLiteral("formatCsv"), tr("&CSV (file, label, score, confirmed by, time)") },
        { LabelExporter::Format::Folders, QStringLiteral("formatFolders"), tr("One &folder per label, with the images") },
    };
    for (const auto &[format, name, text] : choices) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(name);
        m_formats->addButton(button, int(format));
        formats->addWidget(button);
    }
    m_formats->button(int(LabelExporter::Format::Manifest))->setChecked(true);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("A run that was stopped can be run again: what is complete is kept."));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export to"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), formats);
    auto *folderLabel = new QLabel(tr("Fol&der:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startExport"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_folder->text().trimmed().isEmpty()) {
            m_status->setText(tr("Choose a folder to export to."));
            return;
        }
        setRunning(true);
        m_status->setText(tr("Listing the confirmed labels…"));
        emit exportRequested(format(), this->folder());
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_running)
            emit cancelRequested();
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 300);
}

LabelExporter::Format ExportDialog::format() const { return LabelExporter::Format(m_formats->checkedId()); }

QString ExportDialog::folder() const { return m_folder->text().trimmed(); }

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_folder->setEnabled(!running);
    for (QAbstractButton *b : m_formats->buttons())
        b->setEnabled(!running);
    m_close->setText(running ? tr("&Cancel") : tr("&Close"));
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, int(qMax<qint64>(1, total)));
    m_progress->setValue(int(done));
    m_status->setText(tr("%1 of %2 images").arg(done).arg(total));
}

void ExportDialog::showFinished(const LabelExporter::Outcome &o, const QString &errorText)
{
    setRunning(false);
    if (o.cancelled)
        m_status->setText(tr("Cancelled: %n files are complete; export again to go on.", nullptr, int(o.written + o.skipped)));
    else if (!errorText.isEmpty())
        m_status->setText(
                tr("Stopped: %1 %n files are complete; export again to go on.", nullptr, int(o.written + o.skipped)).arg(errorText));
    else if (!o.failed.isEmpty())
        m_status->setText(tr("Done, but %n images were refused by the service: %1", nullptr, int(o.failed.size()))
                                  .arg(o.failed.mid(0, 3).join(QStringLiteral("; "))));
    else
        m_status->setText(
                tr("Done: %1 confirmed samples, %2 files written, %3 already complete.").arg(o.samples).arg(o.written).arg(o.skipped));
}
