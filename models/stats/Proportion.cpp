#include "stats/Proportion.h"

#include <algorithm>
#include <cmath>

namespace proportion {

double normalQuantile(double p)
{
    if (p <= 0)
        return -INFINITY;
    if (p >= 1)
        return INFINITY;
    // Bisection on the normal distribution function (erfc is accurate in both tails).
    double lo = -40;
    double hi = 40;
    for (int i = 0; i < 200 && hi - lo > 1e-15; ++i) {
        const double mid = (lo + hi) / 2;
        if (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

Interval wilson(double k, double n, double confidence)
{
    if (n <= 0)
        return {};
    const double z = normalQuantile(1 - (1 - confidence) / 2);
    const double p = std::clamp(k / n, 0.0, 1.0);
    const double z2n = z * z / n;
    const double centre = (p + z2n / 2) / (1 + z2n);
    const double half = z / (1 + z2n) * std::sqrt(p * (1 - p) / n + z2n / (4 * n));
    // At p = 0 or 1 the formula gives the bound exactly; rounding must not move it off.
    return { p <= 0 ? 0.0 : std::max(0.0, centre - half), p >= 1 ? 1.0 : std::min(1.0, centre + half) };
}

namespace {

// The continued fraction of the incomplete beta function (modified Lentz), for x < (a + 1) / (a + b + 2).
double betaFraction(double x, double a, double b)
{
    constexpr double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (std::abs(d) < tiny ? tiny : d);
    double f = d;
    for (int m = 1; m <= 10000; ++m) {
        for (int step = 0; step < 2; ++step) {
            const double num = step == 0 ? m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
                                         : -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            d = 1 + num * d;
            d = 1 / (std::abs(d) < tiny ? tiny : d);
            c = 1 + num / c;
            if (std::abs(c) < tiny)
                c = tiny;
            f *= c * d;
            if (step == 1 && std::abs(c * d - 1) < 1e-15)
                return f;
        }
    }
    return f;
}

} // namespace

double incompleteBeta(double x, double a, double b)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    if (x < (a + 1) / (a + b + 2))
        return std::exp(logFront) * betaFraction(x, a, b) / a;
    return 1 - std::exp(logFront) * betaFraction(1 - x, b, a) / b;
}

double betaQuantile(double p, double a, double b)
{
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 200 && hi - lo > 1e-15; ++i) {
        const double mid = (lo + hi) / 2;
        if (incompleteBeta(mid, a, b) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

Interval clopperPearson(qint64 k, qint64 n, double confidence)
{
    if (n <= 0)
        return {};
    k = std::clamp<qint64>(k, 0, n);
    const double alpha = 1 - confidence;
    const double low = k == 0 ? 0.0 : betaQuantile(alpha / 2, double(k), double(n - k + 1));
    const double high = k == n ? 1.0 : betaQuantile(1 - alpha / 2, double(k + 1), double(n - k));
    return { low, high };
}

qint64 sampleSize(double expected, double margin, double confidence, qint64 population)
{
    if (margin <= 0)
        return population;
    const auto fits = [&](qint64 n) {
        const Interval i = wilson(expected * double(n), double(n), confidence);
        return expected - i.low <= margin && std::min(i.high, 1.0) - expected <= margin;
    };
    qint64 lo = 1;
    qint64 hi = 1;
    while (!fits(hi) && hi < (qint64(1) << 40))
        hi *= 2;
    while (lo < hi) {
        const qint64 mid = (lo + hi) / 2;
        if (fits(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    if (population <= 0)
        return hi;
    // Without replacement from a finite population: fewer are needed.
    const double finite = double(hi) / (1 + double(hi - 1) / double(population));
    return std::min<qint64>(population, qint64(std::ceil(finite)));
}

} // namespace proportion
