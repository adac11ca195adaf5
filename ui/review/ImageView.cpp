#include "review/ImageView.h"

#include <QPainter>
#include <QScrollArea>

ImageView::ImageView(QScrollArea *area)
    : QWidget(area)
    , m_area(area)
{
    setAccessibleName(tr("Image"));
}

void ImageView::setImage(const QImage &image, const QString &message)
{
    m_image = image;
    m_message = message;
    relayout();
}

void ImageView::zoomBy(double factor)
{
    if (m_image.isNull())
        return;
    m_zoom = qBound(0.05, (m_zoom > 0 ? m_zoom : fitScale()) * factor, 16.0);
    relayout();
}

void ImageView::fit()
{
    m_zoom = 0;
    relayout();
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const double scale = m_zoom > 0 ? m_zoom : fitScale();
    QRect target(QPoint(), m_image.size() * scale);
    target.moveCenter(rect().center());
    p.setRenderHint(QPainter::SmoothPixmapTransform, scale < 2);
    p.drawImage(target, m_image);
}

double ImageView::fitScale() const
{
    const QSize avail = m_area->viewport()->size();
    if (m_image.isNull() || avail.isEmpty())
        return 1;
    // Small images are enlarged (up to 8x) so that there is something to look at.
    return qMin(8.0, qMin(double(avail.width()) / m_image.width(), double(avail.height()) / m_image.height()));
}

void ImageView::relayout()
{
    m_area->setWidgetResizable(m_zoom <= 0 || m_image.isNull());
    if (m_zoom > 0 && !m_image.isNull())
        resize(m_image.size() * m_zoom);
    update();
}
