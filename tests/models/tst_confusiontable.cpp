#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "tables/ConfusionTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// The confusion view's counts (machine label x decision, kept by SampleListModel as decisions change), its
// table model, and the grid's filter on one of its cells.
class tst_ConfusionTable : public QObject
{
    Q_OBJECT
private:
    // Sample i: machine label l(i % 3).
    static QList<Sample> samples(int count)
    {
        QList<Sample> out;
        for (int i = 0; i < count; ++i) {
            Sample s;
            s.id = QStringLiteral("id%1").arg(i);
            s.name = QStringLiteral("s%1.jpg").arg(i);
            SampleLabel l;
            l.name = QStringLiteral("l%1").arg(i % 3);
            l.score = 0.5;
            s.labels = { l };
            s.preview = QStringLiteral("http://127.0.0.1/obs/p%1").arg(i);
            out.append(s);
        }
        return out;
    }
    static QList<int> rowsOf(int label, int count, int from = 0)
    {
        QList<int> rows;
        for (int i = from; rows.size() < count; ++i) {
            if (i % 3 == label)
                rows.append(i);
        }
        return rows;
    }
    static void decide(SampleListModel &m, const QList<int> &rows, const Decision &d)
    {
        m.setDecisions(rows, QList<Decision>(rows.size(), d));
    }
    static QString cell(const ConfusionTableModel &t, int row, int column) { return t.index(row, column).data().toString(); }
    static qint64 count(const ConfusionTableModel &t, int row, int column)
    {
        return t.index(row, column).data(ConfusionTableModel::CountRole).toLongLong();
    }

private slots:
    void countsFollowEveryDecision()
    {
        SampleListModel m;
        m.setLabels({ QStringLiteral("l0"), QStringLiteral("l1"), QStringLiteral("l2") });
        m.append(samples(60));
        decide(m, rowsOf(0, 6), Decision::accept());
        decide(m, rowsOf(0, 3, 30), Decision::relabel(QStringLiteral("l2")));
        decide(m, rowsOf(0, 1, 45), Decision::reject());
        const auto &l0 = m.counts().labels[0];
        QCOMPARE(l0.judgedAccepted, qint64(6));
        QCOMPARE(l0.judgedRejected, qint64(1));
        QCOMPARE(l0.judgedRelabeled.value(2), qint64(3));
        QCOMPARE(l0.judged(), qint64(10));
        // Changed again: from one cell to another; undecided: out of every cell.
        decide(m, rowsOf(0, 2), Decision::relabel(QStringLiteral("l1")));
        decide(m, rowsOf(0, 1, 30), Decision{});
        QCOMPARE(m.counts().labels[0].judgedAccepted, qint64(4));
        QCOMPARE(m.counts().labels[0].judgedRelabeled.value(1), qint64(2));
        QCOMPARE(m.counts().labels[0].judgedRelabeled.value(2), qint64(2));
        QCOMPARE(m.counts().labels[0].judged(), qint64(9));
        // Sent: still decisions of this review. Deleted: gone from every count.
        m.setState(rowsOf(0, 2), ReviewState::Confirmed);
        QCOMPARE(m.counts().labels[0].judgedRelabeled.value(1), qint64(2));
        m.setState(rowsOf(0, 1, 45), ReviewState::Deleted);
        QCOMPARE(m.counts().labels[0].judgedRejected, qint64(0));
        // Back to none: no zero entries left behind.
        decide(m, rowsOf(0, 3, 30), Decision{});
        QVERIFY(!m.counts().labels[0].judgedRelabeled.contains(2));
    }

