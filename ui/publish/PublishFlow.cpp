#include "publish/PublishFlow.h"

#include "dataset/DatasetPage.h"
#include "api/ApiTransport.h"
#include "api/ModelArtsClient.h"
#include "lookalike/DuplicateCheck.h"
#include "lookalike/FeatureCache.h"
#include "lookalike/LabeledSamples.h"
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
    , m_session(session)
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
    auto *labeled = new LabeledSamples(this);
    auto *check = new DuplicateCheck(this);
    findDuplicates(dataset, labeled, check, &dialog);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    labeled->cancel();
    labeled->deleteLater();
    check->deleteLater(); // after its worker answers, if it runs
    if (!accepted)
        return;
    const QList<SampleUpdate> usage = dialog.keepsDuplicatesTogether() ? check->keepOnOneSide() : QList<SampleUpdate>();
    m_page->versionsPanel()->setPublishing(dialog.options().name.isEmpty() ? tr("a new version") : dialog.options().name);
    m_controller->publish(dataset, dialog.options(), usage);
}

void PublishFlow::findDuplicates(const Dataset &dataset, LabeledSamples *labeled, DuplicateCheck *check, PublishDialog *dialog)
{
    ModelArtsClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        dialog->setDuplicatesUnknown(tr("not logged in"));
        return;
    }
    QStringList labels;
    for (const Label &l : dataset.labels)
        labels.append(l.name);
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    labeled->setSource(client, dataset.id, labels, featurecache::pathFor(cacheDir, client->endpoint(), client->projectId(), dataset.id),
                       m_session->transport()->sslConfiguration());
    QPointer<PublishDialog> shown(dialog);
    connect(labeled, &LabeledSamples::finished, dialog, [shown, labeled, check](bool ok, const QString &error) {
        if (!shown)
            return;
        if (!ok)
            shown->setDuplicatesUnknown(error);
        else if (!check->start(*labeled))
            shown->setDuplicatesUnknown(tr("the labeled images could not be compared"));
    });
    connect(check, &DuplicateCheck::finished, dialog, [shown, check] {
        QStringList examples;
        for (const DuplicateGroup &g : check->groups()) {
            if (examples.size() == 3)
                break;
            QStringList members;
            for (qsizetype i = 0; i < g.ids.size() && i < 4; ++i)
                members << QStringLiteral("%1 (%2)").arg(g.names[i], g.labels[i]);
            examples << members.join(QStringLiteral(", ")) + (g.ids.size() > 4 ? QStringLiteral(", …") : QString());
        }
        shown->setDuplicates(check->groups().size(), check->samplesInGroups(), check->disagreeing(), examples);
    });
    labeled->start();
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
