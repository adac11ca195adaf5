#include "features/MatrixOps.h"

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

cv::Mat squaredDistances(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat aa, bb;
    cv::reduce(a.mul(a), aa, 1, cv::REDUCE_SUM);
    cv::reduce(b.mul(b), bb, 1, cv::REDUCE_SUM);
    cv::Mat d;
    cv::gemm(a, b, -2.0, cv::Mat(), 0.0, d, cv::GEMM_2_T);
    d += cv::repeat(aa, 1, b.rows);
    d += cv::repeat(bb.t(), a.rows, 1);
    return cv::max(d, 0.0);
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
