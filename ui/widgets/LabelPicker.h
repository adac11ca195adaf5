#pragma once

#include "labels/LabelMatcher.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

// Choosing one label among any number of them (ModelArts allows thousands): type to filter by a part of the
// name, a word's start, or a Chinese name's pinyin or initials (LabelMatcher); with nothing typed, the
// labels proposed for the sample come first (the classifier's, on keys 1-3 while nothing is typed), then
// those used most recently. Enter takes the one selected (the first shown unless the arrows
// moved), a double click too; Escape cancels.
class LabelPicker final : public QDialog
{
    Q_OBJECT
public:
    // `recent`: labels used most recently first (those not among `labels` are left out).
    LabelPicker(const QStringList &labels, const QStringList &recent, const QString &prompt, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LabelPicker)

    // The labels most likely for the sample, most likely first (at most three are offered; those not among
    // the labels are left out).
    void setProposals(const QStringList &proposals);
    QString chosen() const { return m_chosen; }
    // What the list shows now, in order (tests).
    QStringList shown() const;
    QLineEdit *filterField() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void take();

    QStringList m_labels;
    QStringList m_recent;
    QStringList m_proposals;
    LabelMatcher m_matcher;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_count;
    QString m_chosen;
};

// A field that finds labels in a table of one row per label (the threshold, spot-check and publish tables)
// as the picker does: the rows whose label in `column` does not match are hidden. Shown from ten rows on.
QLineEdit *labelFindField(QTableWidget *table, int column, QWidget *parent);
