#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

// The shapes every cell of the grid repeats (the placeholder of a thumbnail still loading, a decision's
// frame, a badge) painted once into a pixmap and copied from then on: an antialiased rounded rectangle
// costs more to fill than a pixmap of its size costs to copy, and scrolling paints a screen of cells every
// frame. Keyed by what the shape looks like (kind, size, colours, text, font, device pixel ratio); bounded.
class CellSprites
{
public:
    enum class Kind { Placeholder, Frame, DashedFrame, Badge };
    struct Key
    {
        Kind kind;
        QSize size; // logical pixels
        QRgb fill;
        QRgb ink; // the text's colour
        int pen; // the frame's width
        QString text;
        QFont font;
        int dprPercent;
        friend bool operator==(const Key &, const Key &) = default;
    };

    // The sprite `key` describes; `paint` draws it the first time (logical coordinates, (0, 0) its top left).
    template<typename Paint>
    const QPixmap &sprite(const Key &key, Paint paint)
    {
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return *it;
        return insert(key, render(key, paint));
    }

    // Draws the placeholder of a thumbnail that is loading, a decision's frame around `area` (solid or dashed)
    // and a badge with `text` on `color`: from a sprite.
    void drawPlaceholder(QPainter *p, const QRect &area, const QColor &fill, const QColor &ink);
    void drawFrame(QPainter *p, const QRect &area, const QColor &color, int width, bool dashed);
    void drawBadge(QPainter *p, const QRect &area, const QString &text, const QColor &color);

private:
    template<typename Paint>
    QPixmap render(const Key &key, Paint paint)
    {
        QPixmap pixmap = blank(key);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing, true);
            paint(painter);
        }
        return pixmap;
    }
    static QPixmap blank(const Key &key);
    const QPixmap &insert(const Key &key, QPixmap pixmap);
    static int dprPercent(const QPainter *p);

    friend size_t qHash(const Key &k, size_t seed)
    {
        return qHashMulti(seed, int(k.kind), k.size.width(), k.size.height(), k.fill, k.ink, k.pen, k.text, k.font, k.dprPercent);
    }
    QHash<Key, QPixmap> m_cache;
};
