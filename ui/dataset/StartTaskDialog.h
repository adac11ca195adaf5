#pragma once

#include "types/ModelArtsTypes.h"

#include <QDialog>

class QCheckBox;
class QRadioButton;

// Start an auto-label task: the algorithm (each explained in a sentence) and hard-example collection.
class StartTaskDialog final : public QDialog
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(StartTaskDialog)
    explicit StartTaskDialog(const QString &datasetName, QWidget *parent = nullptr);
    AutoLabelOptions options() const;

private:
    QRadioButton *m_fast;
    QRadioButton *m_accurate;
    QCheckBox *m_hard;
};
