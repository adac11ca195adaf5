#include "publish/PublishFlow.h"

#include "dataset/DatasetPage.h"
#include "lookalike/DuplicateCheck.h"
#include "publish/ExportDialog.h"
#include "publish/PublishController.h"
#include "publish/PublishDialog.h"
#include "publish/VersionsPanel.h"
#include "session/Session.h"
#include "widgets/Prompts.h"

#include <QDir>
#include <QStandardPaths>

PublishFlow::PublishFlow(Session *session, DatasetPage *page, QWidget *window)
    : QObject(window)
    , m_controller(new PublishController(session, this))
    , m_page(page)
    , m_window(window)
{
    connect(page->versionsPanel(), &VersionsPanel::publishRequested, this, &PublishFlow::openPublishDialog);
    connect(page->versionsPanel(), &VersionsPanel::exportRequested, this, &PublishFlow::openExportDialog);
    connectController();
}

void PublishFlow::connectController()
{
    connect(m_controller, &PublishController::publishStarted, this, [this](const QString &datasetId, const QString &) {
        if (m_page->selectedDatasetId() == datasetId)
            emit datasetChanged(datasetId); // shows the version as "publishing"
    });
    connect(m_controller, &PublishController::versionFinished, this, [this](const QString &datasetId, const DatasetVersion &v) {
        if (v.status == VersionStatus::Normal)
            emit statusMessage(
                    tr("Version %1 is published: %2 labeled images of %3.").arg(v.name).arg(v.annotatedSamples).arg(v.totalSamples));
        else
            prompts::warning(m_window, tr("The version was not published"), tr("Version %1 failed: %2").arg(v.name, v.message));
        emit datasetChanged(datasetId);
    });
    connect(m_controller, &PublishController::publishFailed, this, [this](const QString &datasetId, const QString &message) {
        prompts::warning(m_window, tr("The version was not published"), message);
        emit datasetChanged(datasetId);
    });
    connect(m_controller, &PublishController::exportProgress, this, [this](qint64 done, qint64 total) {
        if (m_exportDialog)
            m_exportDialog->showProgress(done, total);
    });
    connect(m_controller, &PublishController::exportFinished, this, [this](const LabelExporter::Outcome &o) {
        if (m_exportDialog)
            m_exportDialog->showFinished(o, o.error.isError() ? Session::describe(o.error) : QString());
    });
}

void PublishFlow::openPublishDialog()
{
    const auto &overview = m_page->overview();
    if (!overview || m_controller->isPublishing())
        return;
    const Dataset dataset = overview->dataset;
    PublishDialog dialog(dataset, overview->stats.labels, m_window);
    // The near-duplicates are looked for while the dialog is open; it can be answered before.
    QObject context;
    connect(m_controller, &PublishController::duplicatesUnknown, &context,
            [&dialog](const QString &why) { dialog.setDuplicatesUnknown(why); });
    connect(m_controller, &PublishController::duplicatesFound, &context, [this, &dialog] { showDuplicates(&dialog); });
    m_controller->findDuplicates(dataset);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    const QList<SampleUpdate> usage = accepted && dialog.keepsDuplicatesTogether() && m_controller->duplicates()
            ? m_controller->duplicates()->keepOnOneSide()
            : QList<SampleUpdate>();
    m_controller->cancelDuplicates();
    if (!accepted)
        return;
    m_page->versionsPanel()->setPublishing(dialog.options().name.isEmpty() ? tr("a new version") : dialog.options().name);
    m_controller->publish(dataset, dialog.options(), usage);
}

void PublishFlow::showDuplicates(PublishDialog *dialog)
{
    const DuplicateCheck *check = m_controller->duplicates();
    QStringList examples;
    for (const DuplicateGroup &g : check->groups()) {
        if (examples.size() == 3)
            break;
        QStringList members;
        for (qsizetype i = 0; i < g.ids.size() && i < 4; ++i)
            members << QStringLiteral("%1 (%2)").arg(g.names[i], g.labels[i]);
        examples << members.join(QStringLiteral(", ")) + (g.ids.size() > 4 ? QStringLiteral(", …") : QString());
    }
    dialog->setDuplicates(check->groups().size(), check->samplesInGroups(), check->disagreeing(), examples);
}

void PublishFlow::openExportDialog()
{
    const auto &overview = m_page->overview();
    if (!overview || m_exportDialog)
        return;
    const Dataset dataset = overview->dataset;
    m_exportDialog = new ExportDialog(dataset.name, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), m_window);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &ExportDialog::exportRequested, this,
            [this, dataset](LabelExporter::Format format, const QString &to) { m_controller->exportLabels(dataset, format, to); });
    connect(m_exportDialog, &ExportDialog::cancelRequested, m_controller, &PublishController::cancelExport);
    m_exportDialog->open();
}
