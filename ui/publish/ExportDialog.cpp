#include "publish/ExportDialog.h"

#include "widgets/Prompts.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const QString &datasetName, const QString &baseFolder, QWidget *parent)
    : QDialog(parent)
    , m_formats(new QButtonGroup(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_datasetName(datasetName)
    , m_baseFolder(baseFolder)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the confirmed labels of %1").arg(datasetName));
    auto *formats = new QVBoxLayout;
    const QList<std::tuple<LabelExporter::Format, QString, QString>> choices{
        { LabelExporter::Format::Manifest, QStringLiteral("formatManifest"),
          tr("ModelArts &manifest (JSON Lines, for training on ModelArts)") },
        { LabelExporter::Format::Csv, QStringLiteral("formatCsv"),
          tr("&CSV (file, label, the label's stored score, labeled by, the sample's time in UTC)") },
        { LabelExporter::Format::Folders, QStringLiteral("formatFolders"), tr("One &folder per label, with the images") },
    };
    for (const auto &[format, name, text] : choices) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(name);
        m_formats->addButton(button, int(format));
        formats->addWidget(button);
    }
    m_formats->button(int(LabelExporter::Format::Manifest))->setChecked(true);
    m_folder->setText(defaultFolder(LabelExporter::Format::Manifest));
    // Another format goes to its own folder, unless the user typed or chose one.
    connect(m_formats, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        const auto was = LabelExporter::Format(id);
        if (!on && QDir::cleanPath(folder()) == QDir::cleanPath(defaultFolder(was)))
            m_folder->clear();
        if (on && m_folder->text().trimmed().isEmpty())
            m_folder->setText(defaultFolder(was));
    });
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("A run that was stopped can be run again: what is complete is kept."));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);

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
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::start);
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

QString ExportDialog::defaultFolder(LabelExporter::Format format) const
{
    const QString kind = format == LabelExporter::Format::Manifest ? QStringLiteral("manifest")
            : format == LabelExporter::Format::Csv                 ? QStringLiteral("csv")
                                                                   : QStringLiteral("folders");
    return QDir(m_baseFolder).filePath(LabelExporter::folderName(m_datasetName) + QStringLiteral(" (") + kind + QLatin1Char(')'));
}

// The folder chooser opens at the suggested folder, or the nearest folder above it that exists.
void ExportDialog::browse()
{
    QDir near(folder().isEmpty() ? m_baseFolder : folder());
    while (!near.exists() && near.cdUp()) { }
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export to"), near.absolutePath());
    if (!chosen.isEmpty())
        m_folder->setText(chosen);
}

void ExportDialog::start()
{
    if (folder().isEmpty()) {
        m_status->setText(tr("Choose a folder to export to."));
        return;
    }
    // An earlier export's file is replaced only when the user says so (the images of an export stopped
    // midway are kept and resumed: they are the same files).
    const QString file = QDir(folder()).filePath(LabelExporter::fileName(m_datasetName, format()));
    if (QFileInfo::exists(file)
        && prompts::choose(this, tr("Replace the earlier export?"),
                           tr("%1 is there already, from an earlier export. Replace it with the labels as they are now?")
                                   .arg(QDir::toNativeSeparators(file)),
                           { tr("&Replace"), tr("Cancel") }, 1, 1)
                != 0) {
        m_status->setText(tr("Nothing was written: choose another folder, or export again and replace."));
        return;
    }
    setRunning(true);
    m_status->setText(tr("Listing the confirmed labels…"));
    emit exportRequested(format(), folder());
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
    m_status->setText(tr("%1 of %2 images").arg(QLocale().toString(done), QLocale().toString(total)));
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
        m_status->setText(tr("Done: %n confirmed sample(s),", nullptr, int(o.samples)) + QLatin1Char(' ')
                          + tr("%n file(s) written,", nullptr, int(o.written)) + QLatin1Char(' ')
                          + tr("%n already complete.", nullptr, int(o.skipped)));
    if (o.ok) { // the bar ends full, whatever the format reported on the way
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
}