    void theTableShowsTheMostChangedFirst()
    {
        SampleListModel m;
        m.setLabels({ QStringLiteral("l0"), QStringLiteral("l1"), QStringLiteral("l2") });
        m.append(samples(90));
        ConfusionTableModel t(&m);
        QAbstractItemModelTester tester(&t, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(t.rowCount(), 0);
        decide(m, rowsOf(0, 10), Decision::accept());
        decide(m, rowsOf(1, 4), Decision::accept());
        decide(m, rowsOf(1, 6, 30), Decision::relabel(QStringLiteral("l2")));
        decide(m, rowsOf(1, 2, 60), Decision::reject());
        QCOMPARE(t.rowCount(), 2);
        // Live, a label met later comes at the end; resort() puts the most changed first.
        QCOMPARE(cell(t, 0, ConfusionTableModel::LabelColumn), QStringLiteral("l0"));
        t.resort();
        QCOMPARE(t.columnCount(), int(ConfusionTableModel::FirstTargetColumn) + 1);
        QCOMPARE(cell(t, 0, ConfusionTableModel::LabelColumn), QStringLiteral("l1")); // 8 changed of 12
        QCOMPARE(cell(t, 1, ConfusionTableModel::LabelColumn), QStringLiteral("l0"));
        QCOMPARE(count(t, 0, ConfusionTableModel::DecidedColumn), qint64(12));
        QCOMPARE(count(t, 0, ConfusionTableModel::AcceptedColumn), qint64(4));
        QCOMPARE(count(t, 0, ConfusionTableModel::RejectedColumn), qint64(2));
        QCOMPARE(t.headerData(ConfusionTableModel::FirstTargetColumn, Qt::Horizontal).toString(), QStringLiteral("→ l2"));
        QCOMPARE(count(t, 0, ConfusionTableModel::FirstTargetColumn), qint64(6));
        QCOMPARE(t.index(0, ConfusionTableModel::FirstTargetColumn).data(ConfusionTableModel::ShareRole).toDouble(), 0.5);
        QVERIFY(cell(t, 0, ConfusionTableModel::FirstTargetColumn).contains(QStringLiteral("50")));
        const ConfusionTableModel::Cell c = t.cellAt(t.index(0, ConfusionTableModel::FirstTargetColumn));
        QCOMPARE(c.machine, 1);
        QCOMPARE(c.kind, DecisionKind::Relabel);
        QCOMPARE(c.target, 2);
        QCOMPARE(c.count, qint64(6));
        // Live: one more decision shows at once, without a reset when the shape stays.
        QSignalSpy reset(&t, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&t, &QAbstractItemModel::dataChanged);
        decide(m, rowsOf(1, 1, 75), Decision::relabel(QStringLiteral("l2")));
        QCOMPARE(count(t, 0, ConfusionTableModel::FirstTargetColumn), qint64(7));
        QCOMPARE(count(t, 0, ConfusionTableModel::DecidedColumn), qint64(13));
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        // A new target: a column inserted at the end, no reset; undone, it stays with zeros.
        QSignalSpy inserted(&t, &QAbstractItemModel::columnsInserted);
        decide(m, rowsOf(0, 1, 60), Decision::relabel(QStringLiteral("l1")));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(t.targetColumn(1), int(ConfusionTableModel::FirstTargetColumn) + 1);
        QCOMPARE(count(t, t.rowOf(0), t.targetColumn(1)), qint64(1));
        decide(m, rowsOf(0, 1, 60), Decision{});
        QCOMPARE(count(t, t.rowOf(0), t.targetColumn(1)), qint64(0));
        QCOMPARE(reset.size(), 0);
        t.resort();
        QCOMPARE(t.targetColumn(1), -1);
        // The spot-check's interval, where one is drawn.
        spotcheck::Estimate e;
        e.checked = 20;
        e.interval = { 0.71, 0.95 };
        t.setEstimates({ { 1, e } });
        QCOMPARE(t.columnCount(), int(ConfusionTableModel::FirstTargetColumn) + 2);
        QCOMPARE(t.headerData(t.columnCount() - 1, Qt::Horizontal).toString(), QStringLiteral("Spot-check (95 %)"));
        QVERIFY(cell(t, 0, t.columnCount() - 1).contains(QStringLiteral("71")));
        QVERIFY(cell(t, 1, t.columnCount() - 1).isEmpty());
    }

    void aCellFiltersTheGrid()
    {
        SampleListModel m;
        m.setLabels({ QStringLiteral("l0"), QStringLiteral("l1"), QStringLiteral("l2") });
        m.append(samples(90));
        SampleFilterModel f(&m);
        decide(m, rowsOf(1, 5), Decision::relabel(QStringLiteral("l2")));
        decide(m, rowsOf(1, 3, 45), Decision::relabel(QStringLiteral("l0")));
        decide(m, rowsOf(2, 4), Decision::relabel(QStringLiteral("l0")));
        m.setState(rowsOf(1, 2), ReviewState::Confirmed);
        SampleFilterModel::Filter cellFilter;
        cellFilter.state = SampleFilterModel::StateFilter::All;
        cellFilter.label = 1;
        cellFilter.decision = int(DecisionKind::Relabel);
        cellFilter.decidedLabel = 2;
        f.setFilter(cellFilter);
        QCOMPARE(f.rowCount(), 5); // the confirmed ones too
        QCOMPARE(f.acceptedSourceRows(), rowsOf(1, 5));
        // Live: one undecided leaves the shown cell.
        decide(m, rowsOf(1, 1, 6), Decision{});
        QCOMPARE(f.rowCount(), 4);
        cellFilter.decidedLabel = -1; // relabeled to anything
        f.setFilter(cellFilter);
        QCOMPARE(f.rowCount(), 7);
        cellFilter.decision = int(DecisionKind::Accept);
        f.setFilter(cellFilter);
        QCOMPARE(f.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ConfusionTable)
#include "tst_confusiontable.moc"
