#pragma once

#include <QJsonObject>
#include <QString>

// A checked request to create an auto-label task (modelarts-api.md 4.1) or an auto-grouping one
// (modelarts-api-grouping.md 1).
struct TaskRequest
{
    QString type = QStringLiteral("auto-label"); // or "auto-grouping"
    // auto-grouping: the number of groups, the sample attribute the group number goes to, and what the
    // clustering stresses besides the look (ambiguity, image_brightness, image_colorfulness).
    int groups = 0;
    QString property;
    bool clarity = false;
    bool brightness = false;
    bool colourfulness = false;
    bool collectKeySample = false;
    bool accurate = false; // algorithm_type "accurate" (else "fast")
    double confidenceLow = 0.0; // confidence_scope: a score inside [low, high] makes a sample hard
    double confidenceHigh = 0.5;
    QJsonObject config; // the config as the task echoes it, with its defaults filled in
};
