#include "tables/EventTreeModel.h"

#include <QDateTime>

EventTreeModel::EventTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

EventTreeModel::~EventTreeModel() = default;

int EventTreeModel::Node::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == this)
            return int(i);
    }
    return 0;
}

QString EventTreeModel::displayName(const QString &name)
{
    if (name == QLatin1String("start"))
        return tr("Start");
    if (name == QLatin1String("init"))
        return tr("Prepare");
    if (name == QLatin1String("labeling"))
        return tr("Auto-labeling");
    if (name == QLatin1String("jobstat_init"))
        return tr("Create the training job");
    if (name == QLatin1String("jobstat_waiting"))
        return tr("Wait for resources");
    if (name == QLatin1String("jobstat_running"))
        return tr("Train and label");
    if (name == QLatin1String("jobstat_completed"))
        return tr("Training job completed");
    if (name == QLatin1String("result_processing"))
        return tr("Store the results");
    if (name == QLatin1String("end"))
        return tr("Finish");
    return name;
}

QString EventTreeModel::displayStatus(const QString &status)
{
    if (status == QLatin1String("waiting"))
        return tr("Waiting");
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("success"))
        return tr("Done");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("stopped"))
        return tr("Stopped");
    if (status == QLatin1String("not_run"))
        return tr("Not run");
    return status;
}

std::unique_ptr<EventTreeModel::Node> EventTreeModel::build(const TaskEvent &event, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->event = event;
    node->event.children.clear();
    node->parent = parent;
    for (const TaskEvent &child : event.children)
        node->children.push_back(build(child, node.get()));
    return node;
}

void EventTreeModel::clear()
{
    if (m_root->children.empty())
        return;
    beginResetModel();
    m_root->children.clear();
    endResetModel();
}

namespace {
void settle(QList<TaskEvent> &events, TaskStatus task)
{
    const bool ended = task == TaskStatus::Stopped || task == TaskStatus::Failed || task == TaskStatus::Succeeded;
    for (TaskEvent &e : events) {
        if (ended && e.status == QLatin1String("waiting"))
            e.status = QStringLiteral("not_run");
        else if (task == TaskStatus::Stopped && (e.status == QLatin1String("failed") || e.status == QLatin1String("running")))
            e.status = QStringLiteral("stopped");
        settle(e.children, task);
    }
}
} // namespace

void EventTreeModel::setEvents(const QList<TaskEvent> &serviceEvents, TaskStatus taskStatus)
{
    QList<TaskEvent> events = serviceEvents;
    settle(events, taskStatus);
    if (m_root->children.empty()) {
        if (events.isEmpty())
            return;
        beginResetModel(); // the first load
        for (const TaskEvent &e : events)
            m_root->children.push_back(build(e, m_root.get()));
        endResetModel();
        return;
    }
    merge(m_root.get(), events);
}

void EventTreeModel::merge(Node *parent, const QList<TaskEvent> &events)
{
    const QModelIndex parentIndex = parent == m_root.get() ? QModelIndex() : indexOf(parent);
    // Events are identified by name, in order; the service keeps its tree's shape, so in practice only
    // fields change, but a different shape is applied with row inserts and removals.
    for (int i = 0; i < int(events.size()); ++i) {
        const TaskEvent &incoming = events[i];
        int found = -1;
        for (int j = i; j < int(parent->children.size()); ++j) {
            if (parent->children[size_t(j)]->event.name == incoming.name) {
                found = j;
                break;
            }
        }
        if (found > i) {
            beginRemoveRows(parentIndex, i, found - 1);
            parent->children.erase(parent->children.begin() + i, parent->children.begin() + found);
            endRemoveRows();
        } else if (found < 0) {
            beginInsertRows(parentIndex, i, i);
            parent->children.insert(parent->children.begin() + i, build(incoming, parent));
            endInsertRows();
            continue;
        }
        Node *node = parent->children[size_t(i)].get();
        QList<int> roles;
        const TaskEvent &old = node->event;
        if (old.status != incoming.status)
            roles << StatusRole << Qt::DecorationRole << Qt::DisplayRole;
        if (old.createTimeMs != incoming.createTimeMs)
            roles << CreateTimeRole << Qt::DisplayRole;
        if (old.elapsedSeconds != incoming.elapsedSeconds)
            roles << ElapsedSecondsRole << Qt::DisplayRole;
        if (old.errorCode != incoming.errorCode || old.errorMessage != incoming.errorMessage)
            roles << ErrorRole << Qt::ToolTipRole;
        if (old.ordinal != incoming.ordinal || old.level != incoming.level || old.description != incoming.description)
            roles << Qt::DisplayRole;
        TaskEvent updated = incoming;
        updated.children.clear();
        node->event = updated;
        if (!roles.isEmpty()) {
            std::sort(roles.begin(), roles.end());
            roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
            emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1), roles);
        }
        merge(node, incoming.children);
    }
    if (int(parent->children.size()) > events.size()) {
        beginRemoveRows(parentIndex, int(events.size()), int(parent->children.size()) - 1);
        parent->children.erase(parent->children.begin() + events.size(), parent->children.end());
        endRemoveRows();
    }
}

EventTreeModel::Node *EventTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex EventTreeModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex EventTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex EventTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeOf(child);
    return indexOf(node->parent);
}

int EventTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int EventTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant EventTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TaskEvent &e = nodeOf(index)->event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return displayName(e.name);
        case StatusColumn: return displayStatus(e.status);
        case StartColumn:
            return e.createTimeMs ? QDateTime::fromMSecsSinceEpoch(*e.createTimeMs).toString(QStringLiteral("HH:mm:ss")) : QString();
        case ElapsedColumn: return e.elapsedSeconds ? tr("%n s", nullptr, int(*e.elapsedSeconds)) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        return e.errorMessage.isEmpty() ? QVariant(e.name) : QVariant(QStringLiteral("%1: %2").arg(e.errorCode, e.errorMessage));
    case EventNameRole: return e.name;
    case StatusRole: return e.status;
    case CreateTimeRole: return e.createTimeMs ? QVariant(*e.createTimeMs) : QVariant();
    case ElapsedSecondsRole: return e.elapsedSeconds ? QVariant(*e.elapsedSeconds) : QVariant();
    case ErrorRole: return e.errorMessage.isEmpty() ? QVariant() : QVariant(QStringLiteral("%1: %2").arg(e.errorCode, e.errorMessage));
    default: return {};
    }
}

QVariant EventTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Stage");
    case StatusColumn: return tr("Status");
    case StartColumn: return tr("Started");
    case ElapsedColumn: return tr("Elapsed");
    default: return {};
    }
}

QHash<int, QByteArray> EventTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(EventNameRole, "eventName");
    names.insert(StatusRole, "status");
    names.insert(CreateTimeRole, "createTime");
    names.insert(ElapsedSecondsRole, "elapsedSeconds");
    names.insert(ErrorRole, "error");
    return names;
}
