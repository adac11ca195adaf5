#include "Features.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace engine {
namespace {

constexpr int side = 128;
constexpr int hBins = 12, sBins = 3, vBins = 3;
constexpr int colourBins = hBins * sBins * vBins;
constexpr int labBins = 6; // per channel
constexpr int labHistogramBins = labBins * labBins * labBins;
constexpr int momentCount = 12;
constexpr int saturatedHueBins = 18, saturatedValueBins = 3;
constexpr int saturatedBins = saturatedHueBins * saturatedValueBins;
constexpr int lbpBins = 59;

// Joint HSV histogram of the pixels where `weight` is non-zero, weighted by it; L1-normalised, then
// square-rooted (the Hellinger map, which lets a linear model compare histograms well).
// `range0` is the first channel's range (180 for OpenCV's 8-bit hue, 256 otherwise).
void jointHistogram(const cv::Mat &image, const cv::Mat &weight, int range0, int b0, int b1, int b2, float *out)
{
    const int bins = b0 * b1 * b2;
    std::fill(out, out + bins, 0.f);
    double total = 0;
    for (int y = 0; y < image.rows; ++y) {
        const cv::Vec3b *row = image.ptr<cv::Vec3b>(y);
        const float *w = weight.ptr<float>(y);
        for (int x = 0; x < image.cols; ++x) {
            if (w[x] <= 0)
                continue;
            const int i0 = std::min(b0 - 1, row[x][0] * b0 / range0);
            const int i1 = std::min(b1 - 1, row[x][1] * b1 / 256);
            const int i2 = std::min(b2 - 1, row[x][2] * b2 / 256);
            out[(i0 * b1 + i1) * b2 + i2] += w[x];
            total += w[x];
        }
    }
    for (int i = 0; i < bins; ++i)
        out[i] = total > 0 ? std::sqrt(float(out[i] / total)) : 0.f;
}

void colourHistogram(const cv::Mat &hsv, const cv::Mat &weight, float *out)
{
    jointHistogram(hsv, weight, 180, hBins, sBins, vBins, out);
}

// Weighted mean and standard deviation of each Lab channel.
void labMoments(const cv::Mat &lab, const cv::Mat &weight, float *out)
{
    double sum = 0, mean[3] = {}, sq[3] = {};
    for (int y = 0; y < lab.rows; ++y) {
        const cv::Vec3b *row = lab.ptr<cv::Vec3b>(y);
        const float *w = weight.ptr<float>(y);
        for (int x = 0; x < lab.cols; ++x) {
            sum += w[x];
            for (int c = 0; c < 3; ++c) {
                mean[c] += w[x] * row[x][c];
                sq[c] += w[x] * double(row[x][c]) * row[x][c];
            }
        }
    }
    for (int c = 0; c < 3; ++c) {
        const double m = sum > 0 ? mean[c] / sum : 0;
        const double var = sum > 0 ? std::max(0.0, sq[c] / sum - m * m) : 0;
        out[2 * c] = float(m / 255.0);
        out[2 * c + 1] = float(std::sqrt(var) / 255.0);
    }
}

// Uniform LBP patterns (at most two 0/1 transitions) get a bin each, the rest share one.
const std::array<int, 256> &uniformMap()
{
    static const std::array<int, 256> map = [] {
        std::array<int, 256> m{};
        int next = 0;
        for (int code = 0; code < 256; ++code) {
            int transitions = 0;
            for (int bit = 0; bit < 8; ++bit)
                transitions += ((code >> bit) & 1) != ((code >> ((bit + 1) % 8)) & 1);
            m[code] = transitions <= 2 ? next++ : -1;
        }
        for (int &v : m) {
            if (v < 0)
                v = lbpBins - 1;
        }
        return m;
    }();
    return map;
}

void lbpHistogram(const cv::Mat &gray, float *out)
{
    std::fill(out, out + lbpBins, 0.f);
    const auto &map = uniformMap();
    static const int dy[8] = { -1, -1, -1, 0, 1, 1, 1, 0 };
    static const int dx[8] = { -1, 0, 1, 1, 1, 0, -1, -1 };
    double total = 0;
    for (int y = 1; y < gray.rows - 1; ++y) {
        for (int x = 1; x < gray.cols - 1; ++x) {
            const uchar c = gray.at<uchar>(y, x);
            int code = 0;
            for (int k = 0; k < 8; ++k)
                code |= (gray.at<uchar>(y + dy[k], x + dx[k]) >= c) << k;
            out[map[code]] += 1;
            total += 1;
        }
    }
    for (int i = 0; i < lbpBins; ++i)
        out[i] = total > 0 ? std::sqrt(float(out[i] / total)) : 0.f;
}

constexpr int gradSide = 64;
constexpr int gradCells = 4;        // 4 x 4 cells of 16 x 16 pixels
constexpr int gradBins = 9;         // unsigned orientation, 20 degrees each
constexpr int gradientSize = gradCells * gradCells * gradBins;

// A histogram-of-oriented-gradients descriptor: per cell, gradient magnitude by orientation; each cell
// L2-normalised (contrast invariance), then square-rooted.
void gradientHistogram(const cv::Mat &gray, float *out)
{
    std::fill(out, out + gradientSize, 0.f);
    cv::Mat g;
    cv::resize(gray, g, cv::Size(gradSide, gradSide), 0, 0, cv::INTER_AREA);
    cv::Mat gx, gy, magnitude, angle;
    cv::Sobel(g, gx, CV_32F, 1, 0);
    cv::Sobel(g, gy, CV_32F, 0, 1);
    cv::cartToPolar(gx, gy, magnitude, angle, true);
    constexpr int cell = gradSide / gradCells;
    for (int y = 0; y < gradSide; ++y) {
        for (int x = 0; x < gradSide; ++x) {
            float a = angle.at<float>(y, x);
            if (a >= 180.f)
                a -= 180.f;
            const int bin = std::min(gradBins - 1, int(a / (180.f / gradBins)));
            out[((y / cell) * gradCells + x / cell) * gradBins + bin] += magnitude.at<float>(y, x);
        }
    }
    for (int c = 0; c < gradCells * gradCells; ++c) {
        float *h = out + c * gradBins;
        double norm = 1e-6;
        for (int b = 0; b < gradBins; ++b)
            norm += double(h[b]) * h[b];
        norm = std::sqrt(norm);
        for (int b = 0; b < gradBins; ++b)
            h[b] = std::sqrt(float(h[b] / norm));
    }
}

} // namespace

