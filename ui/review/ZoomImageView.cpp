#include "review/ZoomImageView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace {
constexpr double minScale = 0.02;
constexpr double maxScale = 32;
} // namespace

ZoomImageView::ZoomImageView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("zoomImage"));
    setAccessibleName(tr("Image"));
    setMinimumSize(200, 150);
    setCursor(Qt::OpenHandCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void ZoomImageView::setImage(const QImage &image, const QString &message)
{
    m_image = image;
    m_message = message;
    fit();
}

void ZoomImageView::setScale(double scale)
{
    m_scale = scale;
    emit scaleChanged(scale);
    update();
}

void ZoomImageView::fit()
{
    m_fitted = true;
    if (m_image.isNull()) {
        update();
        return;
    }
    const double s = std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
    const double scale = std::clamp(s, minScale, maxScale);
    m_offset = QPointF((width() - m_image.width() * scale) / 2, (height() - m_image.height() * scale) / 2);
    setScale(scale);
}

void ZoomImageView::actualSize()
{
    m_fitted = false;
    m_offset = QPointF((width() - m_image.width()) / 2.0, (height() - m_image.height()) / 2.0);
    setScale(1);
}

void ZoomImageView::zoomAt(double factor, QPointF at)
{
    if (m_image.isNull())
        return;
    const double scale = std::clamp(m_scale * factor, minScale, maxScale);
    const QPointF imagePoint = (at - m_offset) / m_scale;
    m_offset = at - imagePoint * scale;
    m_fitted = false;
    setScale(scale);
}

void ZoomImageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::BrightText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_scale < 2); // pixels stay sharp when zoomed in
    p.drawImage(QRectF(m_offset, QSizeF(m_image.size()) * m_scale), m_image);
}

void ZoomImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        fit();
}

void ZoomImageView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(std::pow(1.25, steps), event->position());
    event->accept();
}

void ZoomImageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void ZoomImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom)
        return;
    m_offset += event->position() - *m_dragFrom;
    m_dragFrom = event->position();
    m_fitted = false;
    update();
}

void ZoomImageView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragFrom.reset();
    setCursor(Qt::OpenHandCursor);
}
