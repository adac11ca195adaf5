#include "review/ReviewPage.h"

#include "grid/SampleDelegate.h"
#include "grid/SampleGrid.h"
#include "review/ConfusionView.h"
#include "review/ImageView.h"
#include "review/LookAlikePanel.h"
#include "review/ReviewActions.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewFilterBar.h"
#include "review/ReviewNotices.h"
#include "review/ReviewSession.h"
#include "review/SampleDetailPane.h"
#include "review/SampleViewer.h"
#include "review/ThumbnailLoader.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "session/Session.h"
#include "spotcheck/SpotCheckDialog.h"
#include "spotcheck/SpotCheckPanel.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
    , m_loader(new ThumbnailLoader(this))
    , m_delegate(new SampleDelegate(this))
    , m_filterBar(new ReviewFilterBar(this))
    , m_detailPane(new SampleDetailPane(m_loader, this))
    , m_actions(new ReviewActions(this, this))
    , m_spotPanel(new SpotCheckPanel(this))
    , m_lookPanel(new LookAlikePanel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_messages = new MessageArea(this);
    m_notices = new ReviewNotices(m_messages, this);
    connect(m_filterBar, &ReviewFilterBar::filterChanged, this, &ReviewPage::applyFilter);
    connect(m_filterBar, &ReviewFilterBar::sortChanged, this, &ReviewPage::applySort);
    connect(m_spotPanel, &SpotCheckPanel::thresholdsRequested, this, &ReviewPage::openThresholdDialog);
    connect(m_spotPanel, &SpotCheckPanel::message, this,
            [this](const QString &text) { m_messages->show(QStringLiteral("spotCheck"), text); });

    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_lookPanel);
    side->addWidget(m_spotPanel);
    // The detail scrolls when the window is small: it never makes the window grow.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidgetResizable(true);
    detailScroll->setWidget(m_detailPane);
    side->addWidget(detailScroll);
    side->setStretchFactor(2, 1);
    // None collapses to nothing: the panel shown when a check starts gets at least its minimum.
    for (int i = 0; i < side->count(); ++i)
        side->setCollapsible(i, false);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(createGridPane());
    splitter->addWidget(side);
    connectLookAlikes();
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    layout->addLayout(titleRow);
    layout->addWidget(m_messages);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(m_actions->createButtonRow(this));

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setObjectName(QStringLiteral("reviewCounts"));
    m_countsTimer.setInterval(100);
    connect(&m_countsTimer, &QTimer::timeout, this, &ReviewPage::updateCounts);
    setSession(nullptr);
}

ReviewPage::~ReviewPage()
{
    // The view lets go of the models it shows before they go.
    m_view->setModel(nullptr);
}

QWidget *ReviewPage::createGridPane()
{
    m_view = new SampleGrid(m_loader, m_delegate, this);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ReviewPage::openViewer);
    m_view->viewport()->installEventFilter(this);

    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setMaximumWidth(260);
    m_loadProgress->setFormat(tr("Loading %v of %m"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_selected = new QLabel(this);
    m_selected->setObjectName(QStringLiteral("selected"));
    // The tiles' size and whether their names show, from the grid itself (Ctrl+wheel too).
    m_sizeSlider = new QSlider(Qt::Horizontal, this);
    m_sizeSlider->setObjectName(QStringLiteral("thumbnailSlider"));
    m_sizeSlider->setAccessibleName(tr("Thumbnail size"));
    m_sizeSlider->setRange(64, 512);
    m_sizeSlider->setSingleStep(16);
    m_sizeSlider->setPageStep(64);
    m_sizeSlider->setMaximumWidth(140);
    m_sizeSlider->setValue(m_delegate->thumbnailSize());
    connect(m_sizeSlider, &QSlider::valueChanged, this, [this](int px) {
        setThumbnailSize(px);
        emit thumbnailSizeChanged(px);
    });
    auto *names = new QCheckBox(tr("Names"), this);
    names->setObjectName(QStringLiteral("showNames"));
    names->setToolTip(tr("Show each file's name under its tile"));
    connect(names, &QCheckBox::toggled, this, [this](bool on) {
        m_delegate->setShowNames(on);
        m_view->setGridSize(m_delegate->cellSize());
        m_view->scheduleThumbnails();
        emit showNamesChanged(on);
    });

    auto *gridPane = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_view, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_counts, 1);
    statusRow->addWidget(m_selected);
    statusRow->addWidget(names);
    statusRow->addWidget(m_sizeSlider);
    statusRow->addWidget(m_loadProgress);
    gridLayout->addLayout(statusRow);
    return gridPane;
}

QList<QAction *> ReviewPage::menuActions() const { return m_actions->menuActions(); }

void ReviewPage::setShowNames(bool on)
{
    if (auto *names = findChild<QCheckBox *>(QStringLiteral("showNames")))
        names->setChecked(on);
}

