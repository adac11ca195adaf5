#pragma once

#include "samples/SampleFilterModel.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QToolButton;

// The row of filters above the review grid: state, hard or not, predicted label, score range, hard
// reason, name, and the sort order. Says when the filter or the sort changed; the label and reason
// choices follow the samples (setLabels, setReasons).
class ReviewFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewFilterBar(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReviewFilterBar)

    SampleFilterModel::Filter filter() const;
    SampleFilterModel::SortKey sortKey() const;
    Qt::SortOrder sortOrder() const;
    // The predicted-label choices (the first nine with their relabel key), keeping the current one.
    void setLabels(const QStringList &labels);
    // The label filter chooses among the machine's predictions, or (a suspect review) the labels as given.
    void setLabelsGiven(bool given);
    // The hard-reason choices: the ids whose bit is set in `present`, keeping the current one.
    void setReasons(quint32 present);
    // Only the samples the machine labeled `machineLabel` that were decided `decision` (int(DecisionKind);
    // to `decidedLabel` for a relabel), whatever their state: a confusion cell. Shown as a button that says
    // so (`text`) and clears it, putting the state and label choices back as they were.
    void setDecisionFilter(int machineLabel, int decision, int decidedLabel, const QString &text);
    void clearDecisionFilter();
    bool hasDecisionFilter() const { return m_decision >= 0; }

signals:
    void filterChanged();
    void sortChanged();

private:
    void fitReasonBox(); // as wide as the reason chosen
    QComboBox *addCombo(const QString &name, const QString &accessible, const QList<QPair<QString, int>> &items);
    QDoubleSpinBox *addSpin(const QString &name, const QString &accessible, double value);

    QComboBox *m_stateFilter;
    QComboBox *m_hardFilter;
    QComboBox *m_labelFilter;
    QComboBox *m_reasonFilter;
    QComboBox *m_sort;
    QDoubleSpinBox *m_lowScore;
    QDoubleSpinBox *m_highScore;
    QLineEdit *m_search;
    QToolButton *m_decisionChip;
    int m_decision = -1;
    int m_decidedLabel = -1;
    int m_stateBefore = 0; // the state and label choices before a cell's filter
    int m_labelBefore = 0;
};
