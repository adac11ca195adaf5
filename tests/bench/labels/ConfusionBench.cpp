#include "labels/ConfusionBench.h"

#include "BenchMeters.h"
#include "review/ConfusionView.h"
#include "review/ReviewPage.h"
#include "review/ReviewSession.h"
#include "samples/SampleFilterModel.h"

#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace confusionbench {

namespace {

void fill(SampleListModel *model, int samples, const QStringList &labels)
{
    model->setLabels(labels);
    model->expect(samples);
    constexpr int page = 50000;
    for (int from = 0; from < samples; from += page) {
        QList<Sample> batch;
        for (int i = from; i < std::min(samples, from + page); ++i) {
            Sample s;
            s.id = QStringLiteral("s%1").arg(i, 8, 10, QLatin1Char('0'));
            s.name = s.id + QStringLiteral(".jpg");
            SampleLabel l;
            l.name = labels.at(i % labels.size());
            l.score = 0.3 + 0.7 * double((i * 7919) % 1000) / 1000.0;
            s.labels = { l };
            s.preview = QStringLiteral("http://127.0.0.1:9/p/%1.jpg").arg(s.id);
            batch.append(s);
        }
        model->append(batch);
    }
}

// A tenth decided, spread over every label: most accepted; one in forty relabeled to the next label, one in
// a hundred to the seventh after.
void decideATenth(SampleListModel *model, const QStringList &labels)
{
    QList<int> rows;
    QList<Decision> decisions;
    const int k = int(labels.size());
    for (int j = 0; 10 * j + 9 < model->rowCount(); ++j) {
        const int row = 10 * j + j % 7; // every label gets some
        const int machine = row % k;
        rows.append(row);
        if (j % 40 == 0)
            decisions.append(Decision::relabel(labels.at((machine + 1) % k)));
        else if (j % 100 == 1)
            decisions.append(Decision::relabel(labels.at((machine + 7) % k)));
        else
            decisions.append(Decision::accept());
    }
    model->setDecisions(rows, decisions);
}

} // namespace

bool run(int samples, const QStringList &labels)
{
    QTemporaryDir dir;
    ReviewSession session(nullptr, QStringLiteral("bench"), QStringLiteral("task"));
    session.setComputeLookAlikes(false);
    if (!session.openJournal(dir.filePath(QStringLiteral("journal.sqlite"))))
        return false;
    SampleListModel *model = session.model();
    QElapsedTimer clock;
    clock.start();
    fill(model, samples, labels);
    decideATenth(model, labels);
    std::printf("# %d samples over %lld labels made in %lld ms, a tenth decided\n", samples, qint64(labels.size()), clock.elapsed());
    ReviewPage page;
    page.resize(1280, 800);
    page.setSession(&session, QStringLiteral("bench"));
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    page.openConfusions();
    ConfusionView *view = page.confusionView();
    if (!view || view->table()->rowCount() == 0)
        return false;
    QCoreApplication::processEvents();

    // One decision at a time, as a key press makes it (the model's part; the view, the grid, the filter).
    QList<double> updates;
    const int k = int(labels.size());
    for (int i = 0; i < 50; ++i) {
        const int row = 10 * (i * 997 % (samples / 10)) + 8; // undecided ones, spread
        QElapsedTimer t;
        t.start();
        model->setDecisions({ row }, { Decision::relabel(labels.at((row % k + 1) % k)) });
        QCoreApplication::processEvents();
        updates.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(updates.begin(), updates.end());
    std::printf("# confusion_update_ms median %.2f over 50 decisions; the table %d x %d\n", updates.at(updates.size() / 2),
                view->table()->rowCount(), view->table()->columnCount());
    std::printf("confusion_update_ms %.2f\n", updates.last());

    // A click on the most confused label's first "relabeled to" cell: the grid shows those samples.
    QModelIndex cell;
    for (int column = ConfusionTableModel::FirstTargetColumn; !cell.isValid() && column < view->table()->columnCount(); ++column) {
        if (view->table()->index(0, column).data(ConfusionTableModel::CountRole).toLongLong() > 0)
            cell = view->table()->index(0, column);
    }
    const qint64 expected = cell.data(ConfusionTableModel::CountRole).toLongLong();
    view->view()->scrollTo(cell);
    QCoreApplication::processEvents();
    bench::StallMeter meter;
    QTest::mouseClick(view->view()->viewport(), Qt::LeftButton, {}, view->view()->visualRect(cell).center());
    const bool shown = QTest::qWaitFor([&] { return page.filterModel()->rowCount() == expected; }, 60000);
    QCoreApplication::processEvents();
    if (!shown) {
        std::fprintf(stderr, "the cell's %lld samples were not shown (%d)\n", expected, page.filterModel()->rowCount());
        return false;
    }
    std::printf("confusion_filter_stall_ms %.2f\n", meter.max());
    std::fflush(stdout);
    return true;
}

} // namespace confusionbench
