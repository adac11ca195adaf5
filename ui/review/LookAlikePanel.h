#pragma once

#include "lookalike/LookAlikes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class LabeledLookAlikesBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class ReviewSession;
class SampleFilterModel;

// How the samples look, on the review page: the vectors' progress (cancel, resume), the samples most like
// one ("More like this": the grid shows them nearest first; on request, the labels of the dataset's labeled
// samples most like it) and the group view (what the filter shows,
// clustered; each group headed by its size, the machine's majority label and its share, how many are
// decided; least consistent first; a group chosen shows in the grid). Group decisions are the page's: the
// panel says which rows they are for.
class LookAlikePanel final : public QWidget
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(LookAlikePanel)
    explicit LookAlikePanel(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, SampleFilterModel *filter);
    // The grid shows the samples most like `row`, nearest first. False, with the reason, when it cannot.
    bool showMoreLike(int row, QString *why);
    bool isShowingMoreLike() const { return m_moreLikeRow >= 0; }
    void setGroupsShown(bool on);
    bool groupsShown() const { return m_groupsShown; }
    // Every sample again (neither look-alikes nor a group).
    void showAll();
    // The groups again, of what the filters show now (the group view follows the filters).
    void regroup();
    // The rows of the group shown (empty when none is).
    QList<int> currentGroupRows() const;
    int groupCount() const { return int(m_groups.size()); }

signals:
    // Before the panel puts its own samples in the grid (the spot-check's drawn view gives way).
    void takingTheGrid();
    // The grid shows what the panel put there (a group, or look-alikes).
    void gridShown();
    void acceptGroupRequested(const QList<int> &groupRows);
    void relabelGroupRequested(const QList<int> &groupRows);
    // A message for the page's banner under `key` (empty: cleared), with "Show all" when `showAll`.
    void message(const QString &key, const QString &text, bool showAll);

private:
    void updateStatus();
    void regroupByService(const QString &key, const QList<int> &rows);
    void findServiceGroupings();
    void grouped(const QList<LookAlikeGroup> &groups);
    void showGroup(int index);
    void refreshHeads();
    QString headText(const LookAlikeGroup &group) const;

    QPointer<ReviewSession> m_session;
    QPointer<SampleFilterModel> m_filter;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QWidget *m_groupBox;
    QSpinBox *m_groupCount;
    QComboBox *m_source; // this app's look-alikes, or an attribute the service grouped by
    QListWidget *m_list;
    LabeledLookAlikesBox *m_labeled; // "More like this" with the dataset's labeled samples
    QList<LookAlikeGroup> m_groups;
    QTimer m_headTimer;
    int m_moreLikeRow = -1;
    bool m_groupsShown = false;
    bool m_grouping = false;
    bool m_regroupAgain = false;
    QString m_error;
};
