#include "review/SampleViewer.h"

#include "grid/SampleGrid.h"
#include "review/ReviewCommands.h"
#include "review/ReviewSession.h"
#include "review/ThumbnailLoader.h"
#include "review/ZoomImageView.h"
#include "samples/SampleListModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int stripSamples = 8;
constexpr int stripIcon = 96;
} // namespace

SampleViewer::SampleViewer(const Parts &parts, QWidget *parent)
    : QDialog(parent)
    , m_session(parts.session)
    , m_grid(parts.grid)
    , m_loader(parts.loader)
    , m_commands(parts.commands)
    , m_actions(parts.actions)
    , m_image(new ZoomImageView(this))
    , m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("sampleViewer"));
    setWindowTitle(tr("Sample"));
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fit = new QPushButton(tr("Fit (F)"), this);
    fit->setObjectName(QStringLiteral("fit"));
    connect(fit, &QPushButton::clicked, m_image, &ZoomImageView::fit);
    auto *actual = new QPushButton(tr("100 % (0)"), this);
    actual->setObjectName(QStringLiteral("actualSize"));
    connect(actual, &QPushButton::clicked, m_image, &ZoomImageView::actualSize);
    auto *zoom = new QLabel(this);
    zoom->setObjectName(QStringLiteral("zoom"));
    connect(m_image, &ZoomImageView::scaleChanged, zoom, [zoom](double s) { zoom->setText(QStringLiteral("%1 %").arg(qRound(s * 100))); });
    auto *previous = new QPushButton(tr("← Previous"), this);
    connect(previous, &QPushButton::clicked, this, [this] { m_commands->moveCurrent(-1); });
    auto *next = new QPushButton(tr("Next →"), this);
    connect(next, &QPushButton::clicked, this, [this] { m_commands->moveCurrent(1); });
    for (QPushButton *b : { fit, actual, previous, next })
        b->setFocusPolicy(Qt::NoFocus); // the keys stay with the viewer

    auto *tools = new QHBoxLayout;
    tools->addWidget(previous);
    tools->addWidget(next);
    tools->addSpacing(12);
    // The decisions, as buttons too: the review's own actions (their keys, state and tooltips).
    for (QAction *a : m_actions) {
        static const QStringList decisions{ QStringLiteral("accept"), QStringLiteral("relabel"), QStringLiteral("reject"),
                                            QStringLiteral("skip"), QStringLiteral("moreLikeThis") };
        if (!a || !decisions.contains(a->objectName()))
            continue;
        auto *b = new QToolButton(this);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::NoFocus);
        tools->addWidget(b);
    }
    tools->addStretch();
    tools->addWidget(zoom);
    tools->addWidget(fit);
    tools->addWidget(actual);
    auto *left = new QVBoxLayout;
    left->addWidget(m_caption);
    left->addWidget(m_image, 1);
    left->addLayout(tools);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(createComparison());

    addKeys();
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &SampleViewer::showCurrent);
    connect(m_session->model(), &QAbstractItemModel::dataChanged, this, [this] { showCurrent(); });
    resize(1100, 760);
    showCurrent();
    m_image->setFocus();
}

QWidget *SampleViewer::createComparison()
{
    auto strip = [this](const QString &name) {
        auto *s = new QListWidget(this);
        s->setObjectName(name);
        s->setViewMode(QListView::IconMode);
        s->setIconSize(QSize(stripIcon, stripIcon));
        s->setMovement(QListView::Static);
        s->setResizeMode(QListView::Adjust);
        s->setFocusPolicy(Qt::NoFocus);
        s->setGridSize(QSize(stripIcon + 24, stripIcon + s->fontMetrics().height() + 10));
        s->setTextElideMode(Qt::ElideMiddle);
        s->setWordWrap(false);
        s->setMinimumWidth(2 * (stripIcon + 24) + 30);
        return s;
    };
    auto *panel = new QWidget(this);
    m_predictedTitle = new QLabel(panel);
    m_predictedStrip = strip(QStringLiteral("predictedStrip"));
    m_compare = new QComboBox(panel);
    m_compare->setObjectName(QStringLiteral("compareWith"));
    m_compare->setFocusPolicy(Qt::NoFocus);
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QString &label : m_session->model()->labels())
        m_compare->addItem(label);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &SampleViewer::compareWith);
    m_compareStrip = strip(QStringLiteral("compareStrip"));
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_predictedTitle);
    column->addWidget(m_predictedStrip, 1);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare with:"), panel));
    compareRow->addWidget(m_compare, 1);
    column->addLayout(compareRow);
    column->addWidget(m_compareStrip, 1);
    return panel;
}

void SampleViewer::addKeys()
{
    // The review's keys (decisions, skip, undo, next/previous) work here too; the detail pane's zoom keys
    // are the viewer's own.
    for (QAction *a : m_actions) {
        if (a && !QStringList{ QStringLiteral("zoomIn"), QStringLiteral("zoomOut"), QStringLiteral("fit") }.contains(a->objectName()))
            addAction(a);
    }
}