int descriptorSize()
{
    return featureGroups().back().end;
}

const std::vector<FeatureGroup> &featureGroups()
{
    // The shape and texture groups weigh less: colour separates natural photos best, gradients still tell
    // shapes apart (the generated demo) without drowning colour.
    static const std::vector<FeatureGroup> groups = [] {
        std::vector<FeatureGroup> g;
        auto add = [&g](const char *name, int size, float weight) {
            const int begin = g.empty() ? 0 : g.back().end;
            g.push_back(FeatureGroup{ name, begin, begin + size, weight });
        };
        add("hsv", colourBins, 1.f);
        add("hsv-centre", colourBins, 1.f);
        add("lab", labHistogramBins, 1.f);
        add("lab-centre", labHistogramBins, 1.f);
        add("lab-moments", momentCount, 1.f);
        add("saturated-hue", saturatedBins, 1.f);
        add("lbp", lbpBins, 1.f);
        add("gradients", gradientSize, 0.3f);
        return g;
    }();
    return groups;
}

ImageFeatures computeFeatures(const std::string &path)
{
    const cv::Mat image = cv::imread(path, cv::IMREAD_COLOR);
    if (image.empty())
        return {};
    return computeFeatures(image);
}

ImageFeatures computeFeatures(const cv::Mat &bgr)
{
    ImageFeatures f;
    if (bgr.empty() || bgr.channels() != 3)
        return f;
    f.stats[0] = double(bgr.cols) * bgr.rows / 1e6;
    f.stats[1] = double(bgr.cols) / std::max(1, bgr.rows);

    cv::Mat small;
    cv::resize(bgr, small, cv::Size(side, side), 0, 0, cv::INTER_AREA);
    cv::Mat hsv;
    cv::cvtColor(small, hsv, cv::COLOR_BGR2HSV);
    cv::Mat gray;
    cv::cvtColor(small, gray, cv::COLOR_BGR2GRAY);

    const cv::Scalar hsvMean = cv::mean(hsv);
    f.stats[2] = hsvMean[2] / 255.0;
    f.stats[3] = hsvMean[1] / 255.0;
    {
        // Hasler and Suesstrunk's colourfulness.
        std::vector<cv::Mat> ch;
        cv::split(small, ch);
        cv::Mat b, g, r;
        ch[0].convertTo(b, CV_32F);
        ch[1].convertTo(g, CV_32F);
        ch[2].convertTo(r, CV_32F);
        const cv::Mat rg = r - g;
        const cv::Mat yb = 0.5 * (r + g) - b;
        cv::Scalar mRg, sRg, mYb, sYb;
        cv::meanStdDev(rg, mRg, sRg);
        cv::meanStdDev(yb, mYb, sYb);
        f.stats[4] = (std::hypot(sRg[0], sYb[0]) + 0.3 * std::hypot(mRg[0], mYb[0])) / 255.0;
    }
    {
        cv::Mat lap;
        cv::Laplacian(gray, lap, CV_32F);
        cv::Scalar m, s;
        cv::meanStdDev(lap, m, s);
        f.stats[5] = std::log1p(s[0] * s[0]);
    }

    f.descriptor = cv::Mat(1, descriptorSize(), CV_32F);
    float *out = f.descriptor.ptr<float>(0);

    // Whole image, and centre-weighted (the subject of a photo is usually in the middle).
    static const cv::Mat everywhere(side, side, CV_32F, cv::Scalar(1));
    static const cv::Mat centre = [] {
        cv::Mat m(side, side, CV_32F);
        for (int y = 0; y < side; ++y) {
            for (int x = 0; x < side; ++x) {
                const double dx = (x - side / 2.0) / (side / 2.0), dy = (y - side / 2.0) / (side / 2.0);
                m.at<float>(y, x) = float(std::max(0.0, 1.0 - std::sqrt(dx * dx + dy * dy)));
            }
        }
        return m;
    }();
    cv::Mat lab;
    cv::cvtColor(small, lab, cv::COLOR_BGR2Lab);
    // Saturated pixels near the centre: the subject's own colour, without grey or dark background.
    cv::Mat saturated(side, side, CV_32F);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x)
            saturated.at<float>(y, x) = hsv.at<cv::Vec3b>(y, x)[1] > 80 ? centre.at<float>(y, x) : 0.f;
    }
    const auto &g = featureGroups();
    colourHistogram(hsv, everywhere, out + g[0].begin);
    colourHistogram(hsv, centre, out + g[1].begin);
    jointHistogram(lab, everywhere, 256, labBins, labBins, labBins, out + g[2].begin);
    jointHistogram(lab, centre, 256, labBins, labBins, labBins, out + g[3].begin);
    labMoments(lab, everywhere, out + g[4].begin);
    labMoments(lab, centre, out + g[4].begin + 6);
    jointHistogram(hsv, saturated, 180, saturatedHueBins, 1, saturatedValueBins, out + g[5].begin);
    lbpHistogram(gray, out + g[6].begin);
    gradientHistogram(gray, out + g[7].begin);
    f.ok = true;
    return f;
}

} // namespace engine
