#include "ReviewPage.h"

#include "Prompts.h"
#include "ReviewActions.h"
#include "ReviewDialogs.h"
#include "ReviewFilterBar.h"
#include "SampleDelegate.h"
#include "SampleDetailPane.h"
#include "SampleFilterModel.h"
#include "SampleListModel.h"
#include "review/ReviewSession.h"
#include "review/ThumbnailLoader.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
    , m_loader(new ThumbnailLoader(this))
    , m_delegate(new SampleDelegate(this))
    , m_filterBar(new ReviewFilterBar(this))
    , m_detailPane(new SampleDetailPane(m_loader, this))
    , m_actions(new ReviewActions(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    connect(m_filterBar, &ReviewFilterBar::filterChanged, this, &ReviewPage::applyFilter);
    connect(m_filterBar, &ReviewFilterBar::sortChanged, this, &ReviewPage::applySort);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(createGridPane());
    splitter->addWidget(m_detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    layout->addLayout(titleRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(createActionRow());

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(100);
    connect(&m_countsTimer, &QTimer::timeout, this, &ReviewPage::updateCounts);
    m_thumbnailTimer.setSingleShot(true);
    m_thumbnailTimer.setInterval(0);
    connect(&m_thumbnailTimer, &QTimer::timeout, this, &ReviewPage::requestVisibleThumbnails);
    setSession(nullptr);
}

ReviewPage::~ReviewPage()
{
    // The view lets go of the models it shows before they go.
    m_view->setModel(nullptr);
}

QWidget *ReviewPage::createGridPane()
{
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setAccessibleName(tr("Samples"));
    // A wrapping grid of equal cells: laid out in one pass over row numbers (IconMode's free placement
    // keeps a tree of item rectangles, slow at 100,000).
    m_view->setViewMode(QListView::ListMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(2000);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(24);
    m_view->setItemDelegate(m_delegate);
    m_view->setGridSize(m_delegate->cellSize());
    connect(m_loader, &ThumbnailLoader::thumbnailReady, m_view->viewport(), qOverload<>(&QWidget::update));
    connect(m_loader, &ThumbnailLoader::thumbnailFailed, m_view->viewport(), qOverload<>(&QWidget::update));
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReviewPage::scheduleThumbnails);
    m_view->viewport()->installEventFilter(this);

    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setMaximumWidth(260);
    m_loadProgress->setFormat(tr("Loading %v of %m"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));

    auto *gridPane = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_view, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_counts, 1);
    statusRow->addWidget(m_loadProgress);
    gridLayout->addLayout(statusRow);
    return gridPane;
}

QLayout *ReviewPage::createActionRow()
{
    // Buttons for the actions with short texts of their own: an action's text may grow ("Undo: Accept 55
    // samples above the threshold"); the button keeps its place and width and shows the full text as its
    // tooltip.
    auto button = [this](const QString &name, const QString &text) {
        QAction *action = m_actions->action(name);
        auto *b = new QToolButton(this);
        b->setObjectName(name + QStringLiteral("Button"));
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QToolButton::clicked, action, &QAction::trigger);
        auto follow = [b, action] {
            b->setEnabled(action->isEnabled());
            b->setToolTip(action->toolTip()); // the action's text unless it has a tooltip of its own
        };
        connect(action, &QAction::changed, b, follow);
        follow();
        return b;
    };
    auto *back = new QPushButton(tr("← &Back"), this);
    back->setObjectName(QStringLiteral("back"));
    connect(back, &QPushButton::clicked, this, &ReviewPage::backRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(back);
    row->addStretch();
    row->addWidget(button(QStringLiteral("accept"), tr("Accept (A)")));
    row->addWidget(button(QStringLiteral("relabel"), tr("Relabel… (L, 1–9)")));
    row->addWidget(button(QStringLiteral("reject"), tr("Reject (R)")));
    row->addWidget(button(QStringLiteral("skip"), tr("Skip (S)")));
    row->addSpacing(12);
    row->addWidget(button(QStringLiteral("threshold"), tr("Threshold… (T)")));
    row->addWidget(button(QStringLiteral("undo"), tr("Undo")));
    row->addSpacing(12);
    auto *confirmButton = new QPushButton(tr("Confirm labels…"), this);
    confirmButton->setObjectName(QStringLiteral("confirmButton"));
    connect(confirmButton, &QPushButton::clicked, m_actions->action(QStringLiteral("confirm")), &QAction::trigger);
    row->addWidget(confirmButton);
    return row;
}

QList<QAction *> ReviewPage::menuActions() const { return m_actions->menuActions(); }

void ReviewPage::setThumbnailSize(int px)
{
    m_loader->setThumbnailSize(px);
    m_delegate->setThumbnailSize(px);
    m_view->setGridSize(m_delegate->cellSize());
    scheduleThumbnails();
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        scheduleThumbnails();
    return QWidget::eventFilter(watched, event);
}

void ReviewPage::scheduleThumbnails()
{
    if (m_filter && !m_thumbnailTimer.isActive())
        m_thumbnailTimer.start();
}

void ReviewPage::requestVisibleThumbnails()
{
    if (!m_filter || !m_session || m_filter->rowCount() == 0)
        return;
    const QModelIndex first = m_view->indexAt(QPoint(1, 1));
    if (!first.isValid())
        return;
    const QSize cell = m_view->gridSize();
    const QSize viewport = m_view->viewport()->size();
    const int columns = qMax(1, viewport.width() / qMax(1, cell.width()));
    const int lines = viewport.height() / qMax(1, cell.height()) + 2; // partly visible ones too
    const int last = qMin(m_filter->rowCount() - 1, first.row() + columns * lines - 1);
    const SampleListModel *model = m_session->model();
    // The loader serves the newest request first: the first cell on screen is asked last.
    for (int row = last; row >= first.row(); --row) {
        const ReviewItem &item = model->item(m_filter->sourceRow(row));
        m_loader->thumbnail(item.id, QUrl::fromEncoded(item.previewUrl));
    }
}

void ReviewPage::setSession(ReviewSession *session, const QString &title)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->model()->disconnect(this);
        m_session->undoStack()->disconnect(this);
    }
    m_session = session;
    m_loader->clearQueue();
    m_title->setText(title);
    m_banner->setVisible(false);
    m_detailPane->reset(tr("Select a sample to see it here."));
    SampleFilterModel *old = m_filter;
    m_filter = session ? new SampleFilterModel(session->model(), this) : nullptr;
    m_view->setModel(m_filter);
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
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(m_filter, signal, this, &ReviewPage::scheduleThumbnails);
        connect(m_filter, &QAbstractItemModel::modelReset, this, &ReviewPage::scheduleThumbnails);
        connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ReviewPage::scheduleThumbnails);
    }
    if (old)
        old->deleteLater();
    m_actions->setEnabled(session != nullptr);
    if (!session) {
        m_counts->clear();
        m_loadProgress->setVisible(false);
        return;
    }
    m_filter->setSort(m_filterBar->sortKey(), m_filterBar->sortOrder());
    applyFilter();
    connectSession(session);
    connectLoading(session);
    updateLabelChoices();
    updateCounts();
}

