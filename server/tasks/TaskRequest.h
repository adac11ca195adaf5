#pragma once

#include <QJsonObject>
#include <QString>

// A checked request to create an auto-label task (modelarts-api.md 4.1).
struct TaskRequest
{
    QString type = QStringLiteral("auto-label");
    bool collectKeySample = false;
    bool accurate = false; // algorithm_type "accurate" (else "fast")
    double confidenceLow = 0.0; // confidence_scope: a score inside [low, high] makes a sample hard
    double confidenceHigh = 0.5;
    QJsonObject config; // the config as the task echoes it, with its defaults filled in
};