void SampleViewer::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(m_image->width() / 2.0, m_image->height() / 2.0);
    if (event->matches(QKeySequence::ZoomIn))
        m_image->zoomAt(1.25, centre);
    else if (event->matches(QKeySequence::ZoomOut))
        m_image->zoomAt(0.8, centre);
    else if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
        QDialog::keyPressEvent(event);
    else if (event->key() == Qt::Key_Left)
        m_commands->moveCurrent(-1);
    else if (event->key() == Qt::Key_Right)
        m_commands->moveCurrent(1);
    else if (event->key() == Qt::Key_F)
        m_image->fit();
    else if (event->key() == Qt::Key_0)
        m_image->actualSize();
    else
        QDialog::keyPressEvent(event);
}

void SampleViewer::showCurrent()
{
    const int row = m_grid->currentSourceRow();
    ReviewSession *session = m_session;
    if (!session || row < 0) {
        m_shownId.clear();
        m_image->setImage({}, tr("No sample is selected."));
        m_caption->clear();
        return;
    }
    const ReviewItem &item = session->model()->item(row);
    showCaption(item);
    if (item.id == m_shownId)
        return;
    m_shownId = item.id;
    // The preview at once, the source image at full resolution when it comes.
    ThumbnailLoader::Status status;
    m_image->setImage(m_loader->cached(item.id, &status), tr("Loading…"));
    const quint64 request = ++m_imageRequest;
    m_loader->loadImage(session->model()->sourceUrl(item), 0, this, [this, request](const QImage &image, const QString &error) {
        if (request != m_imageRequest)
            return;
        if (image.isNull())
            m_image->setImage({}, tr("The image cannot be shown: %1").arg(error));
        else
            m_image->setImage(image);
    });
    const SampleListModel *model = session->model();
    const QString predicted = model->labelName(item.predicted);
    m_predictedTitle->setText(tr("Labeled as %1 (predicted):").arg(predicted));
    fillStrip(m_predictedStrip, predicted);
    // Compare with the label it was relabeled to, else the first other label.
    int compare = item.decision == DecisionKind::Relabel ? item.decidedLabel : -1;
    for (int i = 0; compare < 0 && i < model->labels().size(); ++i)
        if (i != item.predicted)
            compare = i;
    if (compare >= 0 && compare != m_compare->currentIndex())
        m_compare->setCurrentIndex(compare); // fills the strip
    else if (compare >= 0 && m_compareStrip->count() == 0)
        compareWith(compare);
}

void SampleViewer::showCaption(const ReviewItem &item)
{
    const SampleListModel *model = m_session->model();
    QString decision;
    switch (item.decision) {
    case DecisionKind::None: decision = tr("not decided"); break;
    case DecisionKind::Accept: decision = tr("accepted"); break;
    case DecisionKind::Relabel: decision = tr("relabeled to %1").arg(model->labelName(item.decidedLabel)); break;
    case DecisionKind::Reject: decision = tr("rejected"); break;
    }
    m_caption->setText(tr("%1 · predicted %2 (%3) · %4")
                               .arg(item.name, model->labelName(item.predicted), QString::number(double(item.score), 'f', 3), decision));
    setWindowTitle(item.name);
}

void SampleViewer::compareWith(int labelIndex)
{
    if (m_session)
        fillStrip(m_compareStrip, m_session->model()->labelName(labelIndex));
}

void SampleViewer::fillStrip(QListWidget *strip, const QString &label)
{
    if (strip->property("label").toString() == label && strip->count() > 0)
        return;
    strip->setProperty("label", label);
    const qulonglong request = strip->property("request").toULongLong() + 1; // an older answer is dropped
    strip->setProperty("request", request);
    strip->clear();
    ReviewSession *session = m_session;
    if (!session || label.isEmpty())
        return;
    QPointer<QListWidget> guard(strip);
    session->labeledSamples(label, stripSamples, strip, [this, guard, label, request](const Result<SamplePage> &r) {
        if (!guard || guard->property("request").toULongLong() != request)
            return;
        if (!r.ok()) {
            guard->addItem(tr("Labeled samples cannot be listed: %1").arg(r.error.toString()));
            return;
        }
        if (r.value->samples.isEmpty())
            guard->addItem(tr("No labeled samples under %1 yet.").arg(label));
        for (const Sample &s : r.value->samples) {
            auto *item = new QListWidgetItem(s.name, guard);
            item->setToolTip(s.name);
            item->setSizeHint(guard->gridSize()); // the icon's room, before the icon comes
            const int row = guard->count() - 1;
            m_loader->loadImage(s.previewUrl(), stripIcon, guard, [guard, request, row](const QImage &image, const QString &) {
                // Still the strip it was asked for (not refilled meanwhile).
                if (guard && guard->property("request").toULongLong() == request && row < guard->count() && !image.isNull())
                    guard->item(row)->setIcon(QIcon(QPixmap::fromImage(image)));
            });
        }
    });
}
