#include "tables/ConfusionTableModel.h"

#include "samples/SampleListModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

ConfusionTableModel::ConfusionTableModel(const SampleListModel *samples, QObject *parent)
    : QAbstractTableModel(parent)
    , m_samples(samples)
{
    connect(samples, &SampleListModel::countsChanged, this, &ConfusionTableModel::refresh);
    connect(samples, &QAbstractItemModel::modelReset, this, &ConfusionTableModel::resort);
    resort();
}

void ConfusionTableModel::setEstimates(const QHash<int, spotcheck::Estimate> &estimates)
{
    const bool shape = estimates.isEmpty() != m_estimates.isEmpty();
    if (shape)
        beginResetModel();
    m_estimates = estimates;
    if (shape)
        endResetModel();
    else if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ConfusionTableModel::resort()
{
    const auto &labels = m_samples->counts().labels;
    std::vector<int> rows;
    QHash<int, qint64> targetTotals;
    for (int l = 0; l < int(labels.size()); ++l) {
        const SampleListModel::LabelCounts &c = labels[l];
        if (c.judgedAccepted + c.judgedRejected > 0 || !c.judgedRelabeled.isEmpty())
            rows.push_back(l);
        for (auto it = c.judgedRelabeled.cbegin(); it != c.judgedRelabeled.cend(); ++it)
            targetTotals[it.key()] += it.value();
    }
    // The most changed labels first (relabeled or rejected), then the most decided; ties in label order.
    std::vector<std::pair<qint64, qint64>> key(labels.size());
    for (int l : rows)
        key[size_t(l)] = { labels[l].judged() - labels[l].judgedAccepted, labels[l].judged() };
    std::stable_sort(rows.begin(), rows.end(), [&key](int a, int b) { return key[size_t(a)] > key[size_t(b)]; });
    std::vector<int> targets(targetTotals.keyBegin(), targetTotals.keyEnd());
    std::sort(targets.begin(), targets.end(),
              [&targetTotals](int a, int b) { return targetTotals[a] != targetTotals[b] ? targetTotals[a] > targetTotals[b] : a < b; });
    beginResetModel();
    m_rows = std::move(rows);
    m_targets = std::move(targets);
    m_rowOf.clear();
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i], int(i));
    m_judged.assign(m_rows.size(), 0);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_judged[i] = labels[m_rows[i]].judged();
    endResetModel();
}

void ConfusionTableModel::refresh()
{
    const auto &labels = m_samples->counts().labels;
    if (m_rows.empty() || labels.size() < qsizetype(m_rows.size())) { // the first decisions, or the samples listed again
        resort();
        return;
    }
    // Live, the rows and columns stay where they are (nothing jumps under the pointer): a label or a target
    // met for the first time is added at the end; one whose decisions were all undone shows zeros.
    std::vector<int> newRows;
    std::vector<int> newTargets;
    for (int l = 0; l < int(labels.size()); ++l) {
        const SampleListModel::LabelCounts &c = labels[l];
        if ((c.judgedAccepted + c.judgedRejected > 0 || !c.judgedRelabeled.isEmpty()) && !m_rowOf.contains(l))
            newRows.push_back(l);
        for (auto it = c.judgedRelabeled.cbegin(); it != c.judgedRelabeled.cend(); ++it) {
            if (std::find(m_targets.begin(), m_targets.end(), it.key()) == m_targets.end()
                && std::find(newTargets.begin(), newTargets.end(), it.key()) == newTargets.end())
                newTargets.push_back(it.key());
        }
    }
    if (!newTargets.empty()) {
        const int first = FirstTargetColumn + int(m_targets.size());
        beginInsertColumns({}, first, first + int(newTargets.size()) - 1);
        m_targets.insert(m_targets.end(), newTargets.begin(), newTargets.end());
        endInsertColumns();
    }
    if (!newRows.empty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + newRows.size()) - 1);
        for (int l : newRows) {
            m_rowOf.insert(l, int(m_rows.size()));
            m_rows.push_back(l);
        }
        m_judged.resize(m_rows.size());
        endInsertRows();
    }
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_judged[i] = labels[m_rows[i]].judged();
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ConfusionTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ConfusionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstTargetColumn + int(m_targets.size()) + (m_estimates.isEmpty() ? 0 : 1);
}

int ConfusionTableModel::rowOf(int machineLabel) const { return m_rowOf.value(machineLabel, -1); }

int ConfusionTableModel::targetColumn(int targetLabel) const
{
    const auto found = std::find(m_targets.begin(), m_targets.end(), targetLabel);
    return found == m_targets.end() ? -1 : FirstTargetColumn + int(found - m_targets.begin());
}

