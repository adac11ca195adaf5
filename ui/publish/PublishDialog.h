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
    // round(ratio * n) train, the rest evaluate: the service's split of n images of one label.
    static qint64 trainCount(qint64 images, double ratio);

private:
    void updatePreview();

    Dataset m_dataset;
    QList<LabelStat> m_labels;
    QLineEdit *m_name;
    QDoubleSpinBox *m_ratio;
    QCheckBox *m_keepHard;
    QTableWidget *m_preview;
    QLabel *m_summary;
};
