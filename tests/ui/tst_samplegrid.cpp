#include "grid/SampleDelegate.h"
#include "grid/SampleGrid.h"
#include "review/ThumbnailLoader.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

// The review grid: a cell's place follows from its row number, keys move by cells and lines, the current
// cell stays in view, a rubber band selects the cells it touches, and a million rows cost the grid no
// more than a hundred.
class tst_SampleGrid : public QObject
{
    Q_OBJECT

    static QList<Sample> samples(int from, int count)
    {
        QList<Sample> out;
        for (int i = from; i < from + count; ++i) {
            Sample s;
            s.id = QStringLiteral("id%1").arg(i);
            s.name = QStringLiteral("s%1.jpg").arg(i);
            SampleLabel l;
            l.name = QStringLiteral("cat");
            l.score = 0.5;
            s.labels = { l };
            out.append(s);
        }
        return out;
    }

    // Counts the paints of a widget.
    struct Paints : QObject
    {
        int count = 0;
        explicit Paints(QWidget *widget) { widget->installEventFilter(this); }
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::Paint;
            return false;
        }
    };

    struct Grid
    {
        SampleListModel model;
        SampleFilterModel filter{ &model };
        ThumbnailLoader loader;
        SampleDelegate delegate;
        SampleGrid grid{ &loader, &delegate };
        Grid()
        {
            grid.setModels(&filter, &model);
            grid.resize(800, 600);
            grid.show();
        }
    };

