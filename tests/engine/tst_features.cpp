#include "features/Features.h"

#include <QTest>

#include <array>
#include <cmath>
#include <random>

// engine::computeFeatures on images whose answer is known: orientation bins of stripes, the texture codes
// against their per-pixel definition, statistics of the image as given (not of its reduced copies), and a
// reduction that averages fine detail instead of sampling it.
class tst_Features : public QObject
{
    Q_OBJECT

    static const engine::FeatureGroup &group(const char *name)
    {
        for (const engine::FeatureGroup &g : engine::featureGroups()) {
            if (qstrcmp(g.name, name) == 0)
                return g;
        }
        qFatal("no feature group %s", name);
    }

    // A grey image (all three channels alike) of `value(x, y)`.
    template<typename F>
    static cv::Mat grey(int width, int height, F value)
    {
        cv::Mat m(height, width, CV_8UC3);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                const uchar v = cv::saturate_cast<uchar>(value(x, y));
                m.at<cv::Vec3b>(y, x) = cv::Vec3b(v, v, v);
            }
        }
        return m;
    }

    // The share of the gradient group's energy in orientation bin `bin` (9 bins of 20 degrees per cell).
    static double shareOfBin(const engine::ImageFeatures &f, int bin)
    {
        const engine::FeatureGroup &g = group("gradients");
        double inBin = 0, total = 0;
        for (int i = g.begin; i < g.end; ++i) {
            const double v = double(f.descriptor.at<float>(i)) * f.descriptor.at<float>(i);
            total += v;
            if ((i - g.begin) % 9 == bin)
                inBin += v;
        }
        return total > 0 ? inBin / total : 0;
    }

private slots:
    void stripesFallInTheirOrientationsBin_data()
    {
        QTest::addColumn<double>("degrees");
        QTest::addColumn<int>("bin");
        QTest::newRow("across x") << 0.0 << 0;
        QTest::newRow("diagonal") << 50.0 << 2;
        QTest::newRow("across y") << 90.0 << 4;
        QTest::newRow("other diagonal") << 130.0 << 6;
    }

    void stripesFallInTheirOrientationsBin()
    {
        QFETCH(double, degrees);
        QFETCH(int, bin);
        const double a = degrees * CV_PI / 180;
        const cv::Mat image = grey(128, 128, [a](int x, int y) { return 128 + 100 * std::sin((x * std::cos(a) + y * std::sin(a)) / 3.0); });
        const engine::ImageFeatures f = engine::computeFeatures(image);
        QVERIFY(f.ok);
        QVERIFY2(shareOfBin(f, bin) > 0.8, qPrintable(QString::number(shareOfBin(f, bin))));
    }

    void textureCodesFollowTheirDefinition()
    {
        // At 128 x 128 the texture is read from the image itself: the uniform-LBP histogram of random
        // pixels, computed here pixel by pixel, is the group's.
        std::mt19937 rng(3);
        std::uniform_int_distribution<int> level(0, 7); // few levels: many ties, where >= matters
        const cv::Mat image = grey(128, 128, [&](int, int) { return 30 * level(rng); });
        std::array<int, 256> bin{};
        int next = 0;
        for (int code = 0; code < 256; ++code) {
            int transitions = 0;
            for (int b = 0; b < 8; ++b)
                transitions += ((code >> b) & 1) != ((code >> ((b + 1) % 8)) & 1);
            bin[size_t(code)] = transitions <= 2 ? next++ : 58;
        }
        std::array<double, 59> counts{};
        const int dx[8] = { -1, 0, 1, 1, 1, 0, -1, -1 }, dy[8] = { -1, -1, -1, 0, 1, 1, 1, 0 };
        for (int y = 1; y < 127; ++y) {
            for (int x = 1; x < 127; ++x) {
                const uchar c = image.at<cv::Vec3b>(y, x)[0];
                int code = 0;
                for (int k = 0; k < 8; ++k)
                    code |= (image.at<cv::Vec3b>(y + dy[k], x + dx[k])[0] >= c) << k;
                counts[size_t(bin[size_t(code)])] += 1;
            }
        }
        const engine::ImageFeatures f = engine::computeFeatures(image);
        const engine::FeatureGroup &g = group("lbp");
        QCOMPARE(g.end - g.begin, 59);
        for (int i = 0; i < 59; ++i)
            QCOMPARE(f.descriptor.at<float>(g.begin + i), float(std::sqrt(counts[size_t(i)] / (126.0 * 126.0))));
    }

    void statisticsAreOfTheImageAsGiven()
    {
        const engine::ImageFeatures flat = engine::computeFeatures(grey(640, 480, [](int, int) { return 90; }));
        QVERIFY(flat.ok);
        QCOMPARE(flat.stats[0], 0.3072); // megapixels of 640 x 480, not of the reduced copies
        QCOMPARE(flat.stats[1], 640.0 / 480.0);
        QCOMPARE(flat.stats[5], 0.0); // no edge anywhere: no sharpness
        const engine::ImageFeatures checked =
                engine::computeFeatures(grey(128, 128, [](int x, int y) { return (x / 4 + y / 4) % 2 ? 220 : 30; }));
        QVERIFY(checked.stats[5] > 5);
    }

    void fineDetailIsAveragedNotSampled()
    {
        // One-pixel stripes of black and white, 8 times the colour copy's size: averaged, the copy is an
        // even mid grey (brightness 0.5, lightness alike everywhere); sampled, it would be a moire.
        const engine::ImageFeatures f = engine::computeFeatures(grey(517, 389, [](int x, int) { return x % 2 ? 255 : 0; }));
        QVERIFY(f.ok);
        QVERIFY2(std::abs(f.stats[2] - 0.5) < 0.02, qPrintable(QString::number(f.stats[2])));
        const float lightnessDeviation = f.descriptor.at<float>(group("lab-moments").begin + 1); // of the whole copy, / 255
        QVERIFY2(lightnessDeviation < 0.05f, qPrintable(QString::number(lightnessDeviation)));
    }
};

QTEST_GUILESS_MAIN(tst_Features)
#include "tst_features.moc"
