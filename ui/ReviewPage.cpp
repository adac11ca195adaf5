#include "ReviewPage.h"

#include "HardReasonCatalog.h"
#include "ReviewDialogs.h"
#include "review/ReviewSession.h"
#include "SampleDelegate.h"
#include "SampleFilterModel.h"
#include "SampleListModel.h"
#include "review/ThumbnailLoader.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

// The large image of the detail pane: fitted to the pane, or zoomed (then the scroll area pans it).
class ImageView final : public QWidget
{
public:
    explicit ImageView(QScrollArea *area)
        : QWidget(area)
        , m_area(area)
    {
        setAccessibleName(QCoreApplication::translate("ReviewPage", "Image"));
    }
    void setImage(const QImage &image, const QString &message = {})
    {
        m_image = image;
        m_message = message;
        relayout();
    }
    bool hasImage() const { return !m_image.isNull(); }
    void zoomBy(double factor)
    {
        if (m_image.isNull())
            return;
        m_zoom = qBound(0.05, (m_zoom > 0 ? m_zoom : fitScale()) * factor, 16.0);
        relayout();
    }
    void fit()
    {
        m_zoom = 0;
        relayout();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        if (m_image.isNull()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
            return;
        }
        const double scale = m_zoom > 0 ? m_zoom : fitScale();
        QRect target(QPoint(), m_image.size() * scale);
        target.moveCenter(rect().center());
        p.setRenderHint(QPainter::SmoothPixmapTransform, scale < 2);
        p.drawImage(target, m_image);
    }

private:
    double fitScale() const
    {
        const QSize avail = m_area->viewport()->size();
        if (m_image.isNull() || avail.isEmpty())
            return 1;
        // Small images are enlarged (up to 8x) so that there is something to look at.
        return qMin(8.0, qMin(double(avail.width()) / m_image.width(), double(avail.height()) / m_image.height()));
    }
    void relayout()
    {
        m_area->setWidgetResizable(m_zoom <= 0 || m_image.isNull());
        if (m_zoom > 0 && !m_image.isNull())
            resize(m_image.size() * m_zoom);
        update();
    }

