#pragma once

#include "types/VersionTypes.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// "Publish a version": its name, the train/evaluation split, whether hard-example marks stay, and what it
// will contain per label (labeled images, how many train and how many evaluate) before anything is sent.
class PublishDialog final : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(const Dataset &dataset, const QList<LabelStat> &labels, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PublishDialog)

    PublishRequestOptions options() const;
    // The labeled images' near duplicates (DuplicateCheck), once known: a warning when groups would fall on
    // both sides of the split (with the choice to keep each on the train side, on by default) or when their
    // labels disagree. `examples`: a few groups in words.
    void setDuplicates(qint64 groups, qint64 samples, qint64 disagreeing, const QStringList &examples);
    void setDuplicatesUnknown(const QString &why);
    // Each near-duplicate group goes on the train side (their usage set before the publish).
    bool keepsDuplicatesTogether() const;
    // round(ratio * n) train, the rest evaluate: the service's split of n images of one label.
    static qint64 trainCount(qint64 images, double ratio);

private:
    void updatePreview();
    void updateDuplicates();

    Dataset m_dataset;
    QList<LabelStat> m_labels;
    QLineEdit *m_name;
    QDoubleSpinBox *m_ratio;
    QCheckBox *m_keepHard;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QLabel *m_duplicates;
    QCheckBox *m_keepTogether;
    qint64 m_groups = -1; // unknown yet
    qint64 m_groupSamples = 0;
    qint64 m_disagreeing = 0;
    QStringList m_examples;
};
