#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class ReviewSession;
struct ReviewRound;
class SampleFilterModel;

// The spot-check beside the grid: how far the check is, the estimated precision of the machine's labels
// in the scope (overall and per label, with the 95 % interval and the expected number of wrong labels),
// the threshold each label's evidence supports; the grid shows only the drawn samples, in the order to
// check them, while "Drawn samples only" is on. In a round, the previous review's estimate beside this one's.
// Hidden when the review has neither.
class SpotCheckPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SpotCheckPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SpotCheckPanel)

    // The session's check, its drawn samples shown through `filter` (neither owned).
    void setSession(ReviewSession *session, SampleFilterModel *filter);
    // After a new check is drawn: the grid shows its samples.
    void showDrawn(bool on);
    bool isShowingDrawn() const;

signals:
    void thresholdsRequested();
    void message(const QString &text);

private:
    void layOut(QLabel *title);
    void refresh();
    void fillTable();
    void showWhatIsNext(bool complete);
    QString roundText(const ReviewRound &round) const;
    void drawMore();
    void discard();

    QPointer<ReviewSession> m_session;
    QPointer<SampleFilterModel> m_filter;
    QLabel *m_round; // a round's estimate before, beside this one's
    QWidget *m_checkPart;
    QLabel *m_scope;
    QProgressBar *m_progress;
    QLabel *m_overall;
    QLabel *m_next; // what to do once every drawn sample is answered
    QTableWidget *m_table;
    QPushButton *m_drawnOnly;
    QPushButton *m_more;
    QPushButton *m_thresholds;
    QPushButton *m_discard;
    QTimer m_refresh;
    qint64 m_shownDrawn = -1; // how many drawn samples the grid shows (-1: not filtered)
    bool m_complete = false; // every drawn sample answered, when last refreshed
};
