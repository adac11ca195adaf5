#pragma once

#include <QString>

// What a publish asks for (CreateDatasetVersion's body, checked).
struct PublishRequest
{
    QString name; // empty: "V%03d" of the next version number
    QString description;
    QString trainRatioText = QStringLiteral("1.00"); // as the request wrote it, echoed
    double trainRatio = 1.0;
    bool clearHardProperty = true;
    bool removeSampleUsage = true;
    bool exportImages = false;
};
