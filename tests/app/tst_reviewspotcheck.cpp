#include "review/ReviewJournal.h"
#include "review/ReviewSession.h"
#include "samples/SampleListModel.h"
#include "support/SeededReview.h"

#include <QUndoStack>

// The spot-check inside a review, against modelarts-local over real HTTP: the sample drawn and kept in the
// journal, decisions as answers (undo included), a restart that resumes the check where it was, answers that
// outlive the confirmation of their samples, and drawing more.
class tst_ReviewSpotCheck : public QObject
{
    Q_OBJECT
private:
    static constexpr int kSamples = 600;
    const QStringList m_labels{ QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("fox") };
    SeededReview m_seed;

    std::unique_ptr<ReviewSession> openSession()
    {
        auto session = std::make_unique<ReviewSession>(m_seed.client(), m_seed.dataset, SeededReview::taskId());
        session->setLabels(m_labels);
        [&] { QVERIFY(session->openJournal(m_seed.journalPath())); }();
        QSignalSpy finished(session.get(), &ReviewSession::loadFinished);
        session->load();
        [&] { QVERIFY(finished.wait(30000)); }();
        return session;
    }
    QString otherLabel(const SampleListModel *model, int row) const { return m_labels[(model->item(row).predicted + 1) % m_labels.size()]; }
    static spotcheck::Target target() { return spotcheck::Target{ 0.9, 0.05, 0.95, 5, 4 }; }
    // Draws over `rows` (on the writer thread) and waits; true when it is drawn and stored.
    static bool draw(ReviewSession *session, const QList<int> &rows, quint64 seed)
    {
        QSignalSpy drawn(session, &ReviewSession::spotCheckDrawn);
        if (!session->startSpotCheck(rows, target(), seed, QStringLiteral("undecided")))
            return false;
        // Decisions wait while it is drawn.
        [&] { QVERIFY(session->isSaving()); }();
        return (!drawn.isEmpty() || drawn.wait(30000)) && drawn.first().first().toBool();
    }

private slots:
    void init() { QVERIFY(m_seed.start(kSamples, m_labels)); }
    void cleanup() { m_seed.reset(); }

    void decisionsAreAnswersKeptInTheJournal()
    {
        QStringList drawn;
        spotcheck::Estimate before;
        {
            auto session = openSession();
            ReviewSpotCheck *check = session->spotCheck();
            QVERIFY(!check->isActive());
            // Two samples decided before: not in the "undecided" scope.
            QVERIFY(session->decide({ 0, 1 }, Decision::accept()));
            QVERIFY(draw(session.get(), session->undecidedRows(), 17));
            QCOMPARE(check->check()->plan.members.size(), kSamples - 2);
            drawn = check->drawnIds();
            QVERIFY(drawn.size() > 30 && drawn.size() < kSamples - 2);
            QVERIFY(!drawn.contains(session->model()->item(0).id));
            // The reviewer's decisions on the first ten: 7 right, 3 wrong.
            SampleListModel *model = session->model();
            QSignalSpy changed(check, &ReviewSpotCheck::changed);
            for (int i = 0; i < 10; ++i) {
                const int row = model->rowOf(drawn[i]);
                const Decision d = i < 7 ? Decision::accept() : i < 9 ? Decision::reject() : Decision::relabel(otherLabel(model, row));
                QVERIFY(session->decide({ row }, d, ReviewSession::Evidence::Looked));
            }
            QCOMPARE(changed.size(), 10);
            // A decision outside the sample answers nothing.
            const int outside = [&] {
                for (int r = 2; r < model->rowCount(); ++r) {
                    if (!check->isDrawn(model->item(r).id))
                        return r;
                }
                return -1;
            }();
            QVERIFY(session->decide({ outside }, Decision::reject(), ReviewSession::Evidence::Looked));
            spotcheck::Estimate e = check->estimate();
            QCOMPARE(e.checked, 10);
            QCOMPARE(e.right, 7);
            QCOMPARE(e.population, kSamples - 2);
            // Undo takes the answer back.
            session->undoStack()->undo(); // the outside one
            session->undoStack()->undo(); // the relabel
            e = check->estimate();
            QCOMPARE(e.checked, 9);
            QCOMPARE(e.right, 7);
            before = e;
        }
        // A restart: the same sample, in the same order, with its answers.
        auto again = openSession();
        ReviewSpotCheck *check = again->spotCheck();
        QVERIFY(check->isActive());
        QCOMPARE(check->drawnIds(), drawn);
        QCOMPARE(check->check()->scope, QStringLiteral("undecided"));
        QCOMPARE(check->check()->plan.target, target());
        const spotcheck::Estimate after = check->estimate();
        QCOMPARE(after.checked, before.checked);
        QCOMPARE(after.right, before.right);
        QCOMPARE(after.interval, before.interval);

        // Confirmed samples leave the journal's decisions; their answers stay.
        QSignalSpy finished(again.get(), &ReviewSession::confirmFinished);
        again->confirm();
        QVERIFY(finished.wait(30000));
        ReviewJournal reader;
        QVERIFY(reader.open(m_seed.journalPath()));
        QVERIFY(reader.load().isEmpty());
        const auto stored = reader.spotCheck();
        QVERIFY(stored.has_value());
        QCOMPARE(spotcheck::estimate(stored->plan).checked, 9);
        QCOMPARE(stored->labels, m_labels);
    }

