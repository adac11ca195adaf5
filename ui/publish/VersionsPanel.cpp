#include "publish/VersionsPanel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

VersionsPanel::VersionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 6, this))
    , m_note(new QLabel(this))
    , m_publish(new QPushButton(tr("&Publish a version…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
{
    setObjectName(QStringLiteral("versionsPanel"));
    m_table->setObjectName(QStringLiteral("versions"));
    m_table->setAccessibleName(tr("Published versions"));
    m_table->setHorizontalHeaderLabels(
            { tr("Version"), tr("Status"), tr("Labeled / images"), tr("Train share"), tr("Created"), tr("Manifest") });
    m_table->verticalHeader()->hide();
    // Every column in view at the window's size: the figures as wide as they are, the manifest's path
    // takes the rest, elided in the middle (whole in its tooltip).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMaximumHeight(150);
    m_note->setObjectName(QStringLiteral("versionsNote"));
    m_note->setWordWrap(true);
    m_publish->setObjectName(QStringLiteral("publishVersion"));
    m_export->setObjectName(QStringLiteral("exportLabels"));
    m_publish->setEnabled(false);
    m_export->setEnabled(false);
    connect(m_publish, &QPushButton::clicked, this, &VersionsPanel::publishRequested);
    connect(m_export, &QPushButton::clicked, this, &VersionsPanel::exportRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Published versions (for training):"), this));
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_publish);
    layout->addLayout(buttons);
}

QString VersionsPanel::statusText(VersionStatus status)
{
    switch (status) {
    case VersionStatus::Creating: return tr("publishing");
    case VersionStatus::Normal: return tr("ready");
    case VersionStatus::Deleting: return tr("deleting");
    case VersionStatus::Deleted: return tr("deleted");
    case VersionStatus::Error: return tr("failed");
    case VersionStatus::Unknown: break;
    }
    return tr("unknown");
}

void VersionsPanel::setVersions(const QList<DatasetVersion> &versions, const QString &error)
{
    m_table->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const DatasetVersion &v = versions[row];
        const QString name = v.isCurrent ? tr("%1 (current)").arg(v.name) : v.name;
        const QStringList cells{ name,
                                 statusText(v.status),
                                 QStringLiteral("%1 / %2").arg(v.annotatedSamples).arg(v.totalSamples),
                                 QStringLiteral("%1%").arg(qRound(v.trainRatio * 100)),
                                 QDateTime::fromMSecsSinceEpoch(v.createTimeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 v.manifestPath };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (v.status == VersionStatus::Error)
                item->setToolTip(v.message);
            else if (column == 5)
                item->setToolTip(v.manifestPath);
            m_table->setItem(row, column, item);
        }
    }
    const bool failed = !versions.isEmpty() && versions.first().status == VersionStatus::Error;
    if (!error.isEmpty())
        m_note->setText(tr("The versions could not be read: %1").arg(error));
    else if (failed)
        m_note->setText(tr("The newest version failed: %1").arg(versions.first().message));
    else if (versions.isEmpty())
        m_note->setText(tr("No version yet: publish one to train on the confirmed labels."));
    else
        m_note->clear();
    m_publishing = !versions.isEmpty() && versions.first().status == VersionStatus::Creating;
    if (m_publishing)
        m_note->setText(tr("Publishing %1…").arg(versions.first().name));
    m_publish->setEnabled(m_hasLabels && !m_publishing);
}

void VersionsPanel::setPublishing(const QString &versionName)
{
    m_publishing = !versionName.isEmpty();
    if (m_publishing)
        m_note->setText(tr("Publishing %1…").arg(versionName));
    m_publish->setEnabled(m_hasLabels && !m_publishing);
}

void VersionsPanel::setHasLabels(bool hasLabels)
{
    m_hasLabels = hasLabels;
    m_publish->setEnabled(m_hasLabels && !m_publishing);
    m_export->setEnabled(m_hasLabels);
    const QString why = hasLabels ? QString() : tr("No confirmed labels yet.");
    m_publish->setToolTip(why);
    m_export->setToolTip(why);
}
