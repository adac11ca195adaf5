#include "grid/GridScrollBar.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
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

// The option QScrollBar paints with: the control pressed is shown sunken while the pointer is on it (the
// handle always), else the one under the pointer is active.
void GridScrollBar::initPaintOption(QStyleOptionSlider *option) const
{
    initStyleOption(option);
    option->subControls = QStyle::SC_All;
    if (m_pressed == QStyle::SC_None) {
        option->activeSubControls = m_hovered;
        return;
    }
    option->activeSubControls = m_pressed;
    if (!m_pressedLeft)
        option->state |= QStyle::State_Sunken;
}

QStyle::SubControl GridScrollBar::controlAt(const QPoint &pos) const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return style()->hitTestComplexControl(QStyle::CC_ScrollBar, &option, pos, this);
}

void GridScrollBar::paintEvent(QPaintEvent *event)
{
    m_painted = look();
    m_havePainted = true;
    QStyleOptionSlider option;
    initPaintOption(&option);
    QPainter painter(this);
    if (orientation() == Qt::Horizontal) // its fills are as low as it is
        return style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, this);
    // Each band painted on an image of its own height (a clip would not hold: the style sets its own), then
    // put in place: no fill is taller than a band.
    const qreal ratio = devicePixelRatioF();
    const int step = qMax(1, int(band / ratio)); // a band is `band` device pixels high at most
    if (m_band.width() != qRound(width() * ratio) || m_band.height() != qRound(step * ratio)) {
        m_band = QImage(QSize(width(), step) * ratio, QImage::Format_ARGB32_Premultiplied);
        m_band.setDevicePixelRatio(ratio);
    }
    for (int y = 0; y < height(); y += step) {
        if (!event->region().intersects(QRect(0, y, width(), step)))
            continue;
        m_band.fill(Qt::transparent);
        QPainter onBand(&m_band);
        onBand.translate(0, -y);
        style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &onBand, this);
        onBand.end();
        painter.drawImage(QPoint(0, y), m_band);
    }
}

bool GridScrollBar::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::HoverEnter:
    case QEvent::HoverMove: m_hovered = controlAt(static_cast<QHoverEvent *>(event)->position().toPoint()); break;
    case QEvent::HoverLeave: m_hovered = QStyle::SC_None; break;
    default: break;
    }
    return QScrollBar::event(event); // repaints when the control under the pointer changes
}

void GridScrollBar::mousePressEvent(QMouseEvent *event)
{
    m_pressed = controlAt(event->position().toPoint());
    m_pressedLeft = false;
    QScrollBar::mousePressEvent(event);
}

void GridScrollBar::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed != QStyle::SC_None && m_pressed != QStyle::SC_ScrollBarSlider)
        m_pressedLeft = controlAt(event->position().toPoint()) != m_pressed;
    QScrollBar::mouseMoveEvent(event); // repaints when the pointer leaves or comes back
}

void GridScrollBar::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressed = QStyle::SC_None;
    QScrollBar::mouseReleaseEvent(event);
    update();
}
