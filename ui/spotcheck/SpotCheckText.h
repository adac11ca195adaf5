#pragma once

#include "stats/SpotCheck.h"

#include <QCoreApplication>
#include <QString>

// How the spot-check's figures read, the same in the panel and the dialogs.
class SpotCheckText final
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckText)
public:
    static QString percent(double fraction); // "96.1 %"
    static QString confidence(double fraction); // "95 %"
    // Short, for a table whose header names the confidence: "96.1 % (93.0–98.0)".
    static QString precisionCell(const spotcheck::Estimate &e);
    // The wrong labels to expect among `count` samples of e's region (all of it, or those a threshold
    // would accept): "about 212 (109–380)".
    static QString wrongAmong(const spotcheck::Estimate &e, qint64 count);
    // "96.1 % (95 %: 93.0–98.0 %)"; "not checked yet" when nothing is.
    static QString precision(const spotcheck::Estimate &e, double confidence);
    // "about 212 wrong of 5,432 (95 %: 109–380)"; exact when everything is checked.
    static QString wrong(const spotcheck::Estimate &e, double confidence);
    // "0.93 (96.4 %, 95 %: 94.0–98.1 %)", or why there is none.
    static QString suggestion(const spotcheck::Suggestion &s, double confidence);
    // The threshold alone ("0.93"), or why there is none.
    static QString suggestionCell(const spotcheck::Suggestion &s, double confidence);
};
