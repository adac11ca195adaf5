#pragma once

#include "types/ModelArtsTypes.h"

#include <QList>
#include <QObject>
#include <QStringList>

class LabeledSamples;

// A group of the dataset's labeled samples that show the same image (re-encoded, resized).
struct DuplicateGroup
{
    QStringList ids;
    QStringList names;
    QStringList labels; // each sample's
    QList<double> scores; // each label's score as listed (unset: -1)
    bool disagrees() const;
};

// The labeled samples' near duplicates, before a version is published: groups of look-alike vectors within
// the audit's duplicate distance (engine::nearDuplicateGroups), found off the GUI thread. A group whose
// labels disagree holds a labeling error; any group can fall on both sides of a train/evaluate split (a
// leak: the evaluation sees what the training saw). keepOnOneSide() is what puts each group on the train
// side: the samples' usage, their labels as they are.
class DuplicateCheck final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(DuplicateCheck)
    explicit DuplicateCheck(QObject *parent = nullptr);

    // Groups what `labeled` has described (it must be ready); finished follows. False when it is not.
    bool start(const LabeledSamples &labeled);
    bool isRunning() const { return m_running; }
    const QList<DuplicateGroup> &groups() const { return m_groups; }
    qint64 disagreeing() const;
    qint64 samplesInGroups() const;
    // UpdateSamples' items that keep every group on the train side (sample_usage TRAIN, the labels unchanged).
    QList<SampleUpdate> keepOnOneSide() const;

signals:
    void finished();

private:
    QList<DuplicateGroup> m_groups;
    bool m_running = false;
};
