#include "lookalike/FeatureCache.h"
#include "lookalike/LabelProposer.h"
#include "lookalike/LookAlikes.h"
#include "review/ConfusionView.h"
#include "review/ReviewSession.h"
#include "support/ReviewPageFixture.h"
#include "widgets/Prompts.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

// Issue 34 in the review page: the label picker's proposals (the classifier learnt from what the reviewer
// decided), the confusion view (machine label x decision, live; a cell filters the grid) and "Relabel
// look-alikes…" of a relabeled cell. The seeded dataset repeats 16 distinct images (sample i shows image
// i % 16) with the machine label i % 3.
class tst_Confusions : public QObject, private ReviewPageFixture
{
    Q_OBJECT

    static int sampleOf(const ReviewItem &it) { return it.name.mid(4, 6).toInt(); }
    QString truthOf(int sample) const { return m_labels[(sample % 16) % 3]; } // what each image "is"

    void computeLookAlikes() { computeLookAlikeVectors(); }
    int rowOfSample(int sample) const
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (sampleOf(model()->item(r)) == sample)
                return r;
        }
        return -1;
    }
    ConfusionView *openView()
    {
        key(Qt::Key_W);
        auto *view = m_page->confusionView();
        return view && view->isVisible() ? view : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        screenshots::applyEnvironment();
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void thePickerProposesWhatTheDecisionsTaught()
    {
        computeLookAlikes();
        // The reviewer decides the first 80 samples by what their image is.
        for (int sample = 0; sample < 80; ++sample) {
            const int row = rowOfSample(sample);
            const QString truth = truthOf(sample);
            const Decision d = model()->labelName(model()->item(row).predicted) == truth ? Decision::accept() : Decision::relabel(truth);
            QVERIFY(m_session->decide({ row }, d));
        }
        LabelProposer *proposer = m_session->labelProposer();
        QSignalSpy trained(proposer, &LabelProposer::trained);
        proposer->refresh();
        QVERIFY(proposer->isTraining() || proposer->isReady());
        if (proposer->isTraining())
            QVERIFY(trained.wait(30000));
        QVERIFY(proposer->trainedOn() >= 80);
        // Every undecided sample the machine got wrong: the right label is proposed first (its own left out).
        int wrong = 0;
        for (int sample = 80; sample < kSamples; ++sample) {
            const int row = rowOfSample(sample);
            const QString machine = model()->labelName(model()->item(row).predicted);
            if (machine == truthOf(sample))
                continue;
            ++wrong;
            const QStringList proposals = proposer->propose(row, machine);
            QCOMPARE(proposals.size(), 2); // three labels, the machine's left out
            QVERIFY(!proposals.contains(machine));
            QCOMPARE(proposals.first(), truthOf(sample));
        }
        QVERIFY(wrong > 10);
        // The picker (L) gets them, first.
        const int sample = 81; // image 1 "dog", machine label "cat"
        QCOMPARE(truthOf(sample), QStringLiteral("dog"));
        grid()->setCurrentIndex(filter()->mapFromSource(model()->index(rowOfSample(sample), 0)));
        prompts::setNextItem(QStringLiteral("dog"));
        key(Qt::Key_L);
        QCOMPARE(prompts::lastLabelProposals().value(0), QStringLiteral("dog"));
        QVERIFY(!prompts::lastLabelProposals().contains(QStringLiteral("cat")));
        QCOMPARE(model()->decision(rowOfSample(sample)), Decision::relabel(QStringLiteral("dog")));
    }

    void theConfusionViewFollowsTheDecisionsAndFiltersTheGrid()
    {
        // Before it opens: dogs (machine) 1, 4, 7 relabeled to cat, 10 and 13 accepted; foxes 2, 5, 8, 11
        // accepted, 14 rejected.
        QVERIFY(m_session->decide({ rowOfSample(1), rowOfSample(4), rowOfSample(7) }, Decision::relabel(QStringLiteral("cat"))));
        QVERIFY(m_session->decide({ rowOfSample(10), rowOfSample(13), rowOfSample(2), rowOfSample(5), rowOfSample(8), rowOfSample(11) },
                                  Decision::accept()));
        QVERIFY(m_session->decide({ rowOfSample(14) }, Decision::reject()));
        ConfusionView *view = openView();
        QVERIFY(view);
        ConfusionTableModel *t = view->table();
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->rowOf(1), 0); // the most changed first
        QCOMPARE(t->rowOf(0), -1); // no cat decided yet
        // Live: cats (machine) 0, 3, 6, 9 accepted, 12, 15, 18 relabeled to fox, 21 rejected.
        QVERIFY(m_session->decide({ rowOfSample(0), rowOfSample(3), rowOfSample(6), rowOfSample(9) }, Decision::accept()));
        QVERIFY(m_session->decide({ rowOfSample(12), rowOfSample(15), rowOfSample(18) }, Decision::relabel(QStringLiteral("fox"))));
        QVERIFY(m_session->decide({ rowOfSample(21) }, Decision::reject()));
        const int cats = t->rowOf(0);
        QCOMPARE(cats, 2); // added at the end
        const int foxColumn = t->targetColumn(2);
        QVERIFY(foxColumn >= int(ConfusionTableModel::FirstTargetColumn));
        QCOMPARE(t->index(cats, ConfusionTableModel::DecidedColumn).data(ConfusionTableModel::CountRole).toLongLong(), 8);
        QCOMPARE(t->index(cats, foxColumn).data(ConfusionTableModel::CountRole).toLongLong(), 3);
        if (english())
            QCOMPARE(t->index(cats, foxColumn).data().toString(), QStringLiteral("3 · 38 %"));
        // Opened again: the most changed first (the cats' four, then the dogs' three).
        openView();
        QCOMPARE(t->rowOf(0), 0);
        QCOMPARE(t->rowOf(1), 1);
        // A click on "cat → fox": the grid shows those three, and says so above it.
        const QRect cellRect = view->view()->visualRect(t->index(t->rowOf(0), t->targetColumn(2)));
        QTest::mouseClick(view->view()->viewport(), Qt::LeftButton, {}, cellRect.center());
        QTRY_COMPARE(filter()->rowCount(), 3);
        auto *chip = m_page->findChild<QToolButton *>(QStringLiteral("decisionFilter"));
        QVERIFY(chip && chip->isVisible());
        if (english())
            QVERIFY2(chip->text().contains(QStringLiteral("cat → fox")), qPrintable(chip->text()));
        shot(view, QStringLiteral("confusion-view"));
        // Undo: the view and the grid follow, the cells in place.
        m_session->undoStack()->undo(); // the reject
        m_session->undoStack()->undo(); // the three to fox
        QCOMPARE(t->index(t->rowOf(0), t->targetColumn(2)).data(ConfusionTableModel::CountRole).toLongLong(), 0);
        QCOMPARE(t->index(t->rowOf(0), ConfusionTableModel::DecidedColumn).data(ConfusionTableModel::CountRole).toLongLong(), 4);
        QTRY_COMPARE(filter()->rowCount(), 0);
        // The filter's button clears it, and the filters before it are back.
        chip->click();
        QVERIFY(!chip->isVisible());
        QVERIFY(filter()->rowCount() > 100);
    }

    void relabelsTheUndecidedThatLookLikeARelabeledCell()
    {
        computeLookAlikes();
        // The machine's cats among the first 48 show each of the 16 images once; the one of image 3 (sample
        // 3) is relabeled to dog, the other fifteen accepted.
        QList<int> acceptRows;
        for (int sample = 0; sample < 48; sample += 3) {
            if (sample != 3)
                acceptRows.append(rowOfSample(sample));
        }
        QVERIFY(m_session->decide(acceptRows, Decision::accept()));
        QVERIFY(m_session->decide({ rowOfSample(3) }, Decision::relabel(QStringLiteral("dog"))));
        ConfusionView *view = openView();
        QVERIFY(view);
        ConfusionTableModel *t = view->table();
        const QModelIndex cell = t->index(t->rowOf(0), t->targetColumn(1));
        QCOMPARE(cell.data(ConfusionTableModel::CountRole).toLongLong(), 1);
        QVERIFY(!view->relabelButton()->isEnabled());
        QTest::mouseClick(view->view()->viewport(), Qt::LeftButton, {}, view->view()->visualRect(cell).center());
        QVERIFY(view->relabelButton()->isEnabled());
        const int undoBefore = m_session->undoStack()->count();
        prompts::setNextChoice(0); // "Relabel 2 samples"
        view->relabelButton()->click();
        // The undecided cats of image 3 (samples 51 and 99), nothing else, in one undoable step.
        QTRY_COMPARE(model()->counts().labels[0].judgedRelabeled.value(1), qint64(3));
        QCOMPARE(model()->decision(rowOfSample(51)), Decision::relabel(QStringLiteral("dog")));
        QCOMPARE(model()->decision(rowOfSample(99)), Decision::relabel(QStringLiteral("dog")));
        QCOMPARE(m_session->undoStack()->count(), undoBefore + 1);
        QCOMPARE(filter()->rowCount(), 3); // the grid shows the cell
        auto *status = view->findChild<QLabel *>(QStringLiteral("confusionStatus"));
        QVERIFY(status->isVisible());
        m_session->undoStack()->undo();
        QCOMPARE(model()->decision(rowOfSample(51)), Decision{});
        // Declined: nothing changes.
        prompts::setNextChoice(1);
        view->relabelButton()->click();
        QTRY_VERIFY(view->relabelButton()->isEnabled());
        QCOMPARE(model()->decision(rowOfSample(99)), Decision{});
    }
};

QTEST_MAIN(tst_Confusions)
#include "tst_confusions.moc"
