#include "stats/SpotCheck.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace spotcheck;

class tst_SpotCheck : public QObject
{
    Q_OBJECT
private:
    // `count` members of `label` with scores spread over [low, high), ids "<label>-<i>".
    static QList<Member> members(int label, int count, double low = 0.3, double high = 1.0)
    {
        QList<Member> out;
        for (int i = 0; i < count; ++i)
            out.append(Member{ QStringLiteral("%1-%2").arg(label).arg(i, 5, 10, QLatin1Char('0')), label,
                               float(low + (high - low) * double((i * 7919) % count) / count) });
        return out;
    }
    static QSet<QString> drawnIds(const Plan &plan)
    {
        QSet<QString> ids;
        for (const Member &m : plan.members) {
            if (plan.isDrawn(m))
                ids.insert(m.id);
        }
        return ids;
    }
    // Answers every drawn member of `plan` with `right(member)`.
    template<typename F>
    static void answer(Plan &plan, F right)
    {
        for (Member &m : plan.members) {
            if (plan.isDrawn(m))
                m.answer = right(m) ? Answer::Right : Answer::Wrong;
        }
    }

private slots:
    // Two checked strata and one unchecked, worked by hand:
    //   A: 300 samples, 10 checked, 9 right; B: 100 samples, 10 checked, 10 right; C: 100, none checked.
    //   Over A and B: weights 0.75 and 0.25; p = 0.75 * 0.9 + 0.25 * 1.0 = 0.925.
    //   variance = 0.75^2 * 0.9 * 0.1 / 10 = 0.0050625; effective n = 0.925 * 0.075 / 0.0050625 = 13.7037
    //   (under Kish's 1 / (0.75^2/10 + 0.25^2/10) = 16). Wilson(0.925 at n = 13.7037) = [0.677519, 0.986376];
    //   20 of 400 checked: distances from p times sqrt(0.95): [0.683785, 0.984822].
    //   C is a fifth of the region and unknown: [0.683785 * 0.8, 0.984822 * 0.8 + 0.2] = [0.547028, 0.987858].
    void stratifiedEstimateWorkedByHand()
    {
        Plan plan;
        plan.strata = { Stratum{ 0, 0, 1, 300, 10 }, Stratum{ 1, 0, 1, 100, 10 }, Stratum{ 2, 0, 1, 100, 10 } };
        for (int s = 0; s < 3; ++s) {
            for (int i = 0; i < plan.strata[s].population; ++i) {
                Member m{ QStringLiteral("%1-%2").arg(s).arg(i), s, 0.5f, s, i };
                if (s < 2 && i < 10)
                    m.answer = (s == 0 && i == 0) ? Answer::Wrong : Answer::Right;
                plan.members.append(m);
            }
        }
        plan.strata.removeLast();
        plan.strata.append(Stratum{ 2, 0, 1, 100, 10 });
        const Estimate checked = [&] {
            Plan ab = plan;
            ab.members.removeIf([](const Member &m) { return m.stratum == 2; });
            return estimate(ab);
        }();
        QCOMPARE(checked.population, 400);
        QCOMPARE(checked.checked, 20);
        QCOMPARE(checked.right, 19);
        QVERIFY(qAbs(checked.precision - 0.925) < 1e-12);
        QVERIFY2(qAbs(checked.interval.low - 0.6837853211820327) < 1e-9, qPrintable(QString::number(checked.interval.low, 'g', 12)));
        QVERIFY2(qAbs(checked.interval.high - 0.9848221001017627) < 1e-9, qPrintable(QString::number(checked.interval.high, 'g', 12)));
        QVERIFY(qAbs(checked.wrong() - 30) < 1e-9); // 400 * 0.075

        const Estimate all = estimate(plan);
        QCOMPARE(all.population, 500);
        QVERIFY(qAbs(all.interval.low - 0.5470282569456262) < 1e-9);
        QVERIFY(qAbs(all.interval.high - 0.9878576800814103) < 1e-9);
        // Per label: label 1 alone is 10 of 10 right over 100 (Wilson at n = 10, narrowed by sqrt(0.9)).
        const Estimate one = estimate(plan, 1);
        QCOMPARE(one.population, 100);
        QCOMPARE(one.precision, 1.0);
        QCOMPARE(one.interval.high, 1.0);
        QVERIFY(qAbs(one.interval.low - (1 - (1 - proportion::wilson(10, 10).low) * std::sqrt(0.9))) < 1e-12);
    }