    QScrollArea *m_area;
    QImage m_image;
    QString m_message;
    double m_zoom = 0; // 0: fit
};

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
    , m_loader(new ThumbnailLoader(this))
    , m_delegate(new SampleDelegate(m_loader, this))
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

    // Filters.
    auto combo = [this](const QString &name, const QString &accessible, const QList<QPair<QString, int>> &items) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        c->setAccessibleName(accessible);
        for (const auto &[text, value] : items)
            c->addItem(text, value);
        connect(c, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
        return c;
    };
    using SF = SampleFilterModel::StateFilter;
    m_stateFilter = combo(QStringLiteral("stateFilter"), tr("Show"),
                          { { tr("Not confirmed"), int(SF::Pending) },
                            { tr("To review"), int(SF::ToReview) },
                            { tr("Decided"), int(SF::Decided) },
                            { tr("Refused by the service"), int(SF::Failed) },
                            { tr("Confirmed"), int(SF::Confirmed) },
                            { tr("All"), int(SF::All) } });
    using HF = SampleFilterModel::HardFilter;
    m_hardFilter = combo(QStringLiteral("hardFilter"), tr("Hard examples"),
                         { { tr("Hard and not hard"), int(HF::All) }, { tr("Hard only"), int(HF::HardOnly) }, { tr("Not hard"), int(HF::NotHard) } });
    m_labelFilter = combo(QStringLiteral("labelFilter"), tr("Predicted label"), { { tr("All labels"), -1 } });
    m_reasonFilter = combo(QStringLiteral("reasonFilter"), tr("Hard reason"), { { tr("Any reason"), -1 } });
    m_reasonFilter->setMaximumWidth(260);
    using SK = SampleFilterModel::SortKey;
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sort"));
    m_sort->setAccessibleName(tr("Sort"));
    m_sort->addItem(tr("Score, lowest first"), QVariantList{ int(SK::Score), int(Qt::AscendingOrder) });
    m_sort->addItem(tr("Score, highest first"), QVariantList{ int(SK::Score), int(Qt::DescendingOrder) });
    m_sort->addItem(tr("Hard coefficient, highest first"), QVariantList{ int(SK::HardCoefficient), int(Qt::DescendingOrder) });
    m_sort->addItem(tr("Name"), QVariantList{ int(SK::Name), int(Qt::AscendingOrder) });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filter)
            return;
        const QVariantList v = m_sort->currentData().toList();
        m_filter->setSort(SampleFilterModel::SortKey(v[0].toInt()), Qt::SortOrder(v[1].toInt()));
        m_loader->clearQueue();
    });
    auto spin = [this](const QString &name, const QString &accessible, double value) {
        auto *s = new QDoubleSpinBox(this);
        s->setObjectName(name);
        s->setAccessibleName(accessible);
        s->setRange(0, 1);
        s->setDecimals(2);
        s->setSingleStep(0.05);
        s->setValue(value);
        s->setKeyboardTracking(false);
        connect(s, &QDoubleSpinBox::valueChanged, this, &ReviewPage::applyFilter);
        return s;
    };
    m_lowScore = spin(QStringLiteral("lowScore"), tr("Lowest score"), 0);
    m_highScore = spin(QStringLiteral("highScore"), tr("Highest score"), 1);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Name contains"));
    m_search->setAccessibleName(tr("Name contains"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewPage::applyFilter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_hardFilter);
    filters->addWidget(m_labelFilter);
    auto *scoreLabel = new QLabel(tr("Score"), this);
    filters->addWidget(scoreLabel);
    filters->addWidget(m_lowScore);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_highScore);
    filters->addWidget(m_reasonFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_sort);

    // The grid.
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

    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setMaximumWidth(260);
    m_loadProgress->setFormat(tr("Loading %v of %m"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));

    // The detail pane.
    m_imageArea = new QScrollArea(this);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_imageArea->setMinimumHeight(200);
    m_image = new ImageView(m_imageArea);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_labelCounts = new QTableWidget(this);
    m_labelCounts->setObjectName(QStringLiteral("labelCounts"));
    m_labelCounts->setColumnCount(5);
    m_labelCounts->setHorizontalHeaderLabels({ tr("Label"), tr("Predicted"), tr("To review"), tr("Accepted"), tr("Relabeled to") });
    m_labelCounts->verticalHeader()->hide();
    m_labelCounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_labelCounts->setFocusPolicy(Qt::NoFocus);
    m_labelCounts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_labelCounts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_labelCounts->setMaximumHeight(180);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_imageArea, 3);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_labelCounts);

    auto *gridPane = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_view, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_counts, 1);
    statusRow->addWidget(m_loadProgress);
    gridLayout->addLayout(statusRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(gridPane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Actions: in the Review menu with their keys; the keys work while the focus is on this page.
    QAction *accept = addReviewAction(tr("&Accept"), Qt::Key_A, QStringLiteral("accept"), [this] { decide(Decision::accept()); });
    accept->setToolTip(tr("The prediction is right (A)"));
    QAction *reject = addReviewAction(tr("&Reject (to unlabeled)"), Qt::Key_R, QStringLiteral("reject"), [this] { decide(Decision::reject()); });
    QAction *relabel = addReviewAction(tr("Re&label…"), Qt::Key_L, QStringLiteral("relabel"), [this] {
        if (!m_session || m_session->model()->labels().isEmpty())
            return;
        bool ok = false;
        const QString label = QInputDialog::getItem(this, tr("Relabel"), tr("Label:"), m_session->model()->labels(), 0, false, &ok);
        if (ok)
            relabelTo(int(m_session->model()->labels().indexOf(label)));
    });
    QAction *clear = addReviewAction(tr("&Undecide"), Qt::Key_U, QStringLiteral("undecide"), [this] { decide(Decision{}); });
    QAction *skipAction = addReviewAction(tr("&Skip"), Qt::Key_S, QStringLiteral("skip"), [this] { skip(); });
    m_menuActions = { accept, reject, relabel, clear, skipAction };
    QList<QAction *> relabelKeys;
    for (int i = 0; i < 9; ++i) {
        QAction *a = addReviewAction(tr("Relabel to label %1").arg(i + 1), QKeySequence(Qt::Key_1 + i), QStringLiteral("relabel%1").arg(i + 1),
                               [this, i] { relabelTo(i); });
        relabelKeys.append(a);
    }
    m_menuActions += relabelKeys;
    m_menuActions.append(nullptr);
    QAction *next = addReviewAction(tr("&Next"), Qt::Key_J, QStringLiteral("next"), [this] { moveCurrent(1); });
    QAction *previous = addReviewAction(tr("&Previous"), Qt::Key_K, QStringLiteral("previous"), [this] { moveCurrent(-1); });
    QAction *selectAll = addReviewAction(tr("Select all &shown"), QKeySequence::SelectAll, QStringLiteral("selectAll"), [this] { m_view->selectAll(); });
    QAction *zoomIn = addReviewAction(tr("Zoom &in"), QKeySequence::ZoomIn, QStringLiteral("zoomIn"), [this] { m_image->zoomBy(1.25); });
    QAction *zoomOut = addReviewAction(tr("Zoom &out"), QKeySequence::ZoomOut, QStringLiteral("zoomOut"), [this] { m_image->zoomBy(0.8); });
    QAction *fit = addReviewAction(tr("&Fit the image"), QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("fit"), [this] { m_image->fit(); });
    m_menuActions += { next, previous, selectAll, zoomIn, zoomOut, fit, nullptr };
    QAction *threshold = addReviewAction(tr("Accept above a &threshold…"), Qt::Key_T, QStringLiteral("threshold"), [this] {
        if (!m_session)
            return;
        auto *dialog = new ThresholdDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            showMessage(tr("%n sample(s) accepted. Undo (Ctrl+Z) takes them back.", nullptr, dialog->accepted()));
        });
        dialog->open();
    });
    QAction *confirm = addReviewAction(tr("&Confirm labels…"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("confirm"), [this] {
        if (!m_session)
            return;
        if (!m_session->isLoaded()) {
            showMessage(tr("The samples are still loading: confirm when all are in."));
            return;
        }
        auto *dialog = new ConfirmDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *undo = addReviewAction(tr("&Undo"), QKeySequence::Undo, QStringLiteral("undo"), [this] {
        if (m_session)
            m_session->undoStack()->undo();
    });
    QAction *redo = addReviewAction(tr("&Redo"), QKeySequence::Redo, QStringLiteral("redo"), [this] {
        if (m_session)
            m_session->undoStack()->redo();
    });
    // Both usual redo keys, whatever the platform's scheme says.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k : { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) })
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    redo->setShortcuts(redoKeys);
    m_undo = undo;
    m_redo = redo;
    // After a lost network or a failed listing: the samples again, decisions kept (they are in the journal).
    QAction *reload = addReviewAction(tr("Reload the sa&mples"), QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("reload"), [this] {
        if (!m_session || m_session->isLoading() || m_session->isConfirming())
            return;
        m_banner->setVisible(false);
        m_session->load();
    });
    m_menuActions += { undo, redo, nullptr, threshold, confirm, nullptr, reload };

    auto button = [this](QAction *action, const QString &text) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::TabFocus);
        return b;
    };
    auto *back = new QPushButton(tr("← &Back"), this);
    back->setObjectName(QStringLiteral("back"));
    connect(back, &QPushButton::clicked, this, &ReviewPage::backRequested);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(back);
    actionsRow->addStretch();
    actionsRow->addWidget(button(accept, tr("Accept (A)")));
    actionsRow->addWidget(button(relabel, tr("Relabel… (L, 1–9)")));
    actionsRow->addWidget(button(reject, tr("Reject (R)")));
    actionsRow->addWidget(button(skipAction, tr("Skip (S)")));
    actionsRow->addSpacing(12);
    actionsRow->addWidget(button(threshold, tr("Threshold… (T)")));
    actionsRow->addWidget(button(undo, tr("Undo")));
    actionsRow->addSpacing(12);
    auto *confirmButton = new QPushButton(tr("Confirm labels…"), this);
    confirmButton->setObjectName(QStringLiteral("confirmButton"));
    connect(confirmButton, &QPushButton::clicked, confirm, &QAction::trigger);
    actionsRow->addWidget(confirmButton);

    auto *layout = new QVBoxLayout(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    layout->addLayout(titleRow);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actionsRow);

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(100);
    connect(&m_countsTimer, &QTimer::timeout, this, &ReviewPage::updateCounts);
    setSession(nullptr);
}

