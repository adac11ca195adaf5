#include "features/Features.h"

#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>
#include <cstdint>

namespace engine {
namespace {

constexpr int side = 128; // texture and gradients
constexpr int colourSide = 64; // colour statistics barely change with scale: a quarter of the pixels
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
// Bin of each 8-bit channel value, for `bins` bins over [0, range).
struct BinTable
{
    std::array<uint8_t, 256> bin{};
    BinTable(int bins, int range)
    {
        for (int v = 0; v < 256; ++v)
            bin[size_t(v)] = uint8_t(std::min(bins - 1, v * bins / range));
    }
};

// Weight of each pixel of the colour image by its distance from the centre (1 there, 0 at the edge):
// the subject of a photo is usually in the middle.
const std::array<float, colourSide * colourSide> &centreWeights()
{
    static const auto weights = [] {
        std::array<float, colourSide * colourSide> w{};
        for (int y = 0; y < colourSide; ++y) {
            for (int x = 0; x < colourSide; ++x) {
                const double dx = (x - colourSide / 2.0) / (colourSide / 2.0), dy = (y - colourSide / 2.0) / (colourSide / 2.0);
                w[size_t(y * colourSide + x)] = float(std::max(0.0, 1.0 - std::sqrt(dx * dx + dy * dy)));
            }
        }
        return w;
    }();
    return weights;
}

// L1-normalised, then square-rooted (the Hellinger map, which lets a linear model compare histograms).
void hellinger(float *h, int bins)
{
    double total = 0;
    for (int i = 0; i < bins; ++i)
        total += h[i];
    for (int i = 0; i < bins; ++i)
        h[i] = total > 0 ? std::sqrt(float(h[i] / total)) : 0.f;
}

// Every colour feature in one pass over the 64 x 64 image: joint HSV and Lab histograms of the whole
// image and centre-weighted, weighted Lab means and deviations, and the hue of saturated pixels near the
// centre (the subject's own colour, without grey or dark background).
void colourFeatures(const cv::Mat &hsv, const cv::Mat &lab, float *hsvAll, float *hsvCentre, float *labAll, float *labCentre,
                    float *moments, float *saturatedHue)
{
    static const BinTable hue(hBins, 180), sat(sBins, 256), val(vBins, 256), labBin(labBins, 256), satHue(saturatedHueBins, 180),
            satVal(saturatedValueBins, 256);
    std::fill(hsvAll, hsvAll + colourBins, 0.f);
    std::fill(hsvCentre, hsvCentre + colourBins, 0.f);
    std::fill(labAll, labAll + labHistogramBins, 0.f);
    std::fill(labCentre, labCentre + labHistogramBins, 0.f);
    std::fill(saturatedHue, saturatedHue + saturatedBins, 0.f);
    double sum[2][3] = {}, square[2][3] = {}, weight[2] = {};
    const auto &centre = centreWeights();
    for (int y = 0; y < colourSide; ++y) {
        const cv::Vec3b *h = hsv.ptr<cv::Vec3b>(y);
        const cv::Vec3b *l = lab.ptr<cv::Vec3b>(y);
        for (int x = 0; x < colourSide; ++x) {
            const float w = centre[size_t(y * colourSide + x)];
            const int hi = (hue.bin[h[x][0]] * sBins + sat.bin[h[x][1]]) * vBins + val.bin[h[x][2]];
            hsvAll[hi] += 1.f;
            hsvCentre[hi] += w;
            const int li = (labBin.bin[l[x][0]] * labBins + labBin.bin[l[x][1]]) * labBins + labBin.bin[l[x][2]];
            labAll[li] += 1.f;
            labCentre[li] += w;
            if (h[x][1] > 80)
                saturatedHue[satHue.bin[h[x][0]] * saturatedValueBins + satVal.bin[h[x][2]]] += w;
            weight[0] += 1;
            weight[1] += w;
            for (int c = 0; c < 3; ++c) {
                const double v = l[x][c];
                sum[0][c] += v;
                square[0][c] += v * v;
                sum[1][c] += w * v;
                square[1][c] += w * v * v;
            }
        }
    }
    hellinger(hsvAll, colourBins);
    hellinger(hsvCentre, colourBins);
    hellinger(labAll, labHistogramBins);
    hellinger(labCentre, labHistogramBins);
    hellinger(saturatedHue, saturatedBins);
    for (int k = 0; k < 2; ++k) {
        for (int c = 0; c < 3; ++c) {
            const double m = weight[k] > 0 ? sum[k][c] / weight[k] : 0;
            const double var = weight[k] > 0 ? std::max(0.0, square[k][c] / weight[k] - m * m) : 0;
            moments[6 * k + 2 * c] = float(m / 255.0);
            moments[6 * k + 2 * c + 1] = float(std::sqrt(var) / 255.0);
        }
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

// The uniform-LBP code of 16 pixels at once: bit k set where the k-th neighbour (clockwise from the upper
// left) is at least the centre.
cv::v_uint8x16 lbpCodes(const uchar *up, const uchar *row, const uchar *down)
{
    const cv::v_uint8x16 centre = cv::v_load(row);
    cv::v_uint8x16 code = cv::v_setzero_u8();
    const uchar *neighbours[8] = { up - 1, up, up + 1, row + 1, down + 1, down, down - 1, row - 1 };
    for (int bit = 0; bit < 8; ++bit)
        code = code | ((cv::v_load(neighbours[bit]) >= centre) & cv::v_setall_u8(uchar(1 << bit)));
    return code;
}

void lbpHistogram(const cv::Mat &gray, float *out)
{
    const auto &map = uniformMap();
    std::array<int, lbpBins> counts{};
    for (int y = 1; y < gray.rows - 1; ++y) {
        const uchar *up = gray.ptr<uchar>(y - 1);
        const uchar *row = gray.ptr<uchar>(y);
        const uchar *down = gray.ptr<uchar>(y + 1);
        int x = 1;
        for (; x + 16 <= gray.cols - 1; x += 16) {
            uchar codes[16];
            cv::v_store(codes, lbpCodes(up + x, row + x, down + x));
            for (const uchar code : codes)
                ++counts[size_t(map[code])];
        }
        for (; x < gray.cols - 1; ++x) {
            const uchar c = row[x];
            const int code = (up[x - 1] >= c) | (up[x] >= c) << 1 | (up[x + 1] >= c) << 2 | (row[x + 1] >= c) << 3 | (down[x + 1] >= c) << 4
                    | (down[x] >= c) << 5 | (down[x - 1] >= c) << 6 | (row[x - 1] >= c) << 7;
            ++counts[size_t(map[code])];
        }
    }
    const double total = double(std::max(0, gray.rows - 2)) * std::max(0, gray.cols - 2);
    for (int i = 0; i < lbpBins; ++i)
        out[i] = total > 0 ? std::sqrt(float(counts[size_t(i)] / total)) : 0.f;
}

constexpr int gradSide = 64;
constexpr int gradCells = 4; // 4 x 4 cells of 16 x 16 pixels
constexpr int gradBins = 9; // unsigned orientation, 20 degrees each
constexpr int gradientSize = gradCells * gradCells * gradBins;

// A histogram-of-oriented-gradients descriptor: per cell, gradient magnitude by orientation; each cell
// L2-normalised (contrast invariance), then square-rooted.
void gradientHistogram(const cv::Mat &gray, float *out)
{
    std::fill(out, out + gradientSize, 0.f);
    cv::Mat g;
    cv::resize(gray, g, cv::Size(gradSide, gradSide), 0, 0, cv::INTER_AREA);
    cv::Mat gx, gy;
    cv::Sobel(g, gx, CV_32F, 1, 0);
    cv::Sobel(g, gy, CV_32F, 0, 1);
    // The unsigned orientation's bin without an arctangent: a gradient turned into [0, 180) degrees is
    // past the bin edge at angle e when its cross product with (cos e, sin e) is positive.
    static const auto edges = [] {
        std::array<std::pair<float, float>, gradBins - 1> e{};
        for (int k = 1; k < gradBins; ++k)
            e[size_t(k - 1)] = { float(std::cos(k * CV_PI / gradBins)), float(std::sin(k * CV_PI / gradBins)) };
        return e;
    }();
    constexpr int cell = gradSide / gradCells;
    for (int y = 0; y < gradSide; ++y) {
        const float *dx = gx.ptr<float>(y), *dy = gy.ptr<float>(y);
        float *cellRow = out + (y / cell) * gradCells * gradBins;
        for (int x = 0; x < gradSide; ++x) {
            const bool flip = dy[x] < 0 || (dy[x] == 0 && dx[x] < 0);
            const float u = flip ? -dx[x] : dx[x], v = flip ? -dy[x] : dy[x];
            int bin = 0;
            for (const auto &[c, s] : edges)
                bin += c * v - s * u > 0;
            cellRow[(x / cell) * gradBins + bin] += std::sqrt(u * u + v * v);
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

// The image averaged down to side x side, anti-aliased: a bilinear resize to a whole multiple of the side
// (the largest not above the shorter side, or twice the side), then OpenCV's area average by that whole
// factor. Its area average by a fractional factor gives much the same at twice the cost (160 x 120 to 64 x 64:
// 60 against 30 microseconds on this project's machine; 227 x 227: 143 against 110).
cv::Mat shrink(const cv::Mat &image, int side)
{
    const int shorter = std::min(image.cols, image.rows);
    const int factor = shorter <= side ? 1 : std::max(2, shorter / side);
    cv::Mat out;
    if (factor == 1) {
        cv::resize(image, out, cv::Size(side, side), 0, 0, cv::INTER_LINEAR);
        return out;
    }
    cv::Mat multiple;
    cv::resize(image, multiple, cv::Size(side * factor, side * factor), 0, 0, cv::INTER_LINEAR);
    cv::resize(multiple, out, cv::Size(side, side), 0, 0, cv::INTER_AREA);
    return out;
}

} // namespace

int descriptorSize() { return featureGroups().back().end; }

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

    // Colour from a 64 x 64 copy; texture and shape from a 128 x 128 grey one (converted before
    // resizing: one channel to resize instead of three).
    const cv::Mat colour = shrink(bgr, colourSide);
    cv::Mat grayFull;
    cv::cvtColor(bgr, grayFull, cv::COLOR_BGR2GRAY);
    const cv::Mat gray = shrink(grayFull, side);
    cv::Mat hsv;
    cv::cvtColor(colour, hsv, cv::COLOR_BGR2HSV);

    const cv::Scalar hsvMean = cv::mean(hsv);
    f.stats[2] = hsvMean[2] / 255.0;
    f.stats[3] = hsvMean[1] / 255.0;
    {
        // Hasler and Suesstrunk's colourfulness, in one pass.
        double sRg = 0, sYb = 0, qRg = 0, qYb = 0;
        for (int y = 0; y < colour.rows; ++y) {
            const cv::Vec3b *row = colour.ptr<cv::Vec3b>(y);
            for (int x = 0; x < colour.cols; ++x) {
                const double rg = double(row[x][2]) - row[x][1];
                const double yb = 0.5 * (double(row[x][2]) + row[x][1]) - row[x][0];
                sRg += rg;
                sYb += yb;
                qRg += rg * rg;
                qYb += yb * yb;
            }
        }
        const double n = double(colour.total());
        const double mRg = sRg / n, mYb = sYb / n;
        const double dRg = std::sqrt(std::max(0.0, qRg / n - mRg * mRg)), dYb = std::sqrt(std::max(0.0, qYb / n - mYb * mYb));
        f.stats[4] = (std::hypot(dRg, dYb) + 0.3 * std::hypot(mRg, mYb)) / 255.0;
    }
    {
        // The variance of the Laplacian, summed in integers.
        cv::Mat lap;
        cv::Laplacian(gray, lap, CV_16S);
        std::int64_t sum = 0, square = 0;
        for (int y = 0; y < lap.rows; ++y) {
            const short *row = lap.ptr<short>(y);
            for (int x = 0; x < lap.cols; ++x) {
                sum += row[x];
                square += row[x] * row[x];
            }
        }
        const double n = double(lap.total()), mean = double(sum) / n;
        f.stats[5] = std::log1p(std::max(0.0, double(square) / n - mean * mean));
    }

    f.descriptor = cv::Mat(1, descriptorSize(), CV_32F);
    float *out = f.descriptor.ptr<float>(0);

    cv::Mat lab;
    cv::cvtColor(colour, lab, cv::COLOR_BGR2Lab);
    const auto &g = featureGroups();
    colourFeatures(hsv, lab, out + g[0].begin, out + g[1].begin, out + g[2].begin, out + g[3].begin, out + g[4].begin, out + g[5].begin);
    lbpHistogram(gray, out + g[6].begin);
    gradientHistogram(gray, out + g[7].begin);
    f.ok = true;
    return f;
}

} // namespace engine
