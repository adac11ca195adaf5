#pragma once

#include <QtGlobal>

// Confidence intervals for a proportion (k successes in n trials) and the sample size that estimates one
// to a given margin. Pure functions; the confidence is two-sided (0.95: 2.5 % on each side).
namespace proportion {

struct Interval
{
    double low = 0;
    double high = 1;
    friend bool operator==(const Interval &, const Interval &) = default;
};

// The standard normal quantile: normalQuantile(0.975) = 1.95996...
double normalQuantile(double p);
// Wilson's score interval (no continuity correction). n == 0: [0, 1].
Interval wilson(double k, double n, double confidence = 0.95);
// Clopper and Pearson's exact interval, from the beta distribution. n == 0: [0, 1].
Interval clopperPearson(qint64 k, qint64 n, double confidence = 0.95);

// The regularised incomplete beta function I_x(a, b) and its inverse in x.
double incompleteBeta(double x, double a, double b);
double betaQuantile(double p, double a, double b);

// The smallest sample whose Wilson interval around `expected` stays within +-margin (the upper side
// capped at 1), drawn without replacement from `population` (0: an unlimited one). At most population.
qint64 sampleSize(double expected, double margin, double confidence, qint64 population = 0);

} // namespace proportion
