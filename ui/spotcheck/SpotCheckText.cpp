#include "spotcheck/SpotCheckText.h"

#include <QLocale>

#include <cmath>

QString SpotCheckText::percent(double fraction) { return tr("%1 %").arg(QLocale().toString(fraction * 100, 'f', 1)); }

QString SpotCheckText::confidence(double fraction) { return tr("%1 %").arg(QLocale().toString(fraction * 100, 'g', 3)); }

QString SpotCheckText::precisionCell(const spotcheck::Estimate &e)
{
    if (e.checked == 0)
        return tr("not checked yet");
    if (e.complete())
        return tr("%1 (all checked)").arg(percent(e.precision));
    return tr("%1 (%2–%3)")
            .arg(percent(e.precision), QLocale().toString(e.interval.low * 100, 'f', 1), QLocale().toString(e.interval.high * 100, 'f', 1));
}

QString SpotCheckText::wrongAmong(const spotcheck::Estimate &e, qint64 count)
{
    const QLocale l;
    if (e.checked == 0 || count == 0)
        return QString();
    const double n = double(count);
    const auto r = [&l](double v) { return l.toString(qint64(std::llround(v))); };
    if (e.complete())
        return r(n * (1 - e.precision));
    return tr("about %1 (%2–%3)").arg(r(n * (1 - e.precision)), r(n * (1 - e.interval.high)), r(n * (1 - e.interval.low)));
}

QString SpotCheckText::precision(const spotcheck::Estimate &e, double confidence)
{
    if (e.checked == 0)
        return tr("not checked yet");
    if (e.complete())
        return tr("%1 (all checked)").arg(percent(e.precision));
    return tr("%1 (%2: %3–%4)")
            .arg(percent(e.precision), SpotCheckText::confidence(confidence), QLocale().toString(e.interval.low * 100, 'f', 1),
                 percent(e.interval.high));
}

QString SpotCheckText::wrong(const spotcheck::Estimate &e, double confidence)
{
    const QLocale l;
    if (e.checked == 0)
        return tr("%n sample(s), none checked", nullptr, int(e.population));
    const auto n = [&l](double v) { return l.toString(qint64(std::llround(v))); };
    if (e.complete())
        return tr("%1 wrong of %2").arg(n(e.wrong()), l.toString(e.population));
    return tr("about %1 wrong of %2 (%3: %4–%5)")
            .arg(n(e.wrong()), l.toString(e.population), SpotCheckText::confidence(confidence), n(e.wrongLow()), n(e.wrongHigh()));
}

QString SpotCheckText::suggestionCell(const spotcheck::Suggestion &s, double confidence)
{
    return s.status == spotcheck::Suggestion::Status::Found ? QLocale().toString(s.threshold, 'f', 2) : suggestion(s, confidence);
}

QString SpotCheckText::suggestion(const spotcheck::Suggestion &s, double confidence)
{
    switch (s.status) {
    case spotcheck::Suggestion::Status::Found:
        return tr("%1 (%2)").arg(QLocale().toString(s.threshold, 'f', 2), precision(s.estimate, confidence));
    case spotcheck::Suggestion::Status::TooFewChecked: return tr("too few checked");
    case spotcheck::Suggestion::Status::BelowTarget: return tr("none reaches the target");
    case spotcheck::Suggestion::Status::NoSamples: break;
    }
    return tr("no samples");
}
