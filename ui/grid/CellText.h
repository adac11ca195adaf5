#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStaticText>

class QPainter;

// The texts of the grid's cells laid out once and drawn from then on (label names, scores, badges repeat
// over thousands of cells): shaping a string costs more than drawing it, and scrolling paints a screen of
// cells every frame. Keyed by text, font, width and eliding; bounded.
class CellText
{
public:
    // Draws `text` in `line`, vertically centred, left, right or centred, elided to the line's width.
    void draw(QPainter *p, const QRect &line, const QString &text, Qt::Alignment align = Qt::AlignLeft,
              Qt::TextElideMode elide = Qt::ElideRight);
    // A file name in `width`: whole when it fits, else without its extension, else its end ("…0123"): names
    // of a dataset share their beginning and their extension, and differ at the end ("img…jpg" tells none).
    static QString fileName(const QFontMetrics &fm, const QString &name, int width);
    // The laid-out text (not elided): for its size.
    const QStaticText &text(const QFont &font, const QString &text) { return laidOut(font, text, -1, Qt::ElideNone); }

private:
    const QStaticText &laidOut(const QFont &font, const QString &text, int width, Qt::TextElideMode elide);

    struct Key
    {
        QString text;
        QFont font;
        int width;
        int elide;
        friend bool operator==(const Key &, const Key &) = default;
    };
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.text, k.font, k.width, k.elide); }
    QHash<Key, QStaticText> m_cache;
};
