#pragma once

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class ReviewSession;

// Starts a spot-check: the scope (every undecided sample, or those a threshold would accept), the target
// (a precision and a margin at 95 % confidence) and the seed; shows how many samples that asks for
// before anything is drawn.
class SpotCheckDialog final : public QDialog
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(SpotCheckDialog)
    SpotCheckDialog(ReviewSession *session, QWidget *parent = nullptr);

private:
    QList<int> scopeRows() const;
    QString scopeText() const;
    void updateSize();
    void start();

    ReviewSession *m_session;
    QRadioButton *m_undecided;
    QRadioButton *m_aboveThreshold;
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_includeHard;
    QDoubleSpinBox *m_precision;
    QDoubleSpinBox *m_margin;
    QSpinBox *m_seed;
    QLabel *m_size;
    QLabel *m_error;
};
