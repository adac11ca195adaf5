#include "features/CompactSpace.h"
#include "features/Features.h"
#include "learn/Neighbours.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <random>

// The engine's compact space and nearest-neighbour search: what the app's look-alikes stand on.
class tst_CompactSpace : public QObject
{
    Q_OBJECT

    // A synthetic photo: a background hue, a disc of another, some noise (seeded).
    static cv::Mat image(int hue, int discHue, unsigned seed)
    {
        cv::Mat hsv(96, 128, CV_8UC3, cv::Scalar(hue, 160, 200));
        cv::circle(hsv, cv::Point(64, 48), 30, cv::Scalar(discHue, 220, 150), cv::FILLED);
        cv::Mat noise(hsv.size(), CV_8UC3);
        cv::theRNG().state = seed;
        cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(12));
        hsv += noise;
        cv::Mat bgr;
        cv::cvtColor(hsv, bgr, cv::COLOR_HSV2BGR);
        return bgr;
    }

    static cv::Mat descriptors(int kinds, int each)
    {
        cv::Mat x;
        for (int i = 0; i < kinds * each; ++i) {
            const int k = i % kinds;
            const engine::ImageFeatures f = engine::computeFeatures(image(k * 170 / kinds, (k * 170 / kinds + 90) % 180, unsigned(i + 1)));
            if (f.ok)
                x.push_back(f.descriptor);
        }
        return x;
    }

private slots:
    void projectsToFewBytesAndKeepsNeighbours()
    {
        const int kinds = 6, each = 10;
        const cv::Mat x = descriptors(kinds, each);
        QCOMPARE(x.rows, kinds * each);
        const engine::CompactSpace space = engine::CompactSpace::fit(x);
        QVERIFY(space.isValid());
        QCOMPARE(space.dims(), engine::CompactSpace::maxDims < x.rows - 1 ? engine::CompactSpace::maxDims : x.rows - 1);
        std::vector<std::int8_t> v(size_t(x.rows) * size_t(space.dims()));
        for (int r = 0; r < x.rows; ++r)
            space.project(x.row(r), v.data() + size_t(r) * size_t(space.dims()));
        // Every image's nearest others are of its own kind.
        for (int r = 0; r < x.rows; ++r) {
            const auto found =
                    engine::nearest(v.data() + size_t(r) * size_t(space.dims()), v.data(), x.rows, space.dims(), each - 1, nullptr, r);
            QCOMPARE(int(found.size()), each - 1);
            for (const engine::Neighbour &n : found)
                QVERIFY2(n.index % kinds == r % kinds, qPrintable(QStringLiteral("row %1 found %2").arg(r).arg(n.index)));
            for (size_t j = 1; j < found.size(); ++j)
                QVERIFY(found[j - 1].distance <= found[j].distance);
        }
    }

    void spaceSurvivesItsBytes()
    {
        const cv::Mat x = descriptors(4, 5);
        const engine::CompactSpace space = engine::CompactSpace::fit(x);
        const std::string bytes = space.serialize();
        const engine::CompactSpace again = engine::CompactSpace::deserialize(bytes);
        QVERIFY(again.isValid());
        QCOMPARE(again.dims(), space.dims());
        std::vector<std::int8_t> a(size_t(space.dims())), b(size_t(space.dims()));
        space.project(x.row(3), a.data());
        again.project(x.row(3), b.data());
        QVERIFY(a == b);
        // Bytes that are not a space, cut or altered, give none.
        QVERIFY(!engine::CompactSpace::deserialize(std::string()).isValid());
        QVERIFY(!engine::CompactSpace::deserialize(bytes.substr(0, bytes.size() - 1)).isValid());
        std::string wrong = bytes;
        wrong[0] = 'X';
        QVERIFY(!engine::CompactSpace::deserialize(wrong).isValid());
        // A space of the features' first version (its tag "CSP1", little-endian) is not this one's.
        std::string older = bytes;
        QCOMPARE(older.substr(0, 4), std::string("2PSC"));
        older[0] = '1';
        QVERIFY(!engine::CompactSpace::deserialize(older).isValid());
        QVERIFY(!engine::CompactSpace::fit(x.rowRange(0, 1)).isValid()); // one image: no axes
    }

    void nearestIsExactAndSkipsWhatIsNotUsable()
    {
        std::mt19937 rng(5);
        std::uniform_int_distribution<int> byte(-100, 100);
        const int n = 3000, d = 16;
        std::vector<std::int8_t> v(size_t(n * d));
        for (auto &b : v)
            b = std::int8_t(byte(rng));
        std::vector<std::uint8_t> usable(size_t(n), 1);
        for (int i = 0; i < n; i += 3)
            usable[size_t(i)] = 0;
        const std::int8_t *q = v.data() + 7 * d;
        const auto found = engine::nearest(q, v.data(), n, d, 25, usable.data(), 7);
        std::vector<std::pair<std::int32_t, int>> all;
        for (int i = 0; i < n; ++i) {
            if (i != 7 && usable[size_t(i)])
                all.push_back({ engine::squaredDistance(q, v.data() + i * d, d), i });
        }
        std::sort(all.begin(), all.end());
        QCOMPARE(int(found.size()), 25);
        for (int j = 0; j < 25; ++j) {
            QCOMPARE(found[size_t(j)].index, all[size_t(j)].second);
            QCOMPARE(found[size_t(j)].distance, all[size_t(j)].first);
        }
        QVERIFY(engine::nearest(q, v.data(), n, d, 0).empty());
    }
};

QTEST_APPLESS_MAIN(tst_CompactSpace)
#include "tst_compactspace.moc"