void ReviewPage::connectSession(ReviewSession *session)
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPage::updateDetail);
    connect(session->model(), &SampleListModel::countsChanged, this, [this] {
        if (!m_countsTimer.isActive())
            m_countsTimer.start();
    });
    connect(session->model(), &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int current = m_filter ? m_filter->mapToSource(m_view->currentIndex()).row() : -1;
        if (current >= from.row() && current <= to.row())
            updateDetail();
    });
    connect(session, &ReviewSession::restored, this, [this](int n) {
        showMessage(tr("%n decision(s) from your last session on this task were restored. Nothing was lost.", nullptr, n));
    });
    connect(session, &ReviewSession::decisionFailed, this, [this](const QString &error) { showMessage(error, true); });
    connect(session, &ReviewSession::confirmFinished, this, [this](qint64 sent, const QList<SampleOutcome> &failures, bool) {
        if (sent > 0)
            emit confirmed(sent);
        if (!failures.isEmpty())
            showMessage(tr("%n sample(s) were refused by the service and stay decided: show them with “Refused by the service”.", nullptr,
                           int(failures.size())),
                        true);
    });
    auto updateUndo = [this] { m_actions->updateUndo(m_session->undoStack()); };
    connect(session->undoStack(), &QUndoStack::indexChanged, this, updateUndo);
    connect(session->undoStack(), &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
}

