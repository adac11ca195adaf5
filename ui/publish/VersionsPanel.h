#pragma once

#include "types/VersionTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// A dataset's published versions (name, status, current, counts, train share, manifest), and the two
// ways its confirmed labels leave: "Publish a version…" and "Export…". Shows what it is given.
class VersionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VersionsPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(VersionsPanel)

    void setVersions(const QList<DatasetVersion> &versions, const QString &error = {});
    // While a version is being written: publishing is not offered again, the line says which.
    void setPublishing(const QString &versionName);
    // Whether there are confirmed labels to publish or export.
    void setHasLabels(bool hasLabels);

    static QString statusText(VersionStatus status);

signals:
    void publishRequested();
    void exportRequested();

private:
    QTableWidget *m_table;
    QLabel *m_note;
    QPushButton *m_publish;
    QPushButton *m_export;
    bool m_hasLabels = false;
    bool m_publishing = false;
};
