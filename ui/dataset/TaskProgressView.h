#pragma once

#include "types/ModelArtsTypes.h"

#include <QWidget>

class EventTreeModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

// A running task: the overall progress, status, the service's message and code, elapsed time, counts,
// and the nested event tree (updated in place: expansion and selection survive every poll).
class TaskProgressView final : public QWidget
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(TaskProgressView)
    explicit TaskProgressView(QWidget *parent = nullptr);

    void showTask(const QString &datasetName, const TaskInfo &task);
    void showWarning(const QString &message); // a discreet note (a failed poll), cleared by the next update
    EventTreeModel *model() const { return m_model; }
    static QString statusText(TaskStatus status);

signals:
    void stopRequested();
    void reviewRequested();
    void backRequested();

private:
    EventTreeModel *m_model;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_message;
    QLabel *m_counts;
    QLabel *m_warning;
    QTreeView *m_tree;
    QPushButton *m_stop;
    QPushButton *m_review;
    QTimer *m_spin;
    QString m_taskId; // the task shown
    QString m_stopAskedFor; // the task the reviewer asked to stop (a stop that comes too late says so)
    int m_angle = 0;
};
