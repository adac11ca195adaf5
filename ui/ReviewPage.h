#pragma once

#include "ModelArtsTypes.h"
#include "ReviewItem.h"
#include "review/ReviewSession.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class ImageView;
class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QScrollArea;
class QTableWidget;
class SampleDelegate;
class SampleFilterModel;
class ThumbnailLoader;

// The review grid: the auto-labeled samples of a task, hard and doubtful first, with filters, counts,
// a detail pane, and every decision as a keyboard action (also in the window's Review menu).
class ReviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    // Shows this session (not owned); nullptr empties the page.
    void setSession(ReviewSession *session, const QString &title = {});
    ReviewSession *session() const { return m_session; }
    ThumbnailLoader *loader() const { return m_loader; }
    SampleFilterModel *filterModel() const { return m_filter; }
    QListView *view() const { return m_view; }
    void setThumbnailSize(int px);

    // The actions of the Review menu, in its order (nullptr: a separator).
    QList<QAction *> menuActions() const { return m_menuActions; }

    // The decisions, as the actions run them (for the selected samples, or the current one).
    void decide(const Decision &decision);
    void skip();
    void relabelTo(int labelIndex);
    void showMessage(const QString &text, bool error = false);

signals:
    void confirmed(qint64 samples); // the dataset's counts changed
    void backRequested();

private:
    QList<int> selectedSourceRows() const;
    void moveCurrent(int delta);
    void applyFilter();
    void updateCounts();
    void updateDetail();
    void updateLabelChoices();
    QAction *addReviewAction(const QString &text, const QKeySequence &key, const QString &name, std::function<void()> run);

    QPointer<ReviewSession> m_session;
    ThumbnailLoader *m_loader;
    SampleFilterModel *m_filter = nullptr;
    SampleDelegate *m_delegate;
    QListView *m_view;
    QLabel *m_title;
    QLabel *m_banner;
    QProgressBar *m_loadProgress;
    QLabel *m_counts;
    QTableWidget *m_labelCounts;
    QComboBox *m_stateFilter;
    QComboBox *m_hardFilter;
    QComboBox *m_labelFilter;
    QComboBox *m_reasonFilter;
    QComboBox *m_sort;
    QDoubleSpinBox *m_lowScore;
    QDoubleSpinBox *m_highScore;
    QLineEdit *m_search;
    ImageView *m_image;
    QScrollArea *m_imageArea;
    QLabel *m_detail;
    QList<QAction *> m_menuActions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QTimer m_countsTimer;
    quint64 m_imageRequest = 0;
    QString m_detailId;
};