    void everythingCheckedIsExact()
    {
        Plan plan = draw(members(0, 30), 1, Target{ 0.98, 0.03, 0.95, 5, 4 }, 1);
        QVERIFY(plan.drawnCount() < 30); // without replacement: fewer than the 200 or so an unlimited one needs
        while (drawMore(plan) > 0) { }
        QCOMPARE(plan.drawnCount(), 30); // never more than there are
        answer(plan, [](const Member &m) { return m.score > 0.4f; });
        const Estimate e = estimate(plan);
        QVERIFY(e.complete());
        QCOMPARE(e.interval.low, e.precision);
        QCOMPARE(e.interval.high, e.precision);
    }

    void drawIsSeededAndIndependentOfOrder()
    {
        QList<Member> scope = members(0, 3000) + members(1, 300, 0.6, 1.0) + members(2, 40);
        const Target target;
        const Plan a = draw(scope, 3, target, 42);
        std::shuffle(scope.begin(), scope.end(), *QRandomGenerator::global());
        const Plan b = draw(scope, 3, target, 42);
        const Plan c = draw(scope, 3, target, 43);
        QCOMPARE(drawnIds(a), drawnIds(b));
        QVERIFY(drawnIds(a) != drawnIds(c));
        QCOMPARE(drawnIds(a).size(), a.drawnCount());
        for (const Member &m : a.members)
            QVERIFY(m.stratum >= 0);
        // Each label's sample is the size the target asks of its population, spread over its bands
        // (rounded up per band), with at least minPerStratum in every band.
        for (int label = 0; label < 3; ++label) {
            qint64 population = 0;
            qint64 drawn = 0;
            for (const Stratum &s : a.strata) {
                if (s.label != label)
                    continue;
                population += s.population;
                drawn += s.size;
                QVERIFY(s.size >= std::min<qint64>(target.minPerStratum, s.population));
                QVERIFY(s.size <= s.population);
            }
            const qint64 planned = proportion::sampleSize(target.precision, target.margin, target.confidence, population);
            QVERIFY2(drawn >= planned && drawn <= planned + 4 + 4 * target.minPerStratum,
                     qPrintable(QStringLiteral("label %1: %2 drawn, %3 planned").arg(label).arg(drawn).arg(planned)));
        }
        // 3,000 samples get four bands; 40 get two; members sit in their band.
        QCOMPARE(std::count_if(a.strata.cbegin(), a.strata.cend(), [](const Stratum &s) { return s.label == 0; }), 4);
        QCOMPARE(std::count_if(a.strata.cbegin(), a.strata.cend(), [](const Stratum &s) { return s.label == 2; }), 2);
        for (const Member &m : a.members) {
            const Stratum &s = a.strata[m.stratum];
            QVERIFY(double(m.score) >= s.low && (double(m.score) < s.high || s.high == 1.0));
        }
    }

    void drawMoreExtendsTheSampleAndKeepsItsOrder()
    {
        Plan plan = draw(members(0, 5000) + members(1, 5000), 2, Target{}, 9);
        const QSet<QString> before = drawnIds(plan);
        QList<QString> orderBefore;
        for (int i : drawnOrder(plan))
            orderBefore.append(plan.members[i].id);
        const qint64 added = drawMore(plan, 1);
        QVERIFY(added > 0);
        const QSet<QString> after = drawnIds(plan);
        QVERIFY(after.contains(before));
        QCOMPARE(after.size(), before.size() + added);
        for (const QString &id : after - before)
            QVERIFY(id.startsWith(QLatin1String("1-"))); // only label 1 grew
        QList<QString> orderAfter;
        for (int i : drawnOrder(plan)) {
            if (before.contains(plan.members[i].id))
                orderAfter.append(plan.members[i].id);
        }
        QCOMPARE(orderAfter, orderBefore);
    }

