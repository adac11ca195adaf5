#include "review/ConfusionView.h"

#include "samples/SampleListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ConfusionView::ConfusionView(const SampleListModel *samples, QWidget *parent)
    : QDialog(parent)
    , m_table(new ConfusionTableModel(samples, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_relabel(new QPushButton(tr("Relabel look-alikes…"), this))
{
    setObjectName(QStringLiteral("confusionView"));
    setWindowTitle(tr("Confusions"));
    m_view->setObjectName(QStringLiteral("confusionTable"));
    m_view->setModel(m_table);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Sized to the contents when the table's shape changes, not on every decision (a thousand columns of
    // text measured per key press would hold the GUI).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_status->setObjectName(QStringLiteral("confusionStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_relabel->setObjectName(QStringLiteral("relabelLookAlikes"));
    m_relabel->setEnabled(false);
    m_relabel->setToolTip(tr("Choose a \"→ label\" cell: the undecided samples of its machine label that look more like the ones "
                             "you relabeled than like the others you decided are proposed, to relabel in one step"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_relabel, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_view, &QTableView::clicked, this, &ConfusionView::chosen);
    connect(m_view, &QTableView::activated, this, &ConfusionView::chosen);
    connect(m_relabel, &QPushButton::clicked, this, [this] { emit relabelLookAlikes(m_cell); });
    connect(m_table, &QAbstractItemModel::modelReset, this, &ConfusionView::updateSummary);
    connect(m_table, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    connect(m_table, &QAbstractItemModel::columnsInserted, m_view, [this](const QModelIndex &, int first, int last) {
        for (int column = first; column <= last; ++column)
            m_view->resizeColumnToContents(column);
    });
    connect(m_table, &QAbstractItemModel::dataChanged, this, &ConfusionView::updateSummary);
    updateSummary();
    resize(720, 400);
}

void ConfusionView::chosen(const QModelIndex &index)
{
    m_cell = m_table->cellAt(index);
    m_relabel->setEnabled(m_cell.kind == DecisionKind::Relabel && m_cell.count > 0);
    if (m_cell.kind != DecisionKind::None && m_cell.count > 0)
        emit cellChosen(m_cell);
}

void ConfusionView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ConfusionView::updateSummary()
{
    if (m_table->rowCount() == 0) {
        m_summary->setText(tr("No decisions yet. As you accept, relabel and reject, each label the machine gave gets a row here, "
                              "with what you decided of its samples."));
        m_relabel->setEnabled(false);
        return;
    }
    m_summary->setText(tr("What the machine labeled (rows) against what you decided (columns), in this review: the labels "
                          "changed most first when the view opened, new ones added at the end. Click a cell to show its "
                          "samples in the grid."));
    // The chosen cell may have moved or gone with the counts: keep the choice by what it counts.
    const int row = m_table->rowOf(m_cell.machine);
    const int column = m_cell.kind == DecisionKind::Relabel ? m_table->targetColumn(m_cell.target) : -1;
    const ConfusionTableModel::Cell now =
            row >= 0 && column >= 0 ? m_table->cellAt(m_table->index(row, column)) : ConfusionTableModel::Cell{};
    m_relabel->setEnabled(now.kind == DecisionKind::Relabel && now.count > 0);
}