private slots:
    void cellsArePlacedByRowNumber()
    {
        Grid g;
        g.model.append(samples(0, 100));
        QVERIFY(QTest::qWaitForWindowExposed(&g.grid));
        const int columns = g.grid.columns();
        QCOMPARE(columns, g.grid.viewport()->width() / g.grid.gridSize().width());
        const QRect first = g.grid.visualRect(g.filter.index(0, 0));
        const QRect below = g.grid.visualRect(g.filter.index(columns, 0));
        QCOMPARE(below.topLeft(), first.topLeft() + QPoint(0, g.grid.gridSize().height()));
        // The width a last column could not use is shared out between the columns: no empty strip at the right.
        const int stride = g.grid.viewport()->width() / columns;
        QCOMPARE(g.grid.visualRect(g.filter.index(1, 0)).left(), first.left() + stride);
        const QRect endOfLine = g.grid.visualRect(g.filter.index(columns - 1, 0));
        QVERIFY(g.grid.viewport()->width() - 1 - endOfLine.right() <= first.left() + 1);
        for (int row : { 0, 1, columns, 2 * columns + 1 })
            QCOMPARE(g.grid.indexAt(g.grid.visualRect(g.filter.index(row, 0)).center()).row(), row);
        // Past the last cell of the last line, and right of the last column: nothing.
        const QRect last = g.grid.visualRect(g.filter.index(99, 0));
        if (99 % columns != columns - 1)
            QVERIFY(!g.grid.indexAt(last.center() + QPoint(last.width(), 0)).isValid());
        QVERIFY(!g.grid.indexAt(QPoint(g.grid.viewport()->width() + 1, 5)).isValid());
        // The scroll range holds every line.
        const int lines = (100 + columns - 1) / columns;
        QCOMPARE(g.grid.verticalScrollBar()->maximum(), qMax(0, lines * g.grid.gridSize().height() - g.grid.viewport()->height()));
    }

    void keysMoveByCellsAndLinesAndTheCurrentStaysInView()
    {
        Grid g;
        g.model.append(samples(0, 500));
        QVERIFY(QTest::qWaitForWindowExposed(&g.grid));
        g.grid.setFocus();
        g.grid.setCurrentIndex(g.filter.index(0, 0));
        const int columns = g.grid.columns();
        QTest::keyClick(&g.grid, Qt::Key_Down);
        QCOMPARE(g.grid.currentIndex().row(), columns);
        QTest::keyClick(&g.grid, Qt::Key_Right);
        QCOMPARE(g.grid.currentIndex().row(), columns + 1);
        QTest::keyClick(&g.grid, Qt::Key_Up);
        QCOMPARE(g.grid.currentIndex().row(), 1);
        QTest::keyClick(&g.grid, Qt::Key_Up); // the first line: stays
        QCOMPARE(g.grid.currentIndex().row(), 1);
        QTest::keyClick(&g.grid, Qt::Key_End);
        QCOMPARE(g.grid.currentIndex().row(), 499);
        QVERIFY(g.grid.viewport()->rect().contains(g.grid.visualRect(g.grid.currentIndex())));
        QTest::keyClick(&g.grid, Qt::Key_Home);
        QCOMPARE(g.grid.currentIndex().row(), 0);
        QCOMPARE(g.grid.verticalScrollBar()->value(), 0);
        // Narrower: fewer columns, the current cell still in view.
        g.grid.setCurrentIndex(g.filter.index(300, 0));
        g.grid.resize(g.grid.gridSize().width() * 2 + 40, 600);
        QTRY_COMPARE(g.grid.columns(), 2);
        QVERIFY(g.grid.viewport()->rect().intersects(g.grid.visualRect(g.grid.currentIndex())));
    }

    void aRubberBandSelectsTheCellsItTouches()
    {
        Grid g;
        g.model.append(samples(0, 60));
        QVERIFY(QTest::qWaitForWindowExposed(&g.grid));
        QVERIFY(g.grid.columns() >= 3);
        const QPoint from = g.grid.visualRect(g.filter.index(0, 0)).center();
        const QPoint to = g.grid.visualRect(g.filter.index(g.grid.columns() + 2, 0)).center();
        QTest::mousePress(g.grid.viewport(), Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, to, g.grid.viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(g.grid.viewport(), &move);
        QTest::mouseRelease(g.grid.viewport(), Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(g.grid.selectedCount(), 6); // three cells on each of two lines
        QCOMPARE(g.grid.selectedSourceRows().size(), 6);
        QVERIFY(g.grid.selectedSourceRows().contains(g.grid.columns() + 1));
    }

    // Scrolling a screen or more at a time (the handle dragged, a fling) asks for nothing on the screens
    // it passes: only the screen it stops on is fetched, once the grid has stayed there.
    void screensScrolledPastAreNotFetched()
    {
        Grid g;
        g.grid.setFlingSettleMs(2000); // longer than any step below takes on a loaded machine
        g.model.append(samples(0, 100000));
        QVERIFY(QTest::qWaitForWindowExposed(&g.grid));
        // No service: every fetch fails at once, naming its sample.
        QSignalSpy failed(&g.loader, &ThumbnailLoader::thumbnailFailed);
        auto idle = [&] { return g.loader.inFlight() == 0 && g.loader.queued() == 0; };
        QTRY_VERIFY(!failed.isEmpty() && idle()); // the first screen
        failed.clear();
        QScrollBar *bar = g.grid.verticalScrollBar();
        for (int step = 1; step <= 20; ++step) {
            bar->setValue(bar->maximum() / 40 * step);
            QCoreApplication::processEvents(); // each screen painted
        }
        QVERIFY(idle());
        QCOMPARE(failed.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() && idle(), 10000);
        const int first = g.grid.indexAt(QPoint(1, 1)).row();
        const int onScreen = g.grid.columns() * (g.grid.viewport()->height() / g.grid.gridSize().height() + 2);
        for (const QList<QVariant> &signal : std::as_const(failed)) {
            const int row = signal.first().toString().mid(2).toInt();
            QVERIFY2(row >= first && row < first + onScreen,
                     qPrintable(QStringLiteral("%1 not in %2 + %3").arg(row).arg(first).arg(onScreen)));
        }
        // Moving less than a screen asks at once.
        failed.clear();
        bar->setValue(bar->value() + g.grid.gridSize().height());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 1000);
    }

    // Rows that change the scroll range but leave the handle as it was (at its shortest, at the top) do
    // not repaint the scroll bar: a repaint of a tall bar waits for Qt's fill threads. A move does.
    void rowsThatLeaveTheHandleAsItWasDoNotRepaintTheScrollBar()
    {
        Grid g;
        g.model.append(samples(0, 200000));
        QVERIFY(QTest::qWaitForWindowExposed(&g.grid));
        QScrollBar *bar = g.grid.verticalScrollBar();
        Paints barPaints(bar);
        Paints viewportPaints(g.grid.viewport());
        bar->update();
        QTRY_VERIFY(barPaints.count > 0);
        barPaints.count = 0;
        const int rangeBefore = bar->maximum();
        for (int page = 0; page < 5; ++page)
            g.model.append(samples(200000 + page * 100, 100));
        QVERIFY(bar->maximum() > rangeBefore);
        // The window paints what is dirty together: once the viewport has painted, so would have the bar.
        viewportPaints.count = 0;
        g.grid.viewport()->update();
        QTRY_VERIFY(viewportPaints.count > 0);
        QCOMPARE(barPaints.count, 0);

        bar->setValue(bar->maximum() / 2);
        QTRY_VERIFY(barPaints.count > 0);
        // A range that moves the handle repaints it too.
        barPaints.count = 0;
        g.model.append(samples(200500, 200000));
        QTRY_VERIFY(barPaints.count > 0);
    }

    // Rows added below the screen repaint nothing and lay out nothing: appending to a million rows
    // costs what appending to a hundred does.
    void rowsBelowTheScreenCostNothing()
    {
        Grid g;
        g.model.append(samples(0, 200000));
        QVERIFY(QTest::qWaitForWindowExposed(&g.grid));
        QElapsedTimer t;
        t.start();
        for (int page = 0; page < 20; ++page)
            g.model.append(samples(200000 + page * 100, 100));
        QCoreApplication::processEvents();
        QCOMPARE(g.filter.rowCount(), 202000);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        g.grid.setCurrentIndex(g.filter.index(201999, 0));
        QVERIFY(g.grid.viewport()->rect().contains(g.grid.visualRect(g.grid.currentIndex())));
        QCOMPARE(g.grid.indexAt(g.grid.visualRect(g.grid.currentIndex()).center()).row(), 201999);
    }
};

QTEST_MAIN(tst_SampleGrid)
#include "tst_samplegrid.moc"