    // The estimates read each stratum's drawn members by rank (ranksOf), made before the sample grew and
    // the answers came: they count what a pass over every member counts, for any label and any score,
    // on a band's edge or inside a band.
    void estimatesByRankCountWhatEveryMemberSays()
    {
        Plan plan = draw(members(0, 3000) + members(1, 2000, 0.1, 0.9) + members(2, 40), 3, Target{ 0.95, 0.05, 0.95, 5, 4 }, 3);
        const Ranks ranks = ranksOf(plan);
        drawMore(plan, 1);
        int k = 0;
        answer(plan, [&](const Member &) { return ++k % 3 != 0 || k % 2 == 0; }); // some unanswered below
        for (Member &m : plan.members) {
            if (plan.isDrawn(m) && qHash(m.id) % 4 == 0)
                m.answer = Answer::Unchecked;
        }
        QList<double> scores{ 0, 0.3, 0.55, 0.77, 0.9, 0.999, 1.0 };
        for (const Stratum &s : std::as_const(plan.strata))
            scores << s.low;
        for (int label = -1; label < 3; ++label) {
            for (double minScore : std::as_const(scores)) {
                Estimate byHand;
                for (const Member &m : std::as_const(plan.members)) {
                    if ((label >= 0 && m.label != label) || double(m.score) < minScore)
                        continue;
                    ++byHand.population;
                    byHand.drawn += plan.isDrawn(m) ? 1 : 0;
                    byHand.checked += plan.isDrawn(m) && m.answer != Answer::Unchecked ? 1 : 0;
                    byHand.right += plan.isDrawn(m) && m.answer == Answer::Right ? 1 : 0;
                }
                const Estimate e = estimate(plan, ranks, label, minScore);
                const QByteArray where = QByteArray::number(label) + " at " + QByteArray::number(minScore);
                QVERIFY2(e.population == byHand.population, where);
                QVERIFY2(e.drawn == byHand.drawn, where);
                QVERIFY2(e.checked == byHand.checked, where);
                QVERIFY2(e.right == byHand.right, where);
            }
        }
        // A plan whose strata do not say what their members are (a journal written otherwise): its members
        // are ranked as they are, and counted all the same.
        Plan odd = plan;
        odd.strata[0].population += 7;
        odd.strata[1].population = -3;
        const Ranks oddRanks = ranksOf(odd);
        for (int label = -1; label < 3; ++label) {
            QCOMPARE(estimate(odd, oddRanks, label).population, estimate(plan, ranks, label).population);
            QCOMPARE(estimate(odd, oddRanks, label).checked, estimate(plan, ranks, label).checked);
            QCOMPARE(estimate(odd, oddRanks, label, 0.77).right, estimate(plan, ranks, label, 0.77).right);
        }
        QList<int> drawn = drawnMembers(plan, ranks);
        std::sort(drawn.begin(), drawn.end());
        QList<int> each;
        for (int i = 0; i < plan.members.size(); ++i) {
            if (plan.isDrawn(plan.members[i]))
                each.append(i);
        }
        QCOMPARE(drawn, each);
    }

    void thresholdsFollowTheEvidence()
    {
        // Label 0: right above 0.6, wrong below; label 1: nothing checked; label 2: wrong half the time everywhere.
        Plan plan = draw(members(0, 4000) + members(1, 4000) + members(2, 4000), 3, Target{ 0.95, 0.05, 0.95, 5, 4 }, 5);
        answer(plan, [](const Member &m) { return m.label == 0 ? m.score >= 0.6f : m.id.back().unicode() % 2 == 0; });
        for (Member &m : plan.members) {
            if (m.label == 1)
                m.answer = Answer::Unchecked;
        }
        const QList<Suggestion> s = suggestThresholds(plan, 3);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0].status, Suggestion::Status::Found);
        // The lowest band edge at or above 0.6 whose band is all right: the bands of label 0.
        double expected = 1;
        for (const Stratum &st : plan.strata) {
            if (st.label == 0 && st.low >= 0.6 - 1e-9)
                expected = std::min(expected, st.low);
        }
        QCOMPARE(s[0].threshold, expected);
        QVERIFY(s[0].estimate.interval.low >= 0.90);
        QCOMPARE(s[1].status, Suggestion::Status::TooFewChecked);
        QCOMPARE(s[2].status, Suggestion::Status::BelowTarget);
    }
};

QTEST_APPLESS_MAIN(tst_SpotCheck)
#include "tst_spotcheck.moc"
