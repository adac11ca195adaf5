#pragma once

#include "grid/SampleGrid.h"
#include "review/ReviewCommands.h"
#include "review/ReviewSession.h"
#include "samples/SampleListModel.h"
#include "tables/ConfusionTableModel.h"
#include "types/ModelArtsTypes.h"
#include "types/ReviewItem.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class ConfusionView;
class QAction;
class QLabel;
class LookAlikePanel;
class MessageArea;
class QProgressBar;
class QSlider;
class ReviewActions;
class ReviewFilterBar;
class ReviewNotices;
class SampleDelegate;
class SampleDetailPane;
class SampleFilterModel;
class SampleViewer;
class SpotCheckPanel;
class ThumbnailLoader;

// The review grid: the auto-labeled samples of a task, hard and doubtful first, with the filter bar
// above, the detail pane beside, counts below, and every decision as a keyboard action (ReviewActions,
// also in the window's Review menu).
class ReviewPage final : public QWidget, public ReviewCommands
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;
    Q_DISABLE_COPY_MOVE(ReviewPage)

    // Shows this session (not owned); nullptr empties the page.
    void setSession(ReviewSession *session, const QString &title = {});
    ReviewSession *session() const { return m_session; }
    ThumbnailLoader *loader() const { return m_loader; }
    SampleFilterModel *filterModel() const { return m_filter; }
    SampleGrid *view() const { return m_view; }
    SampleDetailPane *detailPane() const { return m_detailPane; }
    void setThumbnailSize(int px);
    void setShowNames(bool on); // file names under the tiles

    // The actions of the Review menu, in its order (nullptr: a separator).
    QList<QAction *> menuActions() const;

    // The decisions, as the actions run them (for the selected samples, or the current one).
    void decide(const Decision &decision) override;
    void skip() override;
    void relabelTo(int labelIndex) override;
    void askRelabel() override;
    void askDelete() override;
    void moveCurrent(int delta) override;
    void selectAllShown() override;
    void zoomBy(double factor) override;
    void fitImage() override;
    void moreLikeThis() override;
    void toggleGroups() override;
    void openConfusions() override;
    ConfusionView *confusionView() const;
    LookAlikePanel *lookAlikePanel() const { return m_lookPanel; }
    void openThresholdDialog() override;
    void openConfirmDialog() override;
    // Draws a spot-check (SpotCheckDialog); the grid then shows the drawn samples.
    void openSpotCheck() override;
    SpotCheckPanel *spotCheckPanel() const { return m_spotPanel; }
    // The current sample large (SampleViewer); the one already open comes forward.
    void openViewer() override;
    void undo() override;
    void redo() override;
    void reload() override;
    void questionConfirmed() override;
    void back() override { emit backRequested(); }
    MessageArea *messages() const { return m_messages; }

signals:
    void confirmed(qint64 samples); // the dataset's counts changed
    void thumbnailSizeChanged(int px); // from the grid's slider or Ctrl+wheel
    void showNamesChanged(bool on); // from the "Names" box
    void backRequested();
    // A suspect review of these samples' labels (those this review confirmed).
    void suspectsRequested(const QString &datasetId, const QStringList &sampleIds);

private:
    QWidget *createGridPane();
    void connectSession(ReviewSession *session);
    void connectLoading(ReviewSession *session);
    void applySort();
    void applyFilter();
    void updateCounts();
    void showWhenAllDecided(const SampleListModel::Counts &counts);
    void updateDetail();
    void updateSelected();
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The rows a decision over `rows` goes to: with decided ones among several, as the reviewer says.
    QList<int> keepOrOverwrite(const QList<int> &rows, const Decision &decision);
    void updateLabelChoices();
    void connectLookAlikes();
    void acceptGroup(const QList<int> &groupRows);
    void relabelGroup(const QList<int> &groupRows);
    // The labels most likely for the sample in `row`, its machine label left out.
    QStringList proposalsFor(int row) const;
    void noteRecentLabel(const QString &label); // first in the label picker next time
    // The confusion view (ReviewConfusions.cpp).
    struct ConfusionRows
    {
        QList<int> undecided; // of the cell's machine label
        QList<int> like; // relabeled to the cell's label
        QList<int> unlike; // decided otherwise
    };
    void updateConfusionEstimates();
    QString confusionCellText(const ConfusionTableModel::Cell &cell) const;
    void showConfusionCell(const ConfusionTableModel::Cell &cell);
    ConfusionRows confusionRows(const ConfusionTableModel::Cell &cell) const;
    void relabelConfusionLookAlikes(const ConfusionTableModel::Cell &cell);
    void proposeConfusionRelabel(const ConfusionTableModel::Cell &cell, const ConfusionRows &rows, const QList<int> &closer);

    QPointer<ReviewSession> m_session;
    ThumbnailLoader *m_loader;
    SampleFilterModel *m_filter = nullptr;
    SampleDelegate *m_delegate;
    ReviewFilterBar *m_filterBar;
    SampleDetailPane *m_detailPane;
    ReviewActions *m_actions;
    SpotCheckPanel *m_spotPanel;
    LookAlikePanel *m_lookPanel;
    SampleGrid *m_view = nullptr;
    QLabel *m_title;
    MessageArea *m_messages;
    ReviewNotices *m_notices;
    QProgressBar *m_loadProgress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_selected = nullptr;
    QSlider *m_sizeSlider = nullptr;
    QPointer<SampleViewer> m_viewer;
    QPointer<ConfusionView> m_confusions;
    QTimer m_countsTimer;
    bool m_allDecided = false; // nothing left to review, decisions to send (said once)
    int m_thresholdUndoIndex = -1; // the undo index after the threshold accept the banner tells of
    QStringList m_recentLabels; // relabeled to in this review, most recent first
};
