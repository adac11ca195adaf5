#pragma once

#include "tables/ConfusionTableModel.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

// The confusion view: the machine's labels against the reviewer's decisions (ConfusionTableModel), live
// beside the review. A click on a decision cell asks the grid to show those samples (cellChosen); with a
// "relabeled to" cell chosen, "Relabel look-alikes…" asks for the undecided samples of that machine label
// that look like the relabeled ones (relabelLookAlikes).
class ConfusionView final : public QDialog
{
    Q_OBJECT
public:
    ConfusionView(const SampleListModel *samples, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConfusionView)

    ConfusionTableModel *table() const { return m_table; }
    QTableView *view() const { return m_view; }
    QPushButton *relabelButton() const { return m_relabel; }
    // Says how the last "Relabel look-alikes…" went (or that it is being computed).
    void setStatus(const QString &text);

signals:
    void cellChosen(const ConfusionTableModel::Cell &cell);
    void relabelLookAlikes(const ConfusionTableModel::Cell &cell);

private:
    void chosen(const QModelIndex &index);
    void updateSummary();

    ConfusionTableModel *m_table;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_status;
    QPushButton *m_relabel;
    ConfusionTableModel::Cell m_cell;
};
