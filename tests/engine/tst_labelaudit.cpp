#include "learn/LabelAudit.h"
#include "learn/NearDuplicates.h"
#include "learn/Neighbours.h"

#include <QTest>

#include <random>
#include <set>

// engine::auditLabels: which given labels are likely wrong. Blobs of compact vectors, one per class, with a
// few labels changed to another class, a near duplicate given another label, and a cancel.
class tst_LabelAudit : public QObject
{
    Q_OBJECT

    static constexpr int dims = 16;

    // `perClass` vectors around each class's centre (class c: +90 on dimension c), labels their class.
    static std::vector<std::int8_t> blobs(int classes, int perClass, std::vector<int> &labels, unsigned seed)
    {
        std::mt19937 rng(seed);
        std::normal_distribution<float> noise(0.f, 12.f);
        std::vector<std::int8_t> v;
        for (int i = 0; i < classes * perClass; ++i) {
            const int c = i % classes;
            labels.push_back(c);
            for (int d = 0; d < dims; ++d)
                v.push_back(std::int8_t(std::clamp(noise(rng) + (d == c ? 90.f : 0.f), -127.f, 127.f)));
        }
        return v;
    }

private slots:
    void findsTheChangedLabelsFirst()
    {
        std::vector<int> labels;
        const std::vector<std::int8_t> v = blobs(4, 50, labels, 7);
        const std::set<int> changed{ 3, 41, 77, 120, 199 };
        for (int i : changed)
            labels[size_t(i)] = (labels[size_t(i)] + 1) % 4;
        const auto findings = engine::auditLabels(v.data(), int(labels.size()), dims, labels, 4, {});
        QCOMPARE(int(findings.size()), 200);
        // Every changed one flagged and ranked first; the model and the look-alikes both point back.
        int confident = 0;
        for (size_t i = 0; i < changed.size(); ++i) {
            const engine::AuditFinding &f = findings[i];
            QVERIFY2(changed.count(f.index), qPrintable(QString::number(f.index)));
            QVERIFY(f.flagged);
            confident += f.confident; // above its class's threshold too (not needed to be flagged)
            QCOMPARE(f.likely, (labels[size_t(f.index)] + 3) % 4); // the true class
            QVERIFY(f.likelyProbability > f.givenProbability);
            QCOMPARE(f.neighbourLabel, f.likely);
            QVERIFY(f.neighbourCount >= 6);
            QCOMPARE(f.duplicateOf, -1);
        }
        QVERIFY(confident >= 2);
        int flagged = 0;
        for (const engine::AuditFinding &f : findings)
            flagged += f.flagged;
        QVERIFY2(flagged <= 10, qPrintable(QString::number(flagged))); // clean blobs: little else
        for (size_t i = 1; i < findings.size(); ++i)
            QVERIFY(findings[i - 1].flagged >= findings[i].flagged);
    }

    void aDuplicateWithAnotherLabel()
    {
        std::vector<int> labels;
        std::vector<std::int8_t> v = blobs(3, 30, labels, 3);
        // Sample 10 again (one byte off), labeled with another class.
        v.insert(v.end(), v.begin() + 10 * dims, v.begin() + 11 * dims);
        v.back() = std::int8_t(v.back() + 1);
        labels.push_back((labels[10] + 1) % 3);
        const auto findings = engine::auditLabels(v.data(), int(labels.size()), dims, labels, 3, {});
        bool seen = false;
        for (const engine::AuditFinding &f : findings) {
            if (f.index == 90) {
                seen = true;
                QCOMPARE(f.duplicateOf, 10);
                QVERIFY(f.flagged);
                QCOMPARE(f.score, 1.0);
            }
        }
        QVERIFY(seen);
    }

    // The near-duplicate groups are exactly those of comparing every pair (joined transitively): blobs with
    // copies a step or two away, and chains of them.
    void nearDuplicateGroupsAreThoseOfEveryPair()
    {
        std::vector<int> labels;
        std::vector<std::int8_t> v = blobs(3, 100, labels, 11);
        std::mt19937 rng(5);
        const int originals = int(labels.size());
        for (int k = 0; k < 60; ++k) { // copies of copies too: chains
            const int of = int(rng() % unsigned(originals + k));
            std::vector<std::int8_t> copy(v.begin() + of * dims, v.begin() + (of + 1) * dims);
            copy[size_t(rng() % dims)] += std::int8_t(rng() % 2 == 0 ? 2 : -2);
            v.insert(v.end(), copy.begin(), copy.end());
        }
        const int n = int(v.size()) / dims;
        const std::vector<int> group = engine::nearDuplicateGroups(v.data(), n, dims, 16);
        QCOMPARE(int(group.size()), n);
        for (int i = 0; i < n; ++i) {
            bool near = false;
            for (int j = 0; j < n; ++j) {
                if (j == i)
                    continue;
                const bool close = engine::squaredDistance(&v[size_t(i) * dims], &v[size_t(j) * dims], dims) <= 16;
                near = near || close;
                if (close)
                    QCOMPARE(group[size_t(i)], group[size_t(j)]); // a pair near enough is in one group
            }
            QCOMPARE(group[size_t(i)] >= 0, near);
        }
        QVERIFY(*std::max_element(group.begin(), group.end()) >= 10);
    }

    void cancelledOrTooLittleGivesNothing()
    {
        std::vector<int> labels;
        const std::vector<std::int8_t> v = blobs(3, 20, labels, 5);
        int calls = 0;
        QVERIFY(engine::auditLabels(v.data(), int(labels.size()), dims, labels, 3, {}, [&calls](double) { return ++calls < 2; }).empty());
        const std::vector<int> one(60, 0);
        QVERIFY(engine::auditLabels(v.data(), 60, dims, one, 1, {}).empty()); // one class: nothing to tell apart
        QVERIFY(engine::auditLabels(v.data(), 1, dims, { 0 }, 3, {}).empty());
    }
};

QTEST_APPLESS_MAIN(tst_LabelAudit)
#include "tst_labelaudit.moc"
