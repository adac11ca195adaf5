#include "Features.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace engine {
namespace {

constexpr int side = 128;
constexpr int hBins = 12, sBins = 3, vBins = 3;
constexpr int colourBins = hBins * sBins * vBins;
constexpr int lbpBins = 59;

// Joint HSV histogram of the pixels where `weight` is non-zero, weighted by it; L1-normalised, then
// square-rooted (the Hellinger map, which lets a linear model compare histograms well).
void colourHistogram(const cv::Mat &hsv, const cv::Mat &weight, float *out)
{
    std::fill(out, out + colourBins, 0.f);
    double total = 0;
    for (int y = 0; y < hsv.rows; ++y) {
        const cv::Vec3b *row = hsv.ptr<cv::Vec3b>(y);
        const float *w = weight.ptr<float>(y);
        for (int x = 0; x < hsv.cols; ++x) {
            if (w[x] <= 0)
                continue;
            const int h = std::min(hBins - 1, row[x][0] * hBins / 180);
            const int s = std::min(sBins - 1, row[x][1] * sBins / 256);
            const int v = std::min(vBins - 1, row[x][2] * vBins / 256);
            out[(h * sBins + s) * vBins + v] += w[x];
            total += w[x];
        }
    }
    for (int i = 0; i < colourBins; ++i)
        out[i] = total > 0 ? std::sqrt(float(out[i] / total)) : 0.f;
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
    return 2 * colourBins + lbpBins + gradientSize;
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
    const cv::Mat everywhere(side, side, CV_32F, cv::Scalar(1));
    cv::Mat centre(side, side, CV_32F);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const double dx = (x - side / 2.0) / (side / 2.0), dy = (y - side / 2.0) / (side / 2.0);
            centre.at<float>(y, x) = float(std::max(0.0, 1.0 - std::sqrt(dx * dx + dy * dy)));
        }
    }
    colourHistogram(hsv, everywhere, out);
    colourHistogram(hsv, centre, out + colourBins);
    lbpHistogram(gray, out + 2 * colourBins);

    gradientHistogram(gray, out + 2 * colourBins + lbpBins);
    f.ok = true;
    return f;
}

} // namespace engine
