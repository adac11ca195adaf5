#include "dataset/TaskProgressView.h"

#include "tables/EventTreeModel.h"
#include "types/ServiceCodes.h"
#include "widgets/Prompts.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// The status column: an icon for the event's state (waiting, running, done, failed).
class StatusIconDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setAngle(int degrees) { m_angle = degrees; }
    static QIcon icon(const QString &status)
    {
        static const QIcon waiting(QStringLiteral(":/icons/status-waiting.svg"));
        static const QIcon running(QStringLiteral(":/icons/status-running.svg"));
        static const QIcon success(QStringLiteral(":/icons/status-success.svg"));
        static const QIcon failed(QStringLiteral(":/icons/status-failed.svg"));
        static const QIcon stopped(QStringLiteral(":/icons/status-stopped.svg"));
        if (status == QLatin1String("stopped"))
            return stopped;
        if (status == QLatin1String("success"))
            return success;
        if (status == QLatin1String("running"))
            return running;
        if (status == QLatin1String("failed"))
            return failed;
        return waiting;
    }
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != EventTreeModel::StatusColumn)
            return;
        const QString status = index.data(EventTreeModel::StatusRole).toString();
        option->icon = icon(status);
        // The running stage turns (the view repaints it while a task runs).
        if (status == QLatin1String("running") && m_angle != 0) {
            const int side = option->decorationSize.height();
            QPixmap turned(option->icon.pixmap(side).size());
            turned.fill(Qt::transparent);
            QPainter p(&turned);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.translate(turned.width() / 2.0, turned.height() / 2.0);
            p.rotate(m_angle);
            p.translate(-turned.width() / 2.0, -turned.height() / 2.0);
            p.drawPixmap(0, 0, option->icon.pixmap(side));
            p.end();
            option->icon = QIcon(turned);
        }
        option->features |= QStyleOptionViewItem::HasDecoration;
    }

private:
    int m_angle = 0;
};
} // namespace

QString TaskProgressView::statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Queued: return tr("Queued");
    case TaskStatus::Initializing: return tr("Initializing");
    case TaskStatus::Running: return tr("Running");
    case TaskStatus::Failed: return tr("Failed");
    case TaskStatus::Succeeded: return tr("Succeeded");
    case TaskStatus::Stopping: return tr("Stopping");
    case TaskStatus::Stopped: return tr("Stopped");
    case TaskStatus::Unknown: break;
    }
    return tr("Unknown");
}

