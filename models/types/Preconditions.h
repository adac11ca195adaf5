#pragma once

#include "types/ModelArtsTypes.h"

#include <QCoreApplication>

// The five preconditions of auto-labeling (modelarts-api.md section 4), checked by the client before it
// starts a task so that a user learns what is wrong, and where, before the service refuses or the task
// fails. A pure function of what the API returned.
class Preconditions final
{
    Q_DECLARE_TR_FUNCTIONS(Preconditions)
public:
    enum class Id { TwoLabels, FiveImagesPerLabel, UnlabeledImages, NoFourChannelImages, NoRunningTask };

    struct Check
    {
        Id id;
        bool passed = false;
        QString title; // the condition, in the user's language
        QString detail; // what was found
        QStringList items; // what fails it: labels with too few images, 4-channel samples, running tasks
    };

    struct Input
    {
        Dataset dataset;
        DatasetStats stats;
        // Samples whose metadata has been read (all of them, for an exact answer on 4-channel images).
        QList<Sample> samples;
        bool samplesComplete = true; // false: `samples` is a part; a pass says so
        QList<TaskInfo> tasks;
    };

    static constexpr int minimumLabels = 2;
    static constexpr int minimumImagesPerLabel = 5;

    static QList<Check> evaluate(const Input &input);
    static bool allPassed(const QList<Check> &checks);
};
