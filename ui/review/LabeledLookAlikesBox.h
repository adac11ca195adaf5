#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class ReviewSession;

// "More like this" with the dataset's labeled samples, on request: what labels the nearest labeled
// samples carry (a summary, then each, nearest first, with its label). Computed the first time it is asked
// for (their previews described as the review's are), with its progress shown.
class LabeledLookAlikesBox final : public QWidget
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(LabeledLookAlikesBox)
    static constexpr int shown = 50; // labeled look-alikes listed
    static constexpr int summarised = 10; // of which the nearest are summarised
    explicit LabeledLookAlikesBox(QWidget *parent = nullptr);

    void setSession(ReviewSession *session);
    // The labeled look-alikes of this review row (-1: none: the box hides).
    void showFor(int row);

private:
    void fill();
    void start();
    void labeledFinished(bool ok, const QString &error);

    QPointer<ReviewSession> m_session;
    QCheckBox *m_on;
    QLabel *m_status;
    QListWidget *m_list;
    int m_row = -1;
};
