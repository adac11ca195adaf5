#include "learn/Clustering.h"

#include <QTest>

#include <random>
#include <set>

// engine::cluster: k-means as the service's auto grouping and the app's group view use it.
class tst_Clustering : public QObject
{
    Q_OBJECT

    // `sizes[i]` points around centre i (far apart), in a shuffled order; truth[r] is each point's blob.
    static cv::Mat blobs(const std::vector<int> &sizes, std::vector<int> &truth, unsigned seed)
    {
        std::mt19937 rng(seed);
        std::normal_distribution<float> noise(0.f, 1.f);
        std::vector<int> order;
        for (size_t b = 0; b < sizes.size(); ++b)
            order.insert(order.end(), size_t(sizes[b]), int(b));
        std::shuffle(order.begin(), order.end(), rng);
        cv::Mat x(int(order.size()), 8, CV_32F);
        truth = order;
        for (int r = 0; r < x.rows; ++r) {
            for (int c = 0; c < x.cols; ++c)
                x.at<float>(r, c) = noise(rng) + (c == order[size_t(r)] % 8 ? 40.f * float(1 + order[size_t(r)] / 8) : 0.f);
        }
        return x;
    }

private slots:
    void findsSeparatedGroupsNumberedBySize()
    {
        std::vector<int> truth;
        const cv::Mat x = blobs({ 30, 80, 50, 10 }, truth, 3);
        const std::vector<int> g = engine::cluster(x, 4, 1);
        QCOMPARE(int(g.size()), x.rows);
        // Each blob is one group, and the largest blob is group 0.
        for (int b = 0; b < 4; ++b) {
            std::set<int> numbers;
            for (size_t r = 0; r < truth.size(); ++r) {
                if (truth[r] == b)
                    numbers.insert(g[r]);
            }
            QCOMPARE(int(numbers.size()), 1);
        }
        const int expectedNumber[] = { 2, 0, 1, 3 }; // by size: 80, 50, 30, 10
        for (size_t r = 0; r < truth.size(); ++r)
            QCOMPARE(g[r], expectedNumber[truth[r]]);
        QVERIFY(g == engine::cluster(x, 4, 1)); // deterministic
    }

    void fitsOnASampleAndAssignsEveryPoint()
    {
        std::vector<int> truth;
        const cv::Mat x = blobs({ 400, 300, 200 }, truth, 9);
        const std::vector<int> g = engine::cluster(x, 3, 2, nullptr, 60);
        for (size_t r = 0; r < truth.size(); ++r)
            QCOMPARE(g[r], truth[r]); // sizes 400, 300, 200 are numbered 0, 1, 2
    }

    void boundsAndCancel()
    {
        QCOMPARE(engine::defaultGroupCount(0), 1);
        QCOMPARE(engine::defaultGroupCount(3), 2);
        QCOMPARE(engine::defaultGroupCount(1000), 22);
        QCOMPARE(engine::defaultGroupCount(10000000), engine::maxGroups);
        std::vector<int> truth;
        const cv::Mat x = blobs({ 5, 5 }, truth, 1);
        QCOMPARE(int(engine::cluster(x, 50, 1).size()), 10); // more groups than points: one each at most
        QVERIFY(engine::cluster(cv::Mat(0, 8, CV_32F), 3, 1).empty());
        const std::atomic_bool cancelled{ true };
        QVERIFY(engine::cluster(x, 2, 1, &cancelled).empty());
    }
};

QTEST_APPLESS_MAIN(tst_Clustering)
#include "tst_clustering.moc"
