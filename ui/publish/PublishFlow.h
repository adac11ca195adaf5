#pragma once

#include "types/VersionTypes.h"

#include <QObject>
#include <QPointer>

class DatasetPage;
class ExportDialog;
class PublishDialog;
class PublishController;
class Session;
class QWidget;

// The window's side of publishing and exporting: the dataset page's "Publish a version…" and "Export…"
// open their dialogs, the publish is followed to its end (the page shows it, the status bar says how it
// ended), and after a confirmation that leaves nothing to review the way to publish is offered.
class PublishFlow final : public QObject
{
    Q_OBJECT

public:
    PublishFlow(Session *session, DatasetPage *page, QWidget *window);
    Q_DISABLE_COPY_MOVE(PublishFlow)

    void openPublishDialog();
    void openExportDialog();
    PublishController *controller() const { return m_controller; }

signals:
    void datasetChanged(const QString &datasetId); // its versions changed: show it again
    void statusMessage(const QString &text);

private:
    void connectController();
    void showDuplicates(PublishDialog *dialog); // what the controller found

    PublishController *m_controller;
    DatasetPage *m_page;
    QWidget *m_window;
    QPointer<ExportDialog> m_exportDialog;
};