    // Only a sample decided on its own while shown is an answer: a bulk or threshold decision over drawn
    // samples leaves them unchecked (the journal and a restart agree), and looking at one later answers it.
    void bulkAndThresholdDecisionsAreNotAnswers()
    {
        auto session = openSession();
        ReviewSpotCheck *check = session->spotCheck();
        QVERIFY(draw(session.get(), session->undecidedRows(), 5));
        SampleListModel *model = session->model();
        const QStringList drawn = check->drawnIds();
        for (int i = 0; i < 3; ++i)
            QVERIFY(session->decide({ model->rowOf(drawn[i]) }, Decision::accept(), ReviewSession::Evidence::Looked));
        QCOMPARE(check->estimate().checked, 3);
        // Ctrl+A, A: every drawn sample accepted in one step.
        QList<int> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append(r);
        QVERIFY(session->decide(rows.mid(0, kSamples / 2), Decision::accept()));
        // Evidence claimed for several at once is still none.
        QVERIFY(session->decide(rows.mid(kSamples / 2), Decision::reject(), ReviewSession::Evidence::Looked));
        QCOMPARE(check->estimate().checked, 3);
        QCOMPARE(check->decidedUnanswered(), drawn.size() - 3);
        // A threshold accept over what is left undecided answers nothing either.
        session->undoStack()->undo();
        ReviewSession::ThresholdRule rule;
        rule.threshold = 0;
        rule.includeHard = true;
        QVERIFY(session->acceptAbove(rule) > 0);
        QCOMPARE(check->estimate().checked, 3);
        // Looking at a sample accepted in bulk and accepting it again is an answer; undo takes it back.
        const int looked = model->rowOf(drawn[5]);
        QCOMPARE(model->decision(looked), Decision::accept());
        QVERIFY(session->decide({ looked }, Decision::accept(), ReviewSession::Evidence::Looked));
        QCOMPARE(check->estimate().checked, 4);
        QCOMPARE(check->decidedUnanswered(), drawn.size() - 4);
        session->undoStack()->undo();
        QCOMPARE(check->estimate().checked, 3);
        QCOMPARE(model->decision(looked), Decision::accept()); // the bulk decision stays
        session->undoStack()->redo();
        // The journal holds the same: 4 answers after a restart.
        session.reset();
        auto again = openSession();
        QCOMPARE(again->spotCheck()->estimate().checked, 4);
        QCOMPARE(again->spotCheck()->decidedUnanswered(), drawn.size() - 4);
    }

    // Relabeling a sample to the label the machine gave it is accepting it (an answer "right").
    void relabelToThePredictedLabelIsAnAccept()
    {
        auto session = openSession();
        QVERIFY(draw(session.get(), session->undecidedRows(), 9));
        SampleListModel *model = session->model();
        const int row = model->rowOf(session->spotCheck()->drawnIds().first());
        const QString predicted = model->labelName(model->item(row).predicted);
        QVERIFY(session->decide({ row }, Decision::relabel(predicted), ReviewSession::Evidence::Looked));
        QCOMPARE(model->decision(row), Decision::accept());
        QCOMPARE(session->spotCheck()->estimate().right, 1);
        QCOMPARE(session->confirmSummary().first().relabeledTo, 0);
    }

    void drawMoreGrowsTheSampleDurably()
    {
        auto session = openSession();
        ReviewSpotCheck *check = session->spotCheck();
        QVERIFY(draw(session.get(), session->undecidedRows(), 3));
        const QStringList first = check->drawnIds();
        QVERIFY(check->drawMore(QStringLiteral("dog")) > 0);
        const QStringList grown = check->drawnIds();
        QVERIFY(grown.size() > first.size());
        for (const QString &id : first)
            QVERIFY(grown.contains(id));
        ReviewJournal reader;
        QVERIFY(reader.open(m_seed.journalPath()));
        QCOMPARE(reader.spotCheck()->plan.drawnCount(), grown.size());
        QVERIFY(check->discard());
        QVERIFY(!check->isActive());
        QVERIFY(!reader.spotCheck().has_value());
    }

    void anEmptyScopeIsRefusedWithAReason()
    {
        auto session = openSession();
        QSignalSpy drawn(session.get(), &ReviewSession::spotCheckDrawn);
        QVERIFY(!session->startSpotCheck({}, target(), 1, QStringLiteral("undecided")));
        QCOMPARE(drawn.size(), 1);
        QCOMPARE(drawn.first().at(0).toBool(), false);
        QVERIFY(!drawn.first().at(1).toString().isEmpty());
        QVERIFY(!session->spotCheck()->isActive());
        QVERIFY(!session->isSaving());
    }
};

QTEST_MAIN(tst_ReviewSpotCheck)
#include "tst_reviewspotcheck.moc"
