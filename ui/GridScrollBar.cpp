#include "GridScrollBar.h"

#include <QStyleOptionSlider>

GridScrollBar::GridScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{
}

GridScrollBar::Look GridScrollBar::look() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return { style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this), value() == minimum(),
             value() == maximum() };
}

void GridScrollBar::sliderChange(SliderChange change)
{
    if (change == SliderRangeChange && m_havePainted && look() == m_painted)
        return; // nothing to repaint
    QScrollBar::sliderChange(change);
}

void GridScrollBar::paintEvent(QPaintEvent *event)
{
    m_painted = look();
    m_havePainted = true;
    QScrollBar::paintEvent(event);
}
