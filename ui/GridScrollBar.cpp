#include "GridScrollBar.h"

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

// The option QScrollBar paints with: the control pressed is shown sunken while the pointer is on it,
// else the one under the pointer is active (hovered).
void GridScrollBar::initPaintOption(QStyleOptionSlider *option) const
{
    initStyleOption(option);
    option->subControls = QStyle::SC_All;
    const QStyle::SubControl under = underMouse()
            ? style()->hitTestComplexControl(QStyle::CC_ScrollBar, option, mapFromGlobal(QCursor::pos()), this)
            : QStyle::SC_None;
    const QStyle::SubControl pressed = isSliderDown() ? QStyle::SC_ScrollBarSlider : m_pressed;
    if (pressed != QStyle::SC_None) {
        option->activeSubControls = pressed;
        if (pressed == QStyle::SC_ScrollBarSlider || under == pressed)
            option->state |= QStyle::State_Sunken;
    } else {
        option->activeSubControls = under;
    }
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

void GridScrollBar::mousePressEvent(QMouseEvent *event)
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    m_pressed = style()->hitTestComplexControl(QStyle::CC_ScrollBar, &option, event->position().toPoint(), this);
    QScrollBar::mousePressEvent(event);
}

void GridScrollBar::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressed = QStyle::SC_None;
    QScrollBar::mouseReleaseEvent(event);
    update();
}
