#include "grid/GridScrollBar.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTest>

// The grid's scroll bar paints in bands so that Qt's raster engine never hands a fill to its paint threads
// (and waits for them on the GUI thread), and looks the same as a plain scroll bar.
class tst_GridScrollBar : public QObject
{
    Q_OBJECT
private:
    static int threadCount() { return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()); }

    template<typename Bar>
    static void setUp(Bar &bar, int value)
    {
        bar.resize(16, 1200);
        bar.setRange(0, 1000000);
        bar.setPageStep(5000);
        bar.setValue(value);
    }

private slots:
    // First: Qt makes its paint threads the first time it splits a fill, and they stay for a while.
    void paintsWithoutQtsPaintThreads()
    {
#ifndef Q_OS_LINUX
        QSKIP("counts the threads in /proc/self/task");
#endif
        const int before = threadCount();
        GridScrollBar grid(Qt::Vertical);
        setUp(grid, 500000);
        QVERIFY(!grid.grab().isNull());
        QCOMPARE(threadCount(), before);
        // The same bar painted whole does split its fills: the count above would have seen it.
        QScrollBar plain(Qt::Vertical);
        setUp(plain, 500000);
        QVERIFY(!plain.grab().isNull());
        QVERIFY2(threadCount() > before, "Qt painted a tall bar on one thread: the check above proves nothing");
    }

    void looksAsAPlainScrollBar_data()
    {
        // The bar is 1,200 pixels high: the handle in the middle, an arrow at each end.
        const QPoint none(-1, -1);
        const QPoint handle(8, 600);
        const QPoint downArrow(8, 1195);
        QTest::addColumn<int>("value");
        QTest::addColumn<QPoint>("hover"); // where the pointer is (no button)
        QTest::addColumn<QPoint>("press"); // where the mouse pressed
        QTest::addColumn<QPoint>("moveTo"); // where the pointer went, the button still down
        QTest::newRow("top") << 0 << none << none << none;
        QTest::newRow("middle") << 500000 << none << none << none;
        QTest::newRow("bottom") << 1000000 << none << none << none;
        QTest::newRow("hovered handle") << 500000 << handle << none << none;
        QTest::newRow("hovered arrow") << 500000 << downArrow << none << none;
        QTest::newRow("handle pressed") << 500000 << none << handle << none;
        QTest::newRow("arrow pressed") << 500000 << none << downArrow << none;
        QTest::newRow("arrow pressed, pointer gone") << 500000 << none << downArrow << QPoint(8, 300);
        QTest::newRow("page pressed") << 500000 << none << QPoint(8, 300) << none;
    }

    void looksAsAPlainScrollBar()
    {
        QFETCH(int, value);
        QFETCH(QPoint, hover);
        QFETCH(QPoint, press);
        QFETCH(QPoint, moveTo);
        GridScrollBar grid(Qt::Vertical);
        QScrollBar plain(Qt::Vertical);
        for (QScrollBar *bar : { static_cast<QScrollBar *>(&grid), &plain }) {
            setUp(*bar, value);
            if (hover.x() >= 0) {
                QHoverEvent enter(QEvent::HoverEnter, QPointF(hover), QPointF(bar->mapToGlobal(hover)), QPointF(-1, -1));
                QApplication::sendEvent(bar, &enter);
            }
            if (press.x() >= 0)
                QTest::mousePress(bar, Qt::LeftButton, {}, press);
            if (moveTo.x() >= 0)
                QTest::mouseMove(bar, moveTo);
        }
        QCOMPARE(grid.value(), plain.value());
        const QImage a = grid.grab().toImage();
        const QImage b = plain.grab().toImage();
        QCOMPARE(a.size(), b.size());
        QVERIFY(a == b);
        // A short horizontal bar too (painted whole).
        GridScrollBar wide(Qt::Horizontal);
        QScrollBar plainWide(Qt::Horizontal);
        for (QScrollBar *bar : { static_cast<QScrollBar *>(&wide), &plainWide }) {
            bar->resize(300, 16);
            bar->setRange(0, 100);
            bar->setValue(value / 10000);
        }
        QVERIFY(wide.grab().toImage() == plainWide.grab().toImage());
    }
};

QTEST_MAIN(tst_GridScrollBar)
#include "tst_gridscrollbar.moc"