void ReviewPage::setThumbnailSize(int px)
{
    m_view->setThumbnailSize(px);
    const QSignalBlocker quiet(m_sizeSlider);
    m_sizeSlider->setValue(px);
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+wheel over the grid: bigger or smaller tiles (the slider follows).
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int steps = wheel->angleDelta().y() / 120;
            if (steps != 0)
                m_sizeSlider->setValue(m_sizeSlider->value() + steps * m_sizeSlider->singleStep());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPage::setSession(ReviewSession *session, const QString &title)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->model()->disconnect(this);
        m_session->undoStack()->disconnect(this);
    }
    m_session = session;
    m_allDecided = false;
    m_thresholdUndoIndex = -1;
    if (m_viewer)
        m_viewer->close();
    if (m_confusions) { // it counts the old session's samples (deleted on close)
        m_confusions->close();
        m_confusions = nullptr;
    }
    m_filterBar->clearDecisionFilter();
    m_loader->clearQueue();
    m_title->setText(title);
    m_detailPane->reset(tr("Select a sample to see it here."));
    SampleFilterModel *old = m_filter;
    m_filter = session ? new SampleFilterModel(session->model(), this) : nullptr;
    m_view->setModels(m_filter, session ? session->model() : nullptr);
    if (m_filter) {
        ThumbnailLoader *loader = m_loader;
        m_filter->setThumbnailProvider([loader](const QString &id) {
            ThumbnailLoader::Status status;
            SampleFilterModel::Thumbnail t;
            t.image = loader->cached(id, &status);
            t.status = SampleFilterModel::ThumbnailStatus(int(status));
            if (status == ThumbnailLoader::Status::Failed)
                t.error = loader->failure(id);
            return t;
        });
    }
    m_spotPanel->setSession(session, m_filter);
    m_lookPanel->setSession(session, m_filter);
    if (old)
        old->deleteLater();
    m_actions->setEnabled(session != nullptr);
    m_actions->setKeeping(session && session->isSuspectReview());
    m_detailPane->setLabelsGiven(session && session->isSuspectReview());
    m_filterBar->setLabelsGiven(session && session->isSuspectReview());
    if (!session) {
        m_notices->follow(nullptr, {});
        m_counts->clear();
        m_loadProgress->setVisible(false);
        return;
    }
    m_filter->setSort(m_filterBar->sortKey(), m_filterBar->sortOrder());
    applyFilter();
    connectSession(session);
    connectLoading(session);
    connect(session, &ReviewSession::confirmFinished, this, [this](const ConfirmReport &report) {
        if (report.confirmed > 0)
            emit confirmed(report.confirmed);
    });
    m_notices->follow(session, [this] { reload(); });
    updateLabelChoices();
    updateCounts();
    updateSelected();
}

void ReviewPage::connectSession(ReviewSession *session)
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPage::updateDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewPage::updateSelected);
    // Rows gone or moved: the detail pane shows the current sample or nothing, never an old one.
    auto rowsChanged = [this] {
        updateDetail();
        updateSelected();
        if (!m_countsTimer.isActive())
            m_countsTimer.start(); // "Shown N" follows what is shown
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(session->model(), &SampleListModel::countsChanged, this, [this] {
        if (!m_countsTimer.isActive())
            m_countsTimer.start();
    });
    connect(session->model(), &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int current = m_filter ? m_filter->mapToSource(m_view->currentIndex()).row() : -1;
        if (current >= from.row() && current <= to.row())
            updateDetail();
    });
    auto updateUndo = [this] { m_actions->updateUndo(m_session->undoStack(), m_session->isSaving()); };
    connect(session->undoStack(), &QUndoStack::indexChanged, this, updateUndo);
    connect(session->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (m_thresholdUndoIndex >= 0 && index < m_thresholdUndoIndex) { // what the banner says is taken back
            m_messages->clear(QStringLiteral("threshold"));
            m_thresholdUndoIndex = -1;
        }
    });
    connect(session->undoStack(), &QUndoStack::cleanChanged, this, updateUndo);
    connect(session, &ReviewSession::savingChanged, this, updateUndo);
    updateUndo();
    connect(session, &ReviewSession::samplesDeleted, this, [this](qint64 deleted, const QStringList &refused, const ApiError &error) {
        if (error.isError()) // no answer is not a refusal: Session::describe says which it was
            m_messages->show(QStringLiteral("delete"), tr("Nothing was deleted: %1").arg(Session::describe(error)),
                             MessageArea::Kind::Error);
        else if (!refused.isEmpty())
            m_messages->show(QStringLiteral("delete"),
                             tr("%n deleted; the service refused %1: %2", nullptr, int(deleted))
                                     .arg(QLocale().toString(refused.size()), refused.mid(0, 3).join(QStringLiteral("; "))),
                             MessageArea::Kind::Error);
        else
            m_messages->show(QStringLiteral("delete"), tr("%n image(s) deleted from the dataset.", nullptr, int(deleted)));
    });
    connect(session, &ReviewSession::spotCheckDrawn, this, [this](bool ok, const QString &error) {
        if (!ok) {
            m_messages->show(QStringLiteral("spotCheck"), error);
            return;
        }
        m_messages->clear(QStringLiteral("spotCheck"));
        m_lookPanel->showAll();
        m_spotPanel->showDrawn(true); // the drawn samples, the first one current
        m_view->setCurrentIndex(m_filter->index(0, 0));
        m_view->setFocus();
    });
}

