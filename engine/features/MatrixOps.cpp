#include "features/MatrixOps.h"

#include <opencv2/core/hal/intrin.hpp>

#include <algorithm>
#include <numeric>

namespace engine::matrix {
double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double pos = p * double(values.size() - 1);
    const size_t lo = size_t(pos);
    const size_t hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (pos - double(lo));
}

float dot(const float *a, const float *b, int n)
{
    int i = 0;
    cv::v_float32x4 s0 = cv::v_setzero_f32(), s1 = cv::v_setzero_f32();
    for (; i + 8 <= n; i += 8) {
        s0 = cv::v_fma(cv::v_load(a + i), cv::v_load(b + i), s0);
        s1 = cv::v_fma(cv::v_load(a + i + 4), cv::v_load(b + i + 4), s1);
    }
    float sum = cv::v_reduce_sum(s0 + s1);
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

void addScaled(float *out, const float *x, float s, int n)
{
    int i = 0;
    const cv::v_float32x4 scale = cv::v_setall_f32(s);
    for (; i + 4 <= n; i += 4)
        cv::v_store(out + i, cv::v_fma(cv::v_load(x + i), scale, cv::v_load(out + i)));
    for (; i < n; ++i)
        out[i] += s * x[i];
}

cv::Mat timesTransposed(const cv::Mat &a, const cv::Mat &b)
{
    CV_Assert(a.type() == CV_32F && b.type() == CV_32F && a.cols == b.cols);
    cv::Mat out(a.rows, b.rows, CV_32F);
    for (int i = 0; i < a.rows; ++i) {
        const float *row = a.ptr<float>(i);
        float *o = out.ptr<float>(i);
        for (int j = 0; j < b.rows; ++j)
            o[j] = dot(row, b.ptr<float>(j), a.cols);
    }
    return out;
}

cv::Mat squaredDistances(const cv::Mat &a, const cv::Mat &b)
{
    std::vector<float> bb(static_cast<size_t>(b.rows));
    for (int j = 0; j < b.rows; ++j)
        bb[size_t(j)] = dot(b.ptr<float>(j), b.ptr<float>(j), b.cols);
    cv::Mat d = timesTransposed(a, b);
    for (int i = 0; i < a.rows; ++i) {
        const float aa = dot(a.ptr<float>(i), a.ptr<float>(i), a.cols);
        float *row = d.ptr<float>(i);
        for (int j = 0; j < b.rows; ++j)
            row[j] = std::max(0.f, aa + bb[size_t(j)] - 2.f * row[j]);
    }
    return d;
}

std::vector<int> spreadSubset(int n, int count)
{
    std::vector<int> out;
    if (n <= count) {
        out.resize(size_t(n));
        std::iota(out.begin(), out.end(), 0);
        return out;
    }
    for (int i = 0; i < count; ++i)
        out.push_back(int(static_cast<long long>(i) * n / count));
    return out;
}

cv::Mat rowsOf(const cv::Mat &m, const std::vector<int> &rows)
{
    cv::Mat out(int(rows.size()), m.cols, m.type());
    for (size_t i = 0; i < rows.size(); ++i)
        m.row(rows[i]).copyTo(out.row(int(i)));
    return out;
}

} // namespace engine::matrix
