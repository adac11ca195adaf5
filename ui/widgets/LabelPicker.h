#pragma once

#include "labels/LabelMatcher.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

// Choosing one label among any number of them (ModelArts allows thousands): type to filter by a part of the
// name, a word's start, or a Chinese name's pinyin or initials (LabelMatcher); with nothing typed, the
// labels used most recently come first. Enter takes the one selected (the first shown unless the arrows
// moved), a double click too; Escape cancels.
class LabelPicker final : public QDialog
{
    Q_OBJECT
public:
    // `recent`: labels used most recently first (those not among `labels` are left out).
    LabelPicker(const QStringList &labels, const QStringList &recent, const QString &prompt, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LabelPicker)

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
    LabelMatcher m_matcher;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_count;
    QString m_chosen;
};

// A field that finds labels in a table of one row per label (the threshold, spot-check and publish tables)
// as the picker does: the rows whose label in `column` does not match are hidden. Shown from ten rows on.
QLineEdit *labelFindField(QTableWidget *table, int column, QWidget *parent);