ReviewPage::~ReviewPage()
{
    // The view goes before the models it shows.
    delete m_view;
    m_view = nullptr;
}

QAction *ReviewPage::addReviewAction(const QString &text, const QKeySequence &key, const QString &name, std::function<void()> run)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, std::move(run));
    QWidget::addAction(action);
    return action;
}

void ReviewPage::setThumbnailSize(int px)
{
    m_loader->setThumbnailSize(px);
    m_delegate->setThumbnailSize(px);
    m_view->setGridSize(m_delegate->cellSize());
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
    m_detailId.clear();
    m_image->setImage({}, tr("Select a sample to see it here."));
    m_detail->clear();
    SampleFilterModel *old = m_filter;
    m_filter = session ? new SampleFilterModel(session->model(), this) : nullptr;
    m_view->setModel(m_filter);
    delete old;
    for (QAction *a : std::as_const(m_menuActions))
        if (a)
            a->setEnabled(session != nullptr);
    if (!session) {
        m_counts->clear();
        m_loadProgress->setVisible(false);
        return;
    }
    const QVariantList sort = m_sort->currentData().toList();
    m_filter->setSort(SampleFilterModel::SortKey(sort[0].toInt()), Qt::SortOrder(sort[1].toInt()));
    applyFilter();
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
    auto updateUndo = [this] {
        QUndoStack *stack = m_session->undoStack();
        m_undo->setEnabled(stack->canUndo());
        m_undo->setText(stack->canUndo() ? tr("&Undo: %1").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setEnabled(stack->canRedo());
        m_redo->setText(stack->canRedo() ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(session->undoStack(), &QUndoStack::indexChanged, this, updateUndo);
    connect(session->undoStack(), &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    updateLabelChoices();
    updateCounts();
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
    if (m_labelFilter->count() != labels.size() + 1) {
        const int current = m_labelFilter->currentData().toInt();
        const QSignalBlocker block(m_labelFilter);
        m_labelFilter->clear();
        m_labelFilter->addItem(tr("All labels"), -1);
        for (int i = 0; i < labels.size(); ++i)
            m_labelFilter->addItem(i < 9 ? tr("%1 (%2)").arg(labels[i]).arg(i + 1) : labels[i], i);
        m_labelFilter->setCurrentIndex(qMax(0, m_labelFilter->findData(current)));
    }
    for (int i = 0; i < 9; ++i) {
        QAction *a = findChild<QAction *>(QStringLiteral("relabel%1").arg(i + 1));
        a->setVisible(i < labels.size());
        a->setEnabled(i < labels.size());
        if (i < labels.size())
            a->setText(tr("Relabel to %1").arg(labels[i]));
    }
    // The hard reasons that occur.
    quint32 present = 0;
    for (int row = 0; row < m_session->model()->rowCount(); ++row)
        present |= m_session->model()->item(row).reasons;
    const int current = m_reasonFilter->currentData().toInt();
    const QSignalBlocker block(m_reasonFilter);
    m_reasonFilter->clear();
    m_reasonFilter->addItem(tr("Any reason"), -1);
    for (int id = 0; id < 31; ++id)
        if (present & (1u << id))
            m_reasonFilter->addItem(HardReasonCatalog::text(id), id);
    m_reasonFilter->setCurrentIndex(qMax(0, m_reasonFilter->findData(current)));
}

void ReviewPage::applyFilter()
{
    if (!m_filter)
        return;
    SampleFilterModel::Filter f;
    f.state = SampleFilterModel::StateFilter(m_stateFilter->currentData().toInt());
    f.hard = SampleFilterModel::HardFilter(m_hardFilter->currentData().toInt());
    f.label = m_labelFilter->currentData().toInt();
    f.reason = m_reasonFilter->currentData().toInt();
    f.lowScore = qMin(m_lowScore->value(), m_highScore->value());
    f.highScore = qMax(m_lowScore->value(), m_highScore->value());
    f.text = m_search->text().trimmed();
    m_filter->setFilter(f);
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
        text += QLatin1String(" · ") + tr("Refused %1").arg(l.toString(c.failed));
    m_counts->setText(text);
    m_labelCounts->setRowCount(int(c.labels.size()));
    for (int row = 0; row < c.labels.size(); ++row) {
        const auto &lc = c.labels[row];
        const QStringList cells{ lc.name, l.toString(lc.predicted), l.toString(lc.toReview), l.toString(lc.accepted), l.toString(lc.relabeledTo) };
        for (int col = 0; col < cells.size(); ++col) {
            QTableWidgetItem *item = m_labelCounts->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                if (col > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_labelCounts->setItem(row, col, item);
            }
            item->setText(cells[col]);
        }
    }
}

void ReviewPage::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_session || !current.isValid()) {
        m_detail->clear();
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    const ReviewItem &it = m_session->model()->item(row);
    const SampleListModel *model = m_session->model();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(it.name.toHtmlEscaped());
    lines << tr("Predicted: <b>%1</b>, score %2").arg(model->labelName(it.predicted).toHtmlEscaped()).arg(double(it.score), 0, 'f', 3);
    if (it.hard) {
        lines << tr("Hard example, coefficient %1:").arg(double(it.hardCoefficient), 0, 'f', 2);
        QStringList reasons;
        for (int id = 0; id < 31; ++id)
            if (it.hasReason(id))
                reasons << QStringLiteral("• ") + HardReasonCatalog::text(id).toHtmlEscaped();
        if (!reasons.isEmpty())
            lines << reasons.join(QStringLiteral("<br>"));
    } else {
        lines << tr("Not a hard example");
    }
    if (it.width > 0)
        lines << tr("%1 × %2 px, %n channel(s)", nullptr, it.channels).arg(it.width).arg(it.height);
    switch (it.state) {
    case ReviewState::ToReview:
        lines << tr("Not decided");
        break;
    case ReviewState::Confirmed:
        lines << tr("Confirmed");
        break;
    case ReviewState::Failed:
        lines << tr("Refused by the service: %1").arg(it.failure.toHtmlEscaped());
        [[fallthrough]];
    case ReviewState::Decided:
        if (it.decision == DecisionKind::Accept)
            lines << tr("Decision: accepted as %1").arg(model->labelName(it.predicted).toHtmlEscaped());
        else if (it.decision == DecisionKind::Relabel)
            lines << tr("Decision: relabeled to %1").arg(model->labelName(it.decidedLabel).toHtmlEscaped());
        else if (it.decision == DecisionKind::Reject)
            lines << tr("Decision: rejected (back to unlabeled)");
        break;
    }
    m_detail->setText(lines.join(QStringLiteral("<br>")));

    if (m_detailId == it.id)
        return;
    m_detailId = it.id;
    // The thumbnail at once, the whole image when it comes.
    ThumbnailLoader::Status status;
    const QImage thumb = m_loader->thumbnail(it.id, QUrl::fromEncoded(it.previewUrl), &status);
    m_image->setImage(thumb, tr("Loading…"));
    const quint64 request = ++m_imageRequest;
    m_loader->loadImage(QUrl::fromEncoded(it.sourceUrl), 2048, this, [this, request](const QImage &image, const QString &error) {
        if (request != m_imageRequest)
            return;
        if (image.isNull())
            m_image->setImage({}, tr("The image cannot be shown: %1").arg(error));
        else
            m_image->setImage(image);
    });
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

void ReviewPage::skip()
{
    moveCurrent(1);
}

void ReviewPage::relabelTo(int labelIndex)
{
    if (!m_session || labelIndex < 0 || labelIndex >= m_session->model()->labels().size())
        return;
    decide(Decision::relabel(m_session->model()->labelName(labelIndex)));
}

void ReviewPage::moveCurrent(int delta)
{
    if (!m_filter || m_filter->rowCount() == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = qBound(0, (current.isValid() ? current.row() : -delta) + delta, m_filter->rowCount() - 1);
    m_view->selectionModel()->setCurrentIndex(m_filter->index(row, 0), QItemSelectionModel::ClearAndSelect);
}
