#pragma once

#include "stats/SpotCheck.h"
#include "types/ReviewItem.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

class SampleListModel;

// The confusions the machine repeats, as the review's decisions show them: a row per machine label that has
// decisions (the most changed first), a column per decision (accepted, rejected, relabeled to each label
// some sample was relabeled to), the count and its share of the row in each cell, and the spot-check's 95 %
// interval of the label's precision where one is drawn. Follows the samples' counts as decisions are taken
// (kept by SampleListModel as they change: nothing is scanned); live, rows and columns keep their places and
// new ones come at the end, until resort().
class ConfusionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(ConfusionTableModel)
    enum FixedColumn { LabelColumn, DecidedColumn, AcceptedColumn, RejectedColumn, FirstTargetColumn };
    enum Role { CountRole = Qt::UserRole + 1, ShareRole };

    // What a cell counts: the samples the machine labeled `machine` that were decided `kind` (to
    // `target`, for a relabel). kind None: not a decision cell (the label, the totals, the interval).
    struct Cell
    {
        int machine = -1;
        DecisionKind kind = DecisionKind::None;
        int target = -1;
        qint64 count = 0;
    };

    explicit ConfusionTableModel(const SampleListModel *samples, QObject *parent = nullptr);

    // The spot-check's estimates per machine label (index), shown in a last column; empty: none drawn.
    void setEstimates(const QHash<int, spotcheck::Estimate> &estimates);
    Cell cellAt(const QModelIndex &index) const;
    // The model index of a machine label's row (invalid when it has no decisions).
    int rowOf(int machineLabel) const;
    int targetColumn(int targetLabel) const; // -1 when no sample was relabeled to it

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Follows SampleListModel::counts() (connected to countsChanged; public for tests and benches).
    void refresh();
    // Orders the rows and columns again, the most changed first (a reset).
    void resort();

private:
    qint64 countAt(int row, int column) const;
    QString cellText(qint64 count, qint64 of) const;
    QString toolTip(int row, int column) const;
    int intervalColumn() const { return m_estimates.isEmpty() ? -1 : FirstTargetColumn + int(m_targets.size()); }

    const SampleListModel *m_samples;
    std::vector<int> m_rows; // machine label of each row
    std::vector<int> m_targets; // label of each target column
    QHash<int, int> m_rowOf; // machine label -> its row
    std::vector<qint64> m_judged; // decisions of each row's label
    QHash<int, spotcheck::Estimate> m_estimates;
};
