#pragma once

#include "types/ModelArtsTypes.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

// The nested event tree of an auto-label task (start, init, labeling with its jobstat_* children,
// result_processing, end) for a QTreeView. setEvents() updates in place: rows whose event changed get
// dataChanged with the roles that changed, new events are inserted, vanished ones removed, and the model
// is reset only when it had nothing, so that expansion, selection and scrolling survive every poll.
class EventTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(EventTreeModel)
    enum Column { NameColumn, StatusColumn, StartColumn, ElapsedColumn, ColumnCount };
    enum Role {
        EventNameRole = Qt::UserRole + 1, // the service's name ("jobstat_running")
        StatusRole, // waiting, running, success, failed; after a stop "stopped", and "not_run" for those that never ran
        CreateTimeRole, // epoch ms, or an invalid QVariant before the event starts
        ElapsedSecondsRole,
        ErrorRole, // "code: message" of a failed event
    };

    explicit EventTreeModel(QObject *parent = nullptr);
    ~EventTreeModel() override;

    // The task's events; with its status, the stages of an ended task say what became of them: after a stop
    // the stage that ran is "stopped" (the service says "failed"), and those that never ran are "not_run".
    void setEvents(const QList<TaskEvent> &events, TaskStatus taskStatus = TaskStatus::Unknown);
    void clear();

    // The event's name in words, in the user's language.
    static QString displayName(const QString &eventName);
    static QString displayStatus(const QString &status);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        TaskEvent event; // children live in `children`, not in event.children
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row() const;
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    void merge(Node *parent, const QList<TaskEvent> &events);
    static std::unique_ptr<Node> build(const TaskEvent &event, Node *parent);

    std::unique_ptr<Node> m_root;
};
