#pragma once

#include "review/ReviewSession.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

// Threshold accept: a score threshold (one for all, or one per label) and whether hard examples count;
// shows per label how many undecided samples it would accept before anything happens. Apply is one
// undoable step.
class ThresholdDialog final : public QDialog
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(ThresholdDialog)
    ThresholdDialog(ReviewSession *session, QWidget *parent = nullptr);
    int accepted() const { return m_accepted; }

private:
    void createTable(const QStringList &labels);
    ReviewSession::ThresholdRule rule() const; // as the dialog shows it
    void updatePreview();
    void showEstimate(int row, qint64 count);
    void useSuggestions();
    void apply();

    ReviewSession *m_session;
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_perLabel;
    QCheckBox *m_includeHard;
    QTableWidget *m_table;
    QLineEdit *m_find;
    QLabel *m_total;
    QPushButton *m_suggested;
    QDialogButtonBox *m_buttons;
    int m_accepted = 0;
};

// Confirmation: what will be sent (per label: accepted, relabeled to it, rejected), then the batch
// update with a progress bar and Cancel; what the service refused is listed with its reason and stays
// pending, so Send again retries it.
class ConfirmDialog final : public QDialog
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(ConfirmDialog)
    ConfirmDialog(ReviewSession *session, QWidget *parent = nullptr);

private:
    void showSummary();
    void showReport(const ConfirmReport &report);
    void send();

    ReviewSession *m_session;
    QTableWidget *m_summary;
    QLabel *m_text;
    QProgressBar *m_progress;
    QTreeWidget *m_failures;
    QPushButton *m_send;
    QPushButton *m_close;
    qint64 m_confirmedTotal = 0; // over the sends of this dialog
};