void ReviewPage::connectLoading(ReviewSession *session)
{
    m_loadProgress->setVisible(session->isLoading());
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
    connect(session, &ReviewSession::loadFinished, this, [this](qint64 total) {
        m_loadProgress->setVisible(false);
        updateLabelChoices();
        updateCounts();
        if (total == 0)
            showMessage(tr("This task left no auto-labeled samples to review: they are all confirmed, or it labeled none."));
    });
    connect(session, &ReviewSession::loadFailed, this, [this](const ApiError &e) {
        m_loadProgress->setVisible(false);
        showMessage(tr("The samples could not be loaded: %1. Your decisions are kept; Review > Reload the samples (Ctrl+R) tries again.")
                            .arg(e.toString()),
                    true);
    });
}

void ReviewPage::showMessage(const QString &text, bool error)
{
    QPalette pal = m_banner->palette();
    pal.setColor(QPalette::Window, error ? QColor(0xfb, 0xe3, 0xe1) : QColor(0xe3, 0xf1, 0xfb));
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_banner->setPalette(pal);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void ReviewPage::updateLabelChoices()
{
    if (!m_session)
        return;
    const QStringList labels = m_session->model()->labels();
    m_filterBar->setLabels(labels);
    m_actions->setLabels(labels);
    // The hard reasons that occur.
    quint32 present = 0;
    for (int row = 0; row < m_session->model()->rowCount(); ++row)
        present |= m_session->model()->item(row).reasons;
    m_filterBar->setReasons(present);
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
    m_counts->setText(text);
    m_detailPane->setCounts(c);
}

void ReviewPage::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_session || !current.isValid()) {
        m_detailPane->clearDescription();
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    m_detailPane->showSample(m_session->model()->item(row), *m_session->model());
}

QList<int> ReviewPage::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_filter)
        return rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    rows.reserve(selected.size());
    for (const QModelIndex &i : selected)
        rows.append(m_filter->mapToSource(i).row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_filter->mapToSource(m_view->currentIndex()).row());
    return rows;
}

void ReviewPage::decide(const Decision &decision)
{
    if (!m_session)
        return;
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    // One sample: decide and move on to the next one, as it is shown now.
    const QModelIndex current = m_view->currentIndex();
    int nextSource = -1;
    if (rows.size() == 1 && current.isValid() && current.row() + 1 < m_filter->rowCount())
        nextSource = m_filter->sourceRow(current.row() + 1);
    if (!m_session->decide(rows, decision))
        return;
    if (rows.size() == 1) {
        const QModelIndex next = nextSource >= 0 ? m_filter->mapFromSource(m_session->model()->index(nextSource)) : QModelIndex();
        if (next.isValid())
            m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    }
}

void ReviewPage::skip() { moveCurrent(1); }

void ReviewPage::relabelTo(int labelIndex)
{
    if (!m_session || labelIndex < 0 || labelIndex >= m_session->model()->labels().size())
        return;
    decide(Decision::relabel(m_session->model()->labelName(labelIndex)));
}

void ReviewPage::askRelabel()
{
    if (!m_session || m_session->model()->labels().isEmpty())
        return;
    if (const auto label = prompts::chooseItem(this, tr("Relabel"), tr("Label:"), m_session->model()->labels()))
        relabelTo(int(m_session->model()->labels().indexOf(*label)));
}

void ReviewPage::openThresholdDialog()
{
    if (!m_session)
        return;
    auto *dialog = new ThresholdDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { showMessage(tr("%n sample(s) accepted. Undo (Ctrl+Z) takes them back.", nullptr, dialog->accepted())); });
    dialog->open();
}

void ReviewPage::openConfirmDialog()
{
    if (!m_session)
        return;
    if (!m_session->isLoaded()) {
        showMessage(tr("The samples are still loading: confirm when all are in."));
        return;
    }
    auto *dialog = new ConfirmDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReviewPage::reload()
{
    if (!m_session || m_session->isLoading() || m_session->isConfirming())
        return;
    m_banner->setVisible(false);
    m_session->load();
}

void ReviewPage::moveCurrent(int delta)
{
    if (!m_filter || m_filter->rowCount() == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = qBound(0, (current.isValid() ? current.row() : -delta) + delta, m_filter->rowCount() - 1);
    m_view->selectionModel()->setCurrentIndex(m_filter->index(row, 0), QItemSelectionModel::ClearAndSelect);
}
