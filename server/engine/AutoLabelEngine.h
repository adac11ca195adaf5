#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

// The auto-labeling engine of modelarts-local: image features with OpenCV, a probabilistic classifier
// trained on the labeled samples (`fast`), or also on the unlabeled ones by self-training (`accurate`),
// and hard-example mining with the reason ids of ModelArts. Pure computation over image files;
// deterministic for the same samples, configuration and seed; runs on the calling thread and uses the
// global thread pool for feature extraction.
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

// `progress` receives 0..1 from the calling thread; `cancel` is polled between steps.
Result run(const QList<Sample> &samples, int labelCount, const Config &config, const std::function<void(double)> &progress,
           const std::atomic_bool &cancel);

} // namespace engine
