#pragma once

#include <QHash>
#include <QList>
#include <QString>

// What the auto-labeling engine (AutoLabelEngine) is given and gives back; its phases (HardExamples
// among them) share them.
namespace engine {

struct Sample
{
    QString id;
    QString path;
    int label = -1; // index into the label list; -1 for an unlabeled sample
};

struct Config
{
    bool accurate = false;
    bool collectHard = true;
    double confidenceLow = 0.0; // a score inside [low, high] makes a sample hard (reason 1)
    double confidenceHigh = 0.5;
    quint32 seed = 7;
};

struct Prediction
{
    int label = -1;
    double score = 0;
    bool hard = false;
    double hardCoefficient = 0;
    QList<int> reasons;
};

struct Result
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QHash<QString, Prediction> predictions; // unlabeled sample id -> prediction
    int unreadable = 0; // images that could not be decoded (predicted from nothing: hard, outlier)
};

} // namespace engine
