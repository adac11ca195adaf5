#include "grid/CellText.h"

#include <QFontMetrics>
#include <QPainter>

namespace {
constexpr qsizetype kMaxEntries = 4096; // a few screens of distinct texts
}

const QStaticText &CellText::laidOut(const QFont &font, const QString &text, int width, Qt::TextElideMode elide)
{
    if (elide == Qt::ElideNone)
        width = -1; // one layout whatever the room
    Key key{ text, font, width, int(elide) };
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return *it;
    if (m_cache.size() >= kMaxEntries)
        m_cache.clear();
    QStaticText laid(width >= 0 && elide != Qt::ElideNone ? QFontMetrics(font).elidedText(text, elide, width) : text);
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), font);
    return *m_cache.insert(std::move(key), std::move(laid));
}

void CellText::draw(QPainter *p, const QRect &line, const QString &text, Qt::Alignment align, Qt::TextElideMode elide)
{
    const QStaticText &laid = laidOut(p->font(), text, line.width(), elide);
    const QSizeF size = laid.size();
    qreal x = line.left();
    if (align & Qt::AlignRight)
        x = line.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = line.left() + (line.width() - size.width()) / 2;
    p->drawStaticText(QPointF(x, line.top() + (line.height() - size.height()) / 2), laid);
}

QString CellText::fileName(const QFontMetrics &fm, const QString &name, int width)
{
    if (fm.horizontalAdvance(name) <= width)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString base = dot > 0 && name.size() - dot <= 6 ? name.left(dot) : name;
    if (fm.horizontalAdvance(base) <= width)
        return base;
    return fm.elidedText(base, Qt::ElideLeft, width);
}
