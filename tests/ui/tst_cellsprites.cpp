// CellSprites: a shape copied from its sprite looks as the shape drawn directly does (at 1x and 2x, at any
// place), and each look is painted once.

#include "grid/CellSprites.h"
#include "grid/CellText.h"

#include <QApplication>
#include <QPainter>
#include <QStaticText>
#include <QTest>

namespace {

QImage canvas(qreal dpr)
{
    QImage image(QSize(200, 120) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    return image;
}

// The largest difference of any channel between two images of one size.
int difference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            worst = std::max({ worst, qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q)), qAbs(qBlue(p) - qBlue(q)) });
        }
    }
    return worst;
}

// Draws with `viaSprite` and with `direct` on two canvases; the two must agree to rounding.
template<typename ViaSprite, typename Direct>
void compare(qreal dpr, ViaSprite viaSprite, Direct direct)
{
    QImage a = canvas(dpr);
    QImage b = canvas(dpr);
    {
        QPainter p(&a);
        p.setRenderHint(QPainter::Antialiasing, true);
        viaSprite(p);
    }
    {
        QPainter p(&b);
        p.setRenderHint(QPainter::Antialiasing, true);
        direct(p);
    }
    QVERIFY2(a != canvas(dpr), "nothing was drawn");
    const int worst = difference(a, b);
    QVERIFY2(worst <= 3, qPrintable(QStringLiteral("differs by %1 at dpr %2").arg(worst).arg(dpr)));
}

} // namespace

class tst_CellSprites : public QObject
{
    Q_OBJECT

private slots:
    void shapesLookAsDrawnDirectly_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<QPoint>("at");
        QTest::newRow("1x") << 1.0 << QPoint(10, 12);
        QTest::newRow("1x, elsewhere") << 1.0 << QPoint(37, 5);
        QTest::newRow("2x") << 2.0 << QPoint(10, 12);
    }
    void shapesLookAsDrawnDirectly()
    {
        QFETCH(qreal, dpr);
        QFETCH(QPoint, at);
        CellSprites sprites;
        const QRect area(at, QSize(90, 70));
        QColor fill(Qt::darkGray);
        fill.setAlpha(60);
        const QColor ink(Qt::gray);

        compare(
                dpr, [&](QPainter &p) { sprites.drawPlaceholder(&p, area, fill, ink); },
                [&](QPainter &p) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(fill);
                    p.drawRoundedRect(area, 4, 4);
                    p.setPen(ink);
                    p.drawText(area, Qt::AlignCenter, QStringLiteral("…"));
                });
        for (const bool dashed : { false, true }) {
            compare(
                    dpr, [&](QPainter &p) { sprites.drawFrame(&p, area, Qt::darkGreen, 3, dashed); },
                    [&](QPainter &p) {
                        QPen pen(Qt::darkGreen, 3);
                        if (dashed)
                            pen.setStyle(Qt::DashLine);
                        p.setPen(pen);
                        p.setBrush(Qt::NoBrush);
                        p.drawRoundedRect(area, 4, 4);
                    });
        }
        const QRect badge(at, QSize(60, 18));
        compare(
                dpr, [&](QPainter &p) { sprites.drawBadge(&p, badge, QStringLiteral("Hard"), Qt::darkRed); },
                [&](QPainter &p) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(Qt::darkRed);
                    p.drawRoundedRect(badge, 4, 4);
                    p.setPen(Qt::white);
                    QStaticText text(QStringLiteral("Hard"));
                    text.setTextFormat(Qt::PlainText);
                    text.prepare(QTransform(), p.font());
                    p.drawStaticText(QPointF(badge.left() + (badge.width() - text.size().width()) / 2,
                                             badge.top() + (badge.height() - text.size().height()) / 2),
                                     text);
                });
    }

    // A name too long for its tile keeps what tells it apart: its end, without the extension first.
    void aNameKeepsItsDistinctiveEnd()
    {
        const QFontMetrics fm(QApplication::font());
        const QString name = QStringLiteral("IMG_20230512_142233.jpg");
        QCOMPARE(CellText::fileName(fm, name, fm.horizontalAdvance(name)), name);
        const QString base = QStringLiteral("IMG_20230512_142233");
        QCOMPARE(CellText::fileName(fm, name, fm.horizontalAdvance(base)), base);
        const QString small = CellText::fileName(fm, name, fm.horizontalAdvance(QStringLiteral("…142233")) + 1);
        QVERIFY2(small.endsWith(QStringLiteral("142233")) && small.startsWith(QStringLiteral("…")), qPrintable(small));
        QVERIFY(fm.horizontalAdvance(small) <= fm.horizontalAdvance(QStringLiteral("…142233")) + 1);
    }

    void eachLookIsPaintedOnce()
    {
        CellSprites sprites;
        int painted = 0;
        auto paint = [&painted](QPainter &p) {
            ++painted;
            p.fillRect(0, 0, 4, 4, Qt::red);
        };
        const CellSprites::Key key{ CellSprites::Kind::Placeholder, QSize(20, 20), qRgb(1, 2, 3), qRgb(4, 5, 6), 0, {}, QFont(), 100 };
        const qint64 first = sprites.sprite(key, paint).cacheKey();
        QCOMPARE(sprites.sprite(key, paint).cacheKey(), first);
        QCOMPARE(painted, 1);
        CellSprites::Key other = key;
        other.fill = qRgb(9, 9, 9);
        QVERIFY(sprites.sprite(other, paint).cacheKey() != first);
        other = key;
        other.dprPercent = 200;
        const QPixmap twice = sprites.sprite(other, paint);
        QCOMPARE(painted, 3);
        QCOMPARE(twice.size(), QSize(40, 40)); // device pixels
        QCOMPARE(twice.devicePixelRatio(), 2.0);
    }
};

QTEST_MAIN(tst_CellSprites)
#include "tst_cellsprites.moc"