TaskProgressView::TaskProgressView(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventTreeModel(this))
{
    setObjectName(QStringLiteral("taskProgressView"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Task progress"));
    m_progress->setRange(0, 100);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("serviceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setForegroundRole(QPalette::PlaceholderText);
    m_warning->setWordWrap(true);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("events"));
    m_tree->setAccessibleName(tr("Task stages"));
    m_tree->setModel(m_model);
    auto *statusDelegate = new StatusIconDelegate(m_tree);
    m_tree->setItemDelegate(statusDelegate);
    // The running stage's icon turns while the task runs.
    m_spin = new QTimer(this);
    m_spin->setInterval(100);
    connect(m_spin, &QTimer::timeout, this, [this, statusDelegate] {
        m_angle = (m_angle + 30) % 360;
        statusDelegate->setAngle(m_angle);
        m_tree->viewport()->update();
    });
    m_tree->header()->setSectionResizeMode(EventTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    auto *back = new QPushButton(tr("&Datasets"), this);
    back->setObjectName(QStringLiteral("datasets"));
    connect(back, &QPushButton::clicked, this, &TaskProgressView::backRequested);
    m_stop = new QPushButton(tr("S&top task"), this);
    m_stop->setObjectName(QStringLiteral("stopTask"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (prompts::choose(this, tr("Stop the task"), tr("Stop this auto-labeling task? Its results so far are discarded."),
                            { tr("&Stop the task"), tr("&Keep it running") }, 1, 1)
            == 0) {
            m_stopAskedFor = m_taskId;
            emit stopRequested();
        }
    });
    m_review = new QPushButton(tr("&Review the results"), this);
    m_review->setObjectName(QStringLiteral("review"));
    m_review->hide();
    connect(m_review, &QPushButton::clicked, this, &TaskProgressView::reviewRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_warning);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_stop);
    buttons->addWidget(m_review);
    layout->addLayout(buttons);
}

void TaskProgressView::showTask(const QString &datasetName, const TaskInfo &task)
{
    // The service writes the task's start as "yyyy-MM-dd HH:mm:ss" in UTC+8 (modelarts-api.md section 1):
    // show it in local time, like the events' times.
    QDateTime started = QDateTime::fromString(task.createTime, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    started.setTimeZone(QTimeZone(8 * 3600));
    const QString startedText = started.isValid() ? started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : task.createTime;
    m_title->setText(tr("<b>%1</b> — task %2, started %3").arg(datasetName.toHtmlEscaped(), task.taskId, startedText));
    m_progress->setValue(int(task.progress));
    // An ended task's bar says how it ended, not only how far it came.
    if (task.status == TaskStatus::Stopped)
        m_progress->setFormat(tr("Stopped at %p%"));
    else if (task.status == TaskStatus::Failed)
        m_progress->setFormat(tr("Failed at %p%"));
    else
        m_progress->setFormat(QStringLiteral("%p%"));
    if (task.isActive() && !m_spin->isActive())
        m_spin->start();
    else if (!task.isActive())
        m_spin->stop();
    m_status->setText(tr("%1 · %2 elapsed").arg(statusText(task.status)).arg(tr("%n s", nullptr, int(task.elapsedSeconds))));
    // A known code in the user's words, with the code; the service's own (English) text in the tooltip.
    QString service = task.message.trimmed();
    const QString known = ServiceCodes::text(task.code);
    QString message = known.isEmpty() ? service : known;
    if (!task.code.isEmpty()) {
        message = QStringLiteral("%1 (%2)").arg(message, task.code);
        service = QStringLiteral("%1 (%2)").arg(service, task.code);
    }
    if (!task.errorMessage.isEmpty()) {
        const QString knownError = ServiceCodes::text(task.errorCode);
        message += QStringLiteral("\n") + tr("Error: %1").arg(knownError.isEmpty() ? task.errorMessage : knownError);
        service += QStringLiteral("\n") + task.errorCode + QStringLiteral(": ") + task.errorMessage;
    }
    m_message->setText(message);
    m_message->setToolTip(known.isEmpty() && task.errorMessage.isEmpty() ? QString() : tr("The service says: %1").arg(service));
    // While it runs, its labels are not there yet: "0 to confirm" would be untrue (earlier ones may wait).
    const QLocale l;
    m_counts->setText(task.isActive() ? tr("%1 images, %2 labeled; its labels come to confirm when it ends")
                                                .arg(l.toString(task.totalSamples), l.toString(task.annotatedSamples))
                                      : tr("%1 images, %2 labeled, %3 to confirm")
                                                .arg(l.toString(task.totalSamples), l.toString(task.annotatedSamples),
                                                     l.toString(task.unconfirmedSamples)));
    m_warning->clear();
    if (task.taskId != m_taskId)
        m_stopAskedFor.clear();
    m_taskId = task.taskId;
    if (m_stopAskedFor == task.taskId && !task.isActive() && task.status != TaskStatus::Stopped)
        m_warning->setText(task.status == TaskStatus::Succeeded ? tr("The stop came too late: the task had already finished.")
                                                                : tr("The stop came too late: the task had already ended."));
    m_model->setEvents(task.events, task.status);
    m_stop->setEnabled(task.isActive() && task.status != TaskStatus::Stopping);
    m_review->setVisible(task.status == TaskStatus::Succeeded);
}

void TaskProgressView::showWarning(const QString &message) { m_warning->setText(message); }
