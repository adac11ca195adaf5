#include "features/MatrixOps.h"
#include "learn/SoftmaxClassifier.h"

#include <QTest>

#include <random>

// engine::matrix's products and distances, which the task's classifier, hard-example mining and the
// look-alikes run on: the same numbers as OpenCV's gemm (to float rounding), whatever the shapes and
// however the rows lie in memory.
class tst_MatrixOps : public QObject
{
    Q_OBJECT

    static cv::Mat random(int rows, int cols, unsigned seed)
    {
        std::mt19937 rng(seed);
        std::normal_distribution<float> value(0.f, 1.f);
        cv::Mat m(rows, cols, CV_32F);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c)
                m.at<float>(r, c) = value(rng);
        }
        return m;
    }

    static double largestDifference(const cv::Mat &a, const cv::Mat &b) { return cv::norm(a, b, cv::NORM_INF); }

private slots:
    void productsMatchGemm_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("d");
        QTest::newRow("one by one") << 1 << 1 << 1;
        QTest::newRow("shorter than a lane") << 3 << 2 << 3;
        QTest::newRow("not a multiple of eight") << 7 << 5 << 13;
        QTest::newRow("descriptor-wide") << 20 << 6 << 917;
        QTest::newRow("compact space") << 50 << 40 << 32;
    }

    void productsMatchGemm()
    {
        QFETCH(int, n);
        QFETCH(int, m);
        QFETCH(int, d);
        const cv::Mat a = random(n, d, 1), b = random(m, d, 2);
        cv::Mat expected;
        cv::gemm(a, b, 1.0, cv::Mat(), 0.0, expected, cv::GEMM_2_T);
        const cv::Mat product = engine::matrix::timesTransposed(a, b);
        QCOMPARE(product.size(), expected.size());
        QVERIFY2(largestDifference(product, expected) <= 1e-4 * d, qPrintable(QString::number(largestDifference(product, expected))));

        cv::Mat distances(n, m, CV_32F);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < m; ++j)
                distances.at<float>(i, j) = float(cv::norm(a.row(i), b.row(j), cv::NORM_L2SQR));
        }
        const cv::Mat found = engine::matrix::squaredDistances(a, b);
        QVERIFY2(largestDifference(found, distances) <= 1e-4 * d, qPrintable(QString::number(largestDifference(found, distances))));
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < m; ++j)
                QVERIFY(found.at<float>(i, j) >= 0.f);
        }
    }

    void rowsOfAWiderMatrixAreRead()
    {
        // Views whose rows are not next to each other (a column range) and that start mid-row.
        const cv::Mat wide = random(9, 40, 3);
        const cv::Mat a = wide.colRange(3, 22), b = wide.rowRange(2, 7).colRange(1, 20);
        QVERIFY(!a.isContinuous());
        cv::Mat expected;
        cv::gemm(a, b, 1.0, cv::Mat(), 0.0, expected, cv::GEMM_2_T);
        QVERIFY(largestDifference(engine::matrix::timesTransposed(a, b), expected) <= 1e-3);
    }

    void dotAndAddScaledCoverEveryElement()
    {
        for (int n : { 0, 1, 4, 7, 8, 9, 31 }) {
            std::vector<float> x(static_cast<size_t>(n)), y(static_cast<size_t>(n));
            double expected = 0;
            for (int i = 0; i < n; ++i) {
                x[size_t(i)] = float(i + 1);
                y[size_t(i)] = float(2 * i - 5);
                expected += double(x[size_t(i)]) * y[size_t(i)];
            }
            QCOMPARE(double(engine::matrix::dot(x.data(), y.data(), n)), expected);
            engine::matrix::addScaled(y.data(), x.data(), 0.5f, n);
            for (int i = 0; i < n; ++i)
                QCOMPARE(y[size_t(i)], float(2 * i - 5) + 0.5f * float(i + 1));
        }
    }

    void theClassifierSeparatesWhatIsSeparable()
    {
        // Two classes apart along the first axis: the trained classifier is sure of each, and its
        // probabilities are a distribution.
        cv::Mat x = random(40, 10, 4);
        std::vector<int> labels;
        for (int r = 0; r < x.rows; ++r) {
            labels.push_back(r % 2);
            x.at<float>(r, 0) += r % 2 ? 4.f : -4.f;
        }
        engine::SoftmaxClassifier classifier;
        classifier.train(x, labels, {}, 2, engine::SoftmaxClassifier::Options{});
        const cv::Mat p = classifier.probabilities(x);
        QCOMPARE(p.size(), cv::Size(2, 40));
        for (int r = 0; r < x.rows; ++r) {
            QVERIFY(std::abs(p.at<float>(r, 0) + p.at<float>(r, 1) - 1.f) < 1e-5f);
            QVERIFY2(p.at<float>(r, labels[size_t(r)]) > 0.9f, qPrintable(QString::number(p.at<float>(r, labels[size_t(r)]))));
        }
    }
};

QTEST_GUILESS_MAIN(tst_MatrixOps)
#include "tst_matrixops.moc"
