#include "grid/CellSprites.h"

#include <QPaintDevice>
#include <QPainter>
#include <QStaticText>

namespace {
constexpr qsizetype kMaxEntries = 512; // a few sizes and colours of each shape, badges of every label
}

QPixmap CellSprites::blank(const Key &key)
{
    const qreal dpr = key.dprPercent / 100.0;
    QPixmap pixmap(key.size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

const QPixmap &CellSprites::insert(const Key &key, QPixmap pixmap)
{
    if (m_cache.size() >= kMaxEntries)
        m_cache.clear();
    return *m_cache.insert(key, std::move(pixmap));
}

int CellSprites::dprPercent(const QPainter *p)
{
    const QPaintDevice *device = p->device();
    return qRound((device ? device->devicePixelRatioF() : 1.0) * 100);
}

void CellSprites::drawPlaceholder(QPainter *p, const QRect &area, const QColor &fill, const QColor &ink)
{
    const Key key{ Kind::Placeholder, area.size(), fill.rgba(), ink.rgba(), 0, {}, p->font(), dprPercent(p) };
    p->drawPixmap(area.topLeft(), sprite(key, [&](QPainter &s) {
                      const QRect r(QPoint(), area.size());
                      s.setPen(Qt::NoPen);
                      s.setBrush(fill);
                      s.drawRoundedRect(r, 4, 4);
                      s.setFont(key.font);
                      s.setPen(ink);
                      s.drawText(r, Qt::AlignCenter, QStringLiteral("…"));
                  }));
}

void CellSprites::drawFrame(QPainter *p, const QRect &area, const QColor &color, int width, bool dashed)
{
    // The frame is drawn with its pen centred on `area`'s edge: the sprite has room for its outer half.
    const int margin = (width + 1) / 2 + 1;
    const QRect outer = area.adjusted(-margin, -margin, margin, margin);
    const Key key{ dashed ? Kind::DashedFrame : Kind::Frame, outer.size(), color.rgba(), 0, width, {}, QFont(), dprPercent(p) };
    p->drawPixmap(outer.topLeft(), sprite(key, [&](QPainter &s) {
                      QPen pen(color, width);
                      if (dashed)
                          pen.setStyle(Qt::DashLine);
                      s.setPen(pen);
                      s.setBrush(Qt::NoBrush);
                      s.drawRoundedRect(QRect(QPoint(margin, margin), area.size()), 4, 4);
                  }));
}

void CellSprites::drawBadge(QPainter *p, const QRect &area, const QString &text, const QColor &color)
{
    const Key key{ Kind::Badge, area.size(), color.rgba(), QColor(Qt::white).rgba(), 0, text, p->font(), dprPercent(p) };
    p->drawPixmap(area.topLeft(), sprite(key, [&](QPainter &s) {
                      const QRect r(QPoint(), area.size());
                      s.setPen(Qt::NoPen);
                      s.setBrush(color);
                      s.drawRoundedRect(r, 4, 4);
                      s.setFont(key.font);
                      s.setPen(Qt::white);
                      QStaticText laid(text);
                      laid.setTextFormat(Qt::PlainText);
                      laid.prepare(QTransform(), key.font);
                      const QSizeF size = laid.size();
                      s.drawStaticText(QPointF((r.width() - size.width()) / 2, (r.height() - size.height()) / 2), laid);
                  }));
}