void ReviewPage::connectLoading(ReviewSession *session)
{
    m_loadProgress->setVisible(session->isLoading());
    m_loadProgress->setFormat(session->isSuspectReview() ? tr("Auditing %p%") : tr("Loading %v of %m"));
    connect(session, &ReviewSession::firstPageLoaded, this, [this] {
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
        updateLabelChoices();
    });
    connect(session, &ReviewSession::loadProgress, this, [this](qint64 loaded, qint64 total) {
        m_loadProgress->setVisible(loaded < total);
        m_loadProgress->setMaximum(int(total));
        m_loadProgress->setValue(int(loaded));
    });
    connect(session, &ReviewSession::loadFinished, this, [this] {
        m_loadProgress->setVisible(false);
        const QString next = m_session->spotCheck()->firstUnchecked();
        if (m_spotPanel->isShowingDrawn() && !next.isEmpty()) // a check resumed: at the first sample it still needs
            m_view->makeCurrent(m_session->model()->rowOf(next));
        updateLabelChoices();
        updateCounts();
    });
    connect(session, &ReviewSession::loadFailed, this, [this] { m_loadProgress->setVisible(false); });
}

void ReviewPage::updateLabelChoices()
{
    if (!m_session)
        return;
    const QStringList labels = m_session->model()->labels();
    m_filterBar->setLabels(labels);
    m_actions->setLabels(labels);
    m_filterBar->setReasons(m_session->model()->presentReasons()); // the hard reasons that occur
}

void ReviewPage::applySort()
{
    if (!m_filter)
        return;
    m_filter->setSort(m_filterBar->sortKey(), m_filterBar->sortOrder());
    m_loader->clearQueue();
}

void ReviewPage::applyFilter()
{
    if (!m_filter)
        return;
    m_filter->setFilter(m_filterBar->filter());
    if (m_lookPanel->groupsShown())
        m_lookPanel->regroup(); // the groups are of what the filters show
    m_loader->clearQueue(); // what was asked for may be gone from view
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    updateCounts();
}

void ReviewPage::updateCounts()
{
    if (!m_session) {
        m_counts->clear();
        return;
    }
    const SampleListModel::Counts c = m_session->model()->counts();
    const QLocale l;
    QString text = tr("Shown %1 · To review %2 · Decided %3 · Confirmed %4 · Hard %5")
                           .arg(l.toString(m_filter ? m_filter->rowCount() : 0), l.toString(c.toReview), l.toString(c.decided),
                                l.toString(c.confirmed), l.toString(c.hard));
    if (c.failed > 0)
        text += QStringLiteral(" · ") + tr("Refused %1").arg(l.toString(c.failed));
    m_notices->refusedLeft(c.failed);
    m_counts->setText(text);
    showWhenAllDecided(c);
    // The table follows the filters; the progress chart is the whole review.
    const bool everything = !m_filter || m_filter->rowCount() == m_session->model()->rowCount();
    m_detailPane->setCounts(everything ? c : m_session->model()->counts(m_filter->acceptedSourceRows()), c);
}

// Nothing left to review and decisions to send: the page says so once, and how to send them.
void ReviewPage::showWhenAllDecided(const SampleListModel::Counts &c)
{
    const bool allDecided = m_session->isLoaded() && c.toReview == 0 && c.decided > 0;
    if (allDecided == m_allDecided)
        return;
    m_allDecided = allDecided;
    if (!allDecided) {
        m_messages->clear(QStringLiteral("allDecided"));
        return;
    }
    m_messages->show(
            QStringLiteral("allDecided"),
            tr("Every sample is decided. Confirm labels… (Ctrl+Enter) sends the %n decision(s) to the service.", nullptr, int(c.decided)),
            MessageArea::Kind::Info, tr("Confirm labels…"), [this] { openConfirmDialog(); });
}

void ReviewPage::updateSelected() { m_selected->setText(tr("Selected %1").arg(QLocale().toString(m_view->selectedCount()))); }

void ReviewPage::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_session || !current.isValid()) {
        // Nothing selected (or the rows went with a reload): nothing shown, not an old sample.
        m_detailPane->reset(tr("Select a sample to see it here."));
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    const ReviewItem &item = m_session->model()->item(row);
    m_detailPane->showSample(item, *m_session->model(), m_session->suspectOf(item.id));
}