ConfusionTableModel::Cell ConfusionTableModel::cellAt(const QModelIndex &index) const
{
    Cell cell;
    if (!index.isValid() || index.row() >= rowCount())
        return cell;
    cell.machine = m_rows[size_t(index.row())];
    const int column = index.column();
    if (column == AcceptedColumn)
        cell.kind = DecisionKind::Accept;
    else if (column == RejectedColumn)
        cell.kind = DecisionKind::Reject;
    else if (column >= FirstTargetColumn && column < FirstTargetColumn + int(m_targets.size())) {
        cell.kind = DecisionKind::Relabel;
        cell.target = m_targets[size_t(column - FirstTargetColumn)];
    }
    cell.count = countAt(index.row(), column);
    return cell;
}

qint64 ConfusionTableModel::countAt(int row, int column) const
{
    const SampleListModel::LabelCounts &c = m_samples->counts().labels[m_rows[size_t(row)]];
    switch (column) {
    case DecidedColumn: return m_judged[size_t(row)];
    case AcceptedColumn: return c.judgedAccepted;
    case RejectedColumn: return c.judgedRejected;
    default:
        if (column >= FirstTargetColumn && column < FirstTargetColumn + int(m_targets.size()))
            return c.judgedRelabeled.value(m_targets[size_t(column - FirstTargetColumn)]);
        return 0;
    }
}

QString ConfusionTableModel::cellText(qint64 count, qint64 of) const
{
    if (count == 0)
        return {};
    const QLocale locale;
    return tr("%1 · %2 %").arg(locale.toString(count), locale.toString(100.0 * double(count) / double(std::max<qint64>(1, of)), 'f', 0));
}

QVariant ConfusionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int machine = m_rows[size_t(index.row())];
    const int column = index.column();
    const qint64 of = m_judged[size_t(index.row())];
    if (column == intervalColumn()) {
        const auto found = m_estimates.constFind(machine);
        if (role != Qt::DisplayRole || found == m_estimates.cend() || found->checked == 0)
            return {};
        const QLocale locale;
        return tr("%1–%2 % right (%3 checked)")
                .arg(locale.toString(100 * found->interval.low, 'f', 0), locale.toString(100 * found->interval.high, 'f', 0),
                     locale.toString(found->checked));
    }
    const qint64 count = column == LabelColumn ? 0 : countAt(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == LabelColumn)
            return m_samples->labelName(machine);
        return column == DecidedColumn ? QLocale().toString(count) : cellText(count, of);
    case CountRole: return count;
    case ShareRole: return of > 0 ? double(count) / double(of) : 0.0;
    case Qt::ToolTipRole: return toolTip(index.row(), column);
    case Qt::TextAlignmentRole: return column == LabelColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        // The machine's mistakes stand out by their share: the more of the row, the deeper the tint.
        if (column > AcceptedColumn && count > 0) {
            QColor tint(0xe1, 0x57, 0x59);
            tint.setAlphaF(float(0.12 + 0.5 * double(count) / double(std::max<qint64>(1, of))));
            return QBrush(tint);
        }
        return {};
    default: return {};
    }
}

QString ConfusionTableModel::toolTip(int row, int column) const
{
    const int machine = m_rows[size_t(row)];
    const QString name = m_samples->labelName(machine);
    const qint64 of = m_judged[size_t(row)];
    const qint64 count = countAt(row, column);
    const QLocale locale;
    if (column == AcceptedColumn)
        return tr("%1 of the %2 decided samples the machine labeled %3 were accepted. Click to show them.")
                .arg(locale.toString(count), locale.toString(of), name);
    if (column == RejectedColumn)
        return tr("%1 of the %2 decided samples the machine labeled %3 were rejected. Click to show them.")
                .arg(locale.toString(count), locale.toString(of), name);
    if (column >= FirstTargetColumn && column < FirstTargetColumn + int(m_targets.size()))
        return tr("%1 of the %2 decided samples the machine labeled %3 were relabeled to %4. Click to show them.")
                .arg(locale.toString(count), locale.toString(of), name,
                     m_samples->labelName(m_targets[size_t(column - FirstTargetColumn)]));
    return {};
}

QVariant ConfusionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn: return tr("Machine label");
    case DecidedColumn: return tr("Decided");
    case AcceptedColumn: return tr("Accepted");
    case RejectedColumn: return tr("Rejected");
    default:
        if (section == intervalColumn())
            return tr("Spot-check (95 %)");
        if (section >= FirstTargetColumn && section < FirstTargetColumn + int(m_targets.size()))
            return tr("→ %1").arg(m_samples->labelName(m_targets[size_t(section - FirstTargetColumn)]));
        return {};
    }
}
