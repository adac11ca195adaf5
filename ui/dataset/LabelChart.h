#pragma once

#include "types/ModelArtsTypes.h"

#include <QWidget>

// A small horizontal bar chart of labeled images per label, with the minimum of five marked: the
// precondition at a glance. Painted with the palette, so it reads in light and dark themes.
class LabelChart final : public QWidget
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(LabelChart)
    explicit LabelChart(QWidget *parent = nullptr);
    void setStats(const QList<LabelStat> &labels, int minimum);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<LabelStat> m_labels;
    int m_minimum = 5;
};
