#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <numeric>
#include <thread>

// SampleListModel and SampleFilterModel: pages appended, decisions in place, counts, and every filter
// and sort of the review grid, under QAbstractItemModelTester.
class tst_SampleListModel : public QObject
{
    Q_OBJECT
private:
    // Sample i: label l(i%3), score (i*37 % 100)/100, hard when i%4 == 0 (reason 1, and 2 when i%8 == 0).
    static QList<Sample> page(int from, int count)
    {
        QList<Sample> samples;
        for (int i = from; i < from + count; ++i) {
            Sample s;
            s.id = QStringLiteral("id%1").arg(i);
            s.name = QStringLiteral("sample_%1.jpg").arg(i, 3, 10, QLatin1Char('0'));
            SampleLabel l;
            l.name = QStringLiteral("l%1").arg(i % 3);
            l.score = (i * 37 % 100) / 100.0;
            s.labels = { l };
            s.hard.hard = i % 4 == 0;
            s.hard.coefficient = s.hard.hard ? 1.0 - *l.score : 0;
            if (s.hard.hard)
                s.hard.reasons = i % 8 == 0 ? QList<int>{ 1, 2 } : QList<int>{ 1 };
            s.preview = QStringLiteral("http://127.0.0.1/obs/p%1").arg(i);
            s.source = QStringLiteral("http://127.0.0.1/obs/s%1").arg(i);
            samples.append(s);
        }
        return samples;
    }

private slots:
    void appendsPagesAndKeepsLabelsOnce()
    {
        SampleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLabels({ QStringLiteral("l2"), QStringLiteral("l0") });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(page(0, 100));
        model.append(page(100, 50));
        model.append(page(90, 20)); // 90..99 again: only 100..109 would be new, and they are there already
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.labels(), (QStringList{ QStringLiteral("l2"), QStringLiteral("l0"), QStringLiteral("l1") }));
        const QModelIndex i7 = model.index(7);
        QCOMPARE(i7.data(SampleListModel::IdRole).toString(), QStringLiteral("id7"));
        QCOMPARE(i7.data(SampleListModel::PredictedLabelRole).toString(), QStringLiteral("l1"));
        QCOMPARE(i7.data(SampleListModel::ScoreRole).toDouble(), double(float(0.59)));
        QCOMPARE(model.index(8).data(SampleListModel::ReasonsRole).value<QList<int>>(), (QList<int>{ 1, 2 }));
        QCOMPARE(model.index(8).data(SampleListModel::HardRole).toBool(), true);
        QCOMPARE(i7.data(SampleListModel::PreviewUrlRole).toUrl(), QUrl(QStringLiteral("http://127.0.0.1/obs/p7")));
        QCOMPARE(model.rowOf(QStringLiteral("id120")), 120);
        QList<Sample> twice = page(150, 2);
        twice.append(twice.first()); // one sample twice in one page: in once, at its first place
        model.append(twice);
        QCOMPARE(model.rowCount(), 152);
        QCOMPARE(model.rowOf(QStringLiteral("id150")), 150);
        QCOMPARE(model.rowOf(QStringLiteral("id151")), 151);
    }

    // The URLs are kept as the service wrote them (not through QUrl): what the model gives back is QUrl of
    // that text, whatever it holds (spaces, other scripts, escapes, no folder), and no preview is the source.
    void urlsAreTheServicesOwn()
    {
        const QStringList texts{ QStringLiteral("https://obs.example.com/bucket/dir/%E8%8A%B1 1.jpg?x=a b&Signature=ab%2Bc"),
                                 QStringLiteral("http://127.0.0.1:8/obs/DS/id1/preview?Expires=9"),
                                 QStringLiteral("https://例子.cn/桶/玫瑰.jpg"), QStringLiteral("relative.jpg"), QString() };
        SampleListModel model;
        QList<Sample> samples;
        for (int i = 0; i < texts.size(); ++i) {
            Sample s;
            s.id = QStringLiteral("id%1").arg(i);
            s.source = texts[i];
            s.preview = i % 2 ? texts[(i + 1) % texts.size()] : QString();
            samples.append(s);
        }
        model.append(samples);
        for (int i = 0; i < texts.size(); ++i) {
            const ReviewItem &it = model.item(i);
            QCOMPARE(model.sourceUrl(it), QUrl(texts[i]));
            QCOMPARE(model.previewUrl(it), samples[i].previewUrl());
            QCOMPARE(model.previewUrl(it), QUrl(samples[i].preview.isEmpty() ? texts[i] : samples[i].preview));
        }
    }

    void decisionsChangeInPlaceAndCount()
    {
        SampleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(page(0, 12));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setDecisions({ 0, 1, 2, 5 },
                           { Decision::accept(), Decision::accept(), Decision::relabel(QStringLiteral("l0")), Decision::reject() });
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 2); // rows 0-2, then row 5
        QCOMPARE(changed[0][0].toModelIndex().row(), 0);
        QCOMPARE(changed[0][1].toModelIndex().row(), 2);
        QCOMPARE(model.decision(2), Decision::relabel(QStringLiteral("l0")));
        QCOMPARE(ReviewState(model.index(2).data(SampleListModel::StateRole).toInt()), ReviewState::Decided);

        SampleListModel::Counts c = model.counts();
        QCOMPARE(c.total, 12);
        QCOMPARE(c.toReview, 8);
        QCOMPARE(c.decided, 4);
        QCOMPARE(c.hard, 3); // 0, 4, 8
        // l0: 0 accepted; l1: 1 accepted; relabeled to l0: 1; row 5 (l2) rejected
        QCOMPARE(c.labels[0].name, QStringLiteral("l0"));
        QCOMPARE(c.labels[0].accepted, 1);
        QCOMPARE(c.labels[0].relabeledTo, 1);
        QCOMPARE(c.labels[1].accepted, 1);
        QCOMPARE(c.labels[2].rejected, 1);
        QCOMPARE(c.labels[0].predicted, 4);
        QCOMPARE(c.labels[0].toReview, 3); // 0, 3, 6, 9 predicted; 0 decided
    }

    // A step's decisions are held as one while alike; the first that differs makes them each; an alike
    // relabel over many rows gives each row the label.
    void decisionsAlikeAreHeldAsOne()
    {
        DecisionList list(3, Decision::accept());
        QVERIFY(list.isAlike());
        list.append(Decision::accept());
        QVERIFY(list.isAlike());
        QCOMPARE(list.size(), 4);
        list.append(Decision::reject());
        QVERIFY(!list.isAlike());
        QCOMPARE(list.size(), 5);
        QCOMPARE(list[3], Decision::accept());
        QCOMPARE(list[4], Decision::reject());
        const DecisionList picked = list.pick({ 0, 4 });
        QCOMPARE(picked.size(), 2);
        QCOMPARE(picked[1], Decision::reject());
        QCOMPARE(DecisionList(2, Decision::reject()).pick({ 1 })[0], Decision::reject());
        const DecisionList middle = list.mid(3, 2); // the slices a bulk step is shown in
        QCOMPARE(middle.size(), 2);
        QCOMPARE(middle[0], Decision::accept());
        QCOMPARE(middle[1], Decision::reject());
        const DecisionList alikeSlice = DecisionList(10, Decision::reject()).mid(4, 3);
        QVERIFY(alikeSlice.isAlike());
        QCOMPARE(alikeSlice.size(), 3);
        QCOMPARE(alikeSlice[2], Decision::reject());

        SampleListModel model;
        model.append(page(0, 12));
        const quint64 listing = model.listing();
        model.setDecisions({ 3, 6, 9 }, DecisionList(3, Decision::relabel(QStringLiteral("l2"))));
        for (int row : { 3, 6, 9 })
            QCOMPARE(model.decision(row), Decision::relabel(QStringLiteral("l2")));
        QCOMPARE(model.counts().labels[2].relabeledTo, 3);
        QCOMPARE(model.listing(), listing); // the same rows
        model.clear();
        QVERIFY(model.listing() != listing);
    }

    // A snapshot keeps the rows there were, for another thread to read while the model grows past a chunk
    // (its table of chunks replaced) and is cleared.
    void aSnapshotOutlivesGrowthAndClear()
    {
        SampleListModel model;
        model.append(page(0, 100));
        const SampleListModel::Snapshot rows = model.snapshot();
        QCOMPARE(rows.size(), size_t(100));
        std::atomic<bool> wrong = false;
        std::thread reader([&] {
            for (int pass = 0; pass < 200; ++pass) {
                for (size_t i = 0; i < rows.size(); ++i) {
                    if (rows[i].id != QStringLiteral("id%1").arg(i))
                        wrong = true;
                }
            }
        });
        for (int from = 100; from < 20000; from += 500)
            model.append(page(from, 500));
        model.clear();
        model.append(page(50000, 10));
        reader.join();
        QVERIFY(!wrong);
        QCOMPARE(rows.size(), size_t(100)); // not what came after
        QCOMPARE(rows[99].id, QStringLiteral("id99"));
        QCOMPARE(model.snapshot()[0].id, QStringLiteral("id50000"));
    }

    // What a listing held goes when it is cleared (it is freed on a thread of its own: here, that it is
    // freed at all), the store emptied at once; a snapshot taken before keeps its part.
    void aClearedListingIsFreedElsewhere()
    {
        SampleListModel model;
        model.append(page(0, 5000));
        const QString first = model.item(0).id; // shares the item's string (and the index's key)
        const QString last = model.item(4999).id;
        QVERIFY(!first.isDetached());
        SampleListModel::Snapshot kept = model.snapshot();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(first), -1);
        QCOMPARE(kept[4999].id, last);
        kept = {};
        QTRY_VERIFY(first.isDetached() && last.isDetached());
    }

    void confirmedSamplesAreLeftAlone()
    {
        SampleListModel model;
        model.append(page(0, 4));
        model.setDecisions({ 0, 1 }, { Decision::accept(), Decision::reject() });
        model.setState({ 0 }, ReviewState::Confirmed);
        model.setState({ 1 }, ReviewState::Failed, QStringLiteral("ModelArts.4410: Label not found"));
        model.setDecisions({ 0 }, { Decision{} }); // no effect: it is on the service already
        QCOMPARE(ReviewState(model.index(0).data(SampleListModel::StateRole).toInt()), ReviewState::Confirmed);
        QCOMPARE(model.index(1).data(SampleListModel::FailureRole).toString(), QStringLiteral("ModelArts.4410: Label not found"));
        QCOMPARE(model.decision(1), Decision::reject()); // a refused decision is kept for a retry
        const auto c = model.counts();
        QCOMPARE(c.confirmed, 1);
        QCOMPARE(c.failed, 1);
        QCOMPARE(c.decided, 1);
        // Not done while anything is refused, decided and unsent, or undecided.
        QVERIFY(!c.allConfirmed());
        model.setState({ 1 }, ReviewState::Decided);
        model.setState({ 2, 3 }, ReviewState::Confirmed);
        QVERIFY(!model.counts().allConfirmed()); // 1 decided, not sent
        model.setState({ 1 }, ReviewState::Confirmed);
        QVERIFY(model.counts().allConfirmed());
    }

    void filtersAndSorts()
    {
        SampleListModel model;
        SampleFilterModel filter(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(page(0, 100));
        QCOMPARE(filter.rowCount(), 100);
        // Score ascending by default, ties in the service's order.
        for (int r = 1; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r - 1, 0).data(SampleListModel::ScoreRole).toDouble()
                    <= filter.index(r, 0).data(SampleListModel::ScoreRole).toDouble());

        SampleFilterModel::Filter f;
        f.hard = SampleFilterModel::HardFilter::HardOnly;
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), 25);
        f.hard = SampleFilterModel::HardFilter::NotHard;
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), 75);
        f.hard = SampleFilterModel::HardFilter::All;
        f.label = model.labels().indexOf(QStringLiteral("l1"));
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), 33); // 1, 4, ..., 97
        f.label = -1;
        f.lowScore = 0.5;
        f.highScore = 0.59;
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), 10); // (i*37 % 100) in 50..59: one i per value
        f.lowScore = 0;
        f.highScore = 1;
        f.reason = 2;
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), 13); // i % 8 == 0 below 100
        f.reason = -1;
        f.text = QStringLiteral("sample_04");
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), 10);
        f.text.clear();

        // Decided samples leave "to review" as soon as they are decided.
        f.state = SampleFilterModel::StateFilter::ToReview;
        filter.setFilter(f);
        model.setDecisions({ 3, 4 }, { Decision::accept(), Decision::reject() });
        QCOMPARE(filter.rowCount(), 98);
        f.state = SampleFilterModel::StateFilter::Decided;
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), 2);
        f.state = SampleFilterModel::StateFilter::Pending;
        filter.setFilter(f);

        filter.setSort(SampleFilterModel::SortKey::HardCoefficient, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(SampleListModel::IdRole).toString(), QStringLiteral("id0")); // score 0: coefficient 1
        for (int r = 1; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r - 1, 0).data(SampleListModel::HardCoefficientRole).toDouble()
                    >= filter.index(r, 0).data(SampleListModel::HardCoefficientRole).toDouble());
        filter.setSort(SampleFilterModel::SortKey::Name, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data(SampleListModel::NameRole).toString(), QStringLiteral("sample_000.jpg"));
        QCOMPARE(filter.index(99, 0).data(SampleListModel::NameRole).toString(), QStringLiteral("sample_099.jpg"));
    }

    void onlyTheGivenSamplesInTheGivenOrder()
    {
        SampleListModel model;
        SampleFilterModel filter(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(page(0, 100));
        const QStringList only{ QStringLiteral("id42"), QStringLiteral("id7"), QStringLiteral("id99"), QStringLiteral("id8") };
        filter.setOnlySamples(only);
        QVERIFY(filter.hasOnlySamples());
        QCOMPARE(filter.rowCount(), 4);
        for (int r = 0; r < 4; ++r)
            QCOMPARE(filter.index(r, 0).data(SampleListModel::IdRole).toString(), only[r]);
        // Another sort key does not reorder them; the filters still apply on top (id7 is l1, id8 is l2).
        filter.setSort(SampleFilterModel::SortKey::Name, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(SampleListModel::IdRole).toString(), only[0]);
        SampleFilterModel::Filter f;
        f.label = model.labels().indexOf(QStringLiteral("l1"));
        filter.setFilter(f);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(SampleListModel::IdRole).toString(), QStringLiteral("id7"));
        // Off again: every sample of the filter, in the sort's order.
        filter.setOnlySamples({});
        QCOMPARE(filter.rowCount(), 33);
        QVERIFY(filter.index(0, 0).data(SampleListModel::NameRole).toString()
                > filter.index(1, 0).data(SampleListModel::NameRole).toString());
    }

    void rowsInScoreOrderNeedNoSortingUntilOneIsNot()
    {
        SampleListModel model;
        SampleFilterModel filter(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto ordered = [](int from, int count, double base) {
            QList<Sample> samples;
            for (int i = 0; i < count; ++i) {
                Sample s;
                s.id = QStringLiteral("o%1").arg(from + i);
                SampleLabel l;
                l.name = QStringLiteral("l");
                l.score = base + i * 0.001;
                s.labels = { l };
                samples.append(s);
            }
            return samples;
        };
        model.append(ordered(0, 50, 0.2));
        model.append(ordered(50, 50, 0.3));
        QVERIFY(model.isScoreOrdered());
        QVERIFY(filter.isInSourceOrder()); // the rows' own order is the order
        QCOMPARE(filter.index(0, 0).data(SampleListModel::IdRole).toString(), QStringLiteral("o0"));
        QSignalSpy lost(&model, &SampleListModel::scoreOrderLost);
        model.append(ordered(100, 1, 0.1)); // lower than what came before
        QCOMPARE(lost.size(), 1);
        QVERIFY(!model.isScoreOrdered());
        QVERIFY(!filter.isInSourceOrder());
        QCOMPARE(filter.index(0, 0).data(SampleListModel::IdRole).toString(), QStringLiteral("o100"));
        // Another order and back.
        filter.setSort(SampleFilterModel::SortKey::Score, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(SampleListModel::IdRole).toString(), QStringLiteral("o99"));
        filter.setSort(SampleFilterModel::SortKey::Score, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data(SampleListModel::IdRole).toString(), QStringLiteral("o100"));
        model.clear();
        QVERIFY(model.isScoreOrdered());
    }

    void selectionSurvivesFiltering()
    {
        SampleListModel model;
        SampleFilterModel filter(&model);
        model.append(page(0, 40));
        const QPersistentModelIndex kept = filter.mapFromSource(model.index(8)); // hard
        SampleFilterModel::Filter f;
        f.hard = SampleFilterModel::HardFilter::HardOnly;
        filter.setFilter(f);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(SampleListModel::IdRole).toString(), QStringLiteral("id8"));
    }

    void appendKeepsTheSortedOrder()
    {
        SampleListModel model;
        SampleFilterModel filter(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int p = 0; p < 5; ++p)
            model.append(page(p * 20, 20));
        QCOMPARE(filter.rowCount(), 100);
        for (int r = 1; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r - 1, 0).data(SampleListModel::ScoreRole).toDouble()
                    <= filter.index(r, 0).data(SampleListModel::ScoreRole).toDouble());
    }
    // Many samples sort on the worker thread: the old order stays until the new one is swapped in, rows
    // appended meanwhile land in their places, and the selection follows its samples.
    void aLargeSortRunsOnAWorkerAndIsSwappedIn()
    {
        SampleListModel model;
        SampleFilterModel filter(&model);
        filter.setBackgroundSortFrom(100);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(page(0, 600));
        QTRY_VERIFY(!filter.isSorting()); // the pages came out of score order: sorted once
        const QPersistentModelIndex kept = filter.mapFromSource(model.index(42));
        QSignalSpy sorted(&filter, &SampleFilterModel::sorted);
        filter.setSort(SampleFilterModel::SortKey::Name, Qt::DescendingOrder);
        QVERIFY(filter.isSorting());
        const QString firstBefore = filter.index(0, 0).data(SampleListModel::IdRole).toString();
        model.append(page(600, 150)); // while it sorts
        QVERIFY(sorted.wait());
        QVERIFY(!filter.isSorting());
        QCOMPARE(filter.rowCount(), 750);
        QVERIFY(filter.index(0, 0).data(SampleListModel::IdRole).toString() != firstBefore);
        for (int r = 1; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r - 1, 0).data(SampleListModel::NameRole).toString()
                    >= filter.index(r, 0).data(SampleListModel::NameRole).toString());
        QCOMPARE(kept.data(SampleListModel::IdRole).toString(), QStringLiteral("id42"));
        QCOMPARE(filter.mapToSource(kept).row(), 42);
        for (int r = 0; r < filter.rowCount(); r += 37) // mapping both ways agrees
            QCOMPARE(filter.mapFromSource(filter.mapToSource(filter.index(r, 0))).row(), r);
        // Asked for another order and back before it is done: the stale sort is dropped.
        filter.setSort(SampleFilterModel::SortKey::HardCoefficient, Qt::AscendingOrder);
        filter.setSort(SampleFilterModel::SortKey::Name, Qt::DescendingOrder);
        QTRY_VERIFY(!filter.isSorting());
        QCOMPARE(filter.index(0, 0).data(SampleListModel::NameRole).toString(), QStringLiteral("sample_749.jpg"));
    }

    // Rows that stop or start matching as they are decided leave or join in place, the rest stay put.
    void decisionsMoveRowsInAndOutOfAFilter()
    {
        SampleListModel model;
        SampleFilterModel filter(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(page(0, 50));
        filter.setSort(SampleFilterModel::SortKey::Name, Qt::AscendingOrder);
        SampleFilterModel::Filter f;
        f.state = SampleFilterModel::StateFilter::ToReview;
        filter.setFilter(f);
        QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
        model.setDecisions({ 10, 11, 30 }, { Decision::accept(), Decision::accept(), Decision::reject() });
        QCOMPARE(filter.rowCount(), 47);
        QCOMPARE(removed.size(), 2); // 10-11 adjacent by name, 30 alone
        QVERIFY(!filter.mapFromSource(model.index(11)).isValid());
        model.setDecisions({ 11 }, { Decision{} }); // undone: back where its name puts it
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(filter.mapFromSource(model.index(11)).row(), 10);
        QCOMPARE(filter.index(10, 0).data(SampleListModel::NameRole).toString(), QStringLiteral("sample_011.jpg"));
    }

    // The counts are kept as rows change; they equal a count over every row.
    void countsAreKeptAsRowsChange()
    {
        SampleListModel model;
        model.append(page(0, 200));
        model.setDecisions({ 1, 2, 3, 4 },
                           { Decision::accept(), Decision::reject(), Decision::relabel(QStringLiteral("new")),
                             Decision::relabel(QStringLiteral("l0")) });
        model.setState({ 1, 2 }, ReviewState::Confirmed);
        model.setState({ 3 }, ReviewState::Failed, QStringLiteral("refused"));
        model.setDecisions({ 4 }, { Decision{} });
        QList<int> all(model.rowCount());
        std::iota(all.begin(), all.end(), 0);
        const auto kept = model.counts();
        const auto counted = model.counts(all);
        QCOMPARE(kept.total, 200);
        QCOMPARE(kept.toReview, counted.toReview);
        QCOMPARE(kept.decided, counted.decided);
        QCOMPARE(kept.failed, counted.failed);
        QCOMPARE(kept.confirmed, counted.confirmed);
        QCOMPARE(kept.hard, counted.hard);
        QCOMPARE(kept.labels.size(), counted.labels.size());
        for (qsizetype i = 0; i < kept.labels.size(); ++i) {
            QCOMPARE(kept.labels[i].name, counted.labels[i].name);
            QCOMPARE(kept.labels[i].predicted, counted.labels[i].predicted);
            QCOMPARE(kept.labels[i].toReview, counted.labels[i].toReview);
            QCOMPARE(kept.labels[i].accepted, counted.labels[i].accepted);
            QCOMPARE(kept.labels[i].relabeledTo, counted.labels[i].relabeledTo);
            QCOMPARE(kept.labels[i].rejected, counted.labels[i].rejected);
            QCOMPARE(kept.labels[i].confirmed, counted.labels[i].confirmed);
        }
        QCOMPARE(model.presentReasons(), (1u << 1) | (1u << 2));
        model.clear();
        QCOMPARE(model.counts().total, 0);
        QCOMPARE(model.presentReasons(), 0u);
    }
};

QTEST_MAIN(tst_SampleListModel)
#include "tst_samplelistmodel.moc"
