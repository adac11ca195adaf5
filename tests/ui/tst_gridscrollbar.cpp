#include "GridScrollBar.h"

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
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("pressed"); // the handle held by the mouse (drawn sunken)
        QTest::newRow("top") << 0 << false;
        QTest::newRow("middle") << 500000 << false;
        QTest::newRow("bottom") << 1000000 << false;
        QTest::newRow("handle pressed") << 500000 << true;
    }

    void looksAsAPlainScrollBar()
    {
        QFETCH(int, value);
        QFETCH(bool, pressed);
        GridScrollBar grid(Qt::Vertical);
        QScrollBar plain(Qt::Vertical);
        setUp(grid, value);
        setUp(plain, value);
        if (pressed) {
            for (QScrollBar *bar : { static_cast<QScrollBar *>(&grid), &plain }) {
                QTest::mousePress(bar, Qt::LeftButton, {}, QPoint(8, 600)); // the handle is in the middle
                QVERIFY(bar->isSliderDown());
            }
        }
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
