#include "grid/SampleGrid.h"

#include "grid/GridScrollBar.h"
#include "grid/SampleDelegate.h"
#include "review/ThumbnailLoader.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <climits>

SampleGrid::SampleGrid(ThumbnailLoader *loader, SampleDelegate *delegate, QWidget *parent)
    : QAbstractItemView(parent)
    , m_loader(loader)
    , m_delegate(delegate)
    , m_cell(delegate->cellSize())
{
    setObjectName(QStringLiteral("grid"));
    setAccessibleName(tr("Samples"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBar(new GridScrollBar(Qt::Vertical, this));
    verticalScrollBar()->setSingleStep(24);
    setItemDelegate(m_delegate);
    // A thumbnail that came repaints its cell alone, not the screen of cells around it.
    connect(m_loader, &ThumbnailLoader::thumbnailReady, this, &SampleGrid::updateSample);
    connect(m_loader, &ThumbnailLoader::thumbnailFailed, this, [this](const QString &id) { updateSample(id); });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &SampleGrid::onScrolled);
    m_thumbnailTimer.setSingleShot(true);
    m_thumbnailTimer.setObjectName(QStringLiteral("gridThumbnails"));
    connect(&m_thumbnailTimer, &QTimer::timeout, this, &SampleGrid::requestVisibleThumbnails);
}

void SampleGrid::setModels(SampleFilterModel *filter, const SampleListModel *samples)
{
    m_filter = filter;
    m_samples = samples;
    setModel(filter);
    if (!filter)
        return;
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &SampleGrid::modelRowsChanged);
    connect(filter, &QAbstractItemModel::modelReset, this, &SampleGrid::modelRowsChanged);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &SampleGrid::modelRowsChanged);
    updateGeometries();
}

void SampleGrid::updateSample(const QString &id)
{
    if (!m_filter || !m_samples)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_samples->index(m_samples->rowOf(id)));
    if (!index.isValid())
        return;
    const QRect cell = cellRect(index.row());
    if (cell.intersects(viewport()->rect()))
        viewport()->update(cell);
}

void SampleGrid::modelRowsChanged()
{
    updateGeometries();
    viewport()->update();
    scheduleThumbnails();
}

void SampleGrid::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    updateGeometries();
    if (cellRect(start).top() < viewport()->height()) // rows below the screen need no paint
        viewport()->update();
    scheduleThumbnails();
}

void SampleGrid::setThumbnailSize(int px)
{
    m_loader->setThumbnailSize(px);
    m_delegate->setThumbnailSize(px);
    setGridSize(m_delegate->cellSize());
    scheduleThumbnails();
}

void SampleGrid::setGridSize(const QSize &cell)
{
    const QModelIndex current = currentIndex();
    m_cell = cell.expandedTo(QSize(1, 1));
    updateGeometries();
    if (current.isValid())
        scrollTo(current);
    viewport()->update();
}

int SampleGrid::columns() const { return qMax(1, viewport()->width() / m_cell.width()); }

// The width each column takes: the viewport shared out between the columns, so that the space a last
// column cannot use spreads between the cells instead of standing empty at the right.
int SampleGrid::columnStride() const { return qMax(m_cell.width(), viewport()->width() / columns()); }

int SampleGrid::verticalOffset() const { return verticalScrollBar()->value(); }

QRect SampleGrid::cellRect(int row) const
{
    const int cols = columns();
    const qint64 top = qint64(row / cols) * m_cell.height() - verticalOffset();
    const int stride = columnStride();
    const int left = (row % cols) * stride + (stride - m_cell.width()) / 2;
    return { left, int(qBound(qint64(INT_MIN / 2), top, qint64(INT_MAX / 2))), m_cell.width(), m_cell.height() };
}

QRect SampleGrid::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model())
        return {};
    return cellRect(index.row());
}

QModelIndex SampleGrid::indexAt(const QPoint &point) const
{
    if (!m_filter || point.x() < 0 || point.y() < 0)
        return {};
    const int cols = columns();
    const int column = point.x() / columnStride(); // a cell's share of the width is its own, spacing included
    if (column >= cols)
        return {};
    const qint64 line = (qint64(point.y()) + verticalOffset()) / m_cell.height();
    const qint64 row = line * cols + column;
    return row < m_filter->rowCount() ? m_filter->index(int(row), 0) : QModelIndex();
}

void SampleGrid::updateGeometries()
{
    const int rows = m_filter ? m_filter->rowCount() : 0;
    const qint64 lines = (qint64(rows) + columns() - 1) / columns();
    const qint64 height = lines * m_cell.height();
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, int(qBound(qint64(0), height - viewport()->height(), qint64(INT_MAX / 2))));
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(qMax(24, m_cell.height() / 4));
    QAbstractItemView::updateGeometries();
}

void SampleGrid::resizeEvent(QResizeEvent *event)
{
    // The columns change with the width: keep the current cell (else the first one shown) in view.
    const QModelIndex keep = currentIndex().isValid() ? currentIndex() : indexAt(QPoint(1, 1));
    QAbstractItemView::resizeEvent(event);
    if (keep.isValid())
        scrollTo(keep);
}

void SampleGrid::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    const QRect cell = cellRect(index.row());
    const int height = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    switch (hint) {
    case EnsureVisible:
        if (cell.top() < 0)
            bar->setValue(bar->value() + cell.top());
        else if (cell.bottom() >= height)
            bar->setValue(bar->value() + qMin(cell.top(), cell.bottom() - height + 1));
        break;
    case PositionAtTop: bar->setValue(bar->value() + cell.top()); break;
    case PositionAtBottom: bar->setValue(bar->value() + cell.bottom() - height + 1); break;
    case PositionAtCenter: bar->setValue(bar->value() + cell.center().y() - height / 2); break;
    }
}

QModelIndex SampleGrid::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    if (!m_filter || m_filter->rowCount() == 0)
        return {};
    const int n = m_filter->rowCount();
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return m_filter->index(0, 0);
    const int cols = columns();
    const int page = cols * qMax(1, viewport()->height() / m_cell.height());
    int row = current.row();
    switch (action) {
    case MoveLeft:
    case MovePrevious: row -= 1; break;
    case MoveRight:
    case MoveNext: row += 1; break;
    case MoveUp: row = row >= cols ? row - cols : row; break;
    case MoveDown: row = row + cols < n ? row + cols : row; break;
    case MovePageUp: row -= page; break;
    case MovePageDown: row += page; break;
    case MoveHome: row = 0; break;
    case MoveEnd: row = n - 1; break;
    }
    return m_filter->index(qBound(0, row, n - 1), 0);
}

QItemSelectionModel::SelectionFlags SampleGrid::selectionCommand(const QModelIndex &index, const QEvent *event) const
{
    if (event && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            if (!(key->modifiers() & Qt::ShiftModifier))
                return QItemSelectionModel::ClearAndSelect;
            break;
        default: break;
        }
    }
    return QAbstractItemView::selectionCommand(index, event);
}

void SampleGrid::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    QItemSelectionModel *model = selectionModel();
    const QModelIndex current = currentIndex();
    if (!model || !current.isValid() || model->isSelected(current) || !model->hasSelection())
        return;
    const QItemSelection ranges = model->selection(); // ranges: a million selected are a few
    if (!ranges.isEmpty())
        model->setCurrentIndex(ranges.last().bottomRight(), QItemSelectionModel::NoUpdate);
}

// The cells the rectangle touches (as QListView does): on each line it crosses, its columns.
void SampleGrid::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!m_filter || !selectionModel())
        return;
    const int cols = columns();
    const int n = m_filter->rowCount();
    const QRect r = rect.normalized();
    const int firstColumn = qMax(0, r.left() / columnStride());
    const int lastColumn = qMin(cols - 1, r.right() / columnStride());
    const qint64 firstLine = qMax<qint64>(0, (qint64(r.top()) + verticalOffset()) / m_cell.height());
    const qint64 lastLine = (qint64(r.bottom()) + verticalOffset()) / m_cell.height();
    QItemSelection selection;
    for (qint64 line = firstLine; firstColumn <= lastColumn && line <= lastLine && line * cols < n; ++line) {
        const qint64 first = line * cols + firstColumn;
        const qint64 last = qMin<qint64>(n - 1, line * cols + lastColumn);
        if (first <= last)
            selection.append(QItemSelectionRange(m_filter->index(int(first), 0), m_filter->index(int(last), 0)));
    }
    selectionModel()->select(selection, command);
}

QRegion SampleGrid::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const QRect screen = viewport()->rect();
    const int width = viewport()->width();
    for (const QItemSelectionRange &range : selection) {
        const QRect top = cellRect(range.top());
        const QRect bottom = cellRect(range.bottom());
        const QRect lines = top.top() == bottom.top() ? top.united(bottom) : QRect(0, top.top(), width, bottom.bottom() - top.top() + 1);
        region += lines.intersected(screen);
    }
    return region;
}

void SampleGrid::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    if (!m_filter)
        return;
    const int n = m_filter->rowCount();
    const int cols = columns();
    const QRect area = event->rect();
    const qint64 firstLine = qMax<qint64>(0, (qint64(area.top()) + verticalOffset()) / m_cell.height());
    const qint64 lastLine = (qint64(area.bottom()) + verticalOffset()) / m_cell.height();
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QStyle::State base = option.state;
    const QModelIndex current = currentIndex();
    QItemSelectionModel *selection = selectionModel();
    for (qint64 line = firstLine; line <= lastLine && line * cols < n; ++line) {
        for (int column = 0; column < cols; ++column) {
            const qint64 row = line * cols + column;
            if (row >= n)
                break;
            option.rect = cellRect(int(row));
            if (!option.rect.intersects(area))
                continue;
            const QModelIndex index = m_filter->index(int(row), 0);
            option.state = base;
            if (selection && selection->isSelected(index))
                option.state |= QStyle::State_Selected;
            if (index == current && hasFocus())
                option.state |= QStyle::State_HasFocus;
            itemDelegateForIndex(index)->paint(&painter, option, index);
        }
    }
}

bool SampleGrid::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        scheduleThumbnails();
    return QAbstractItemView::viewportEvent(event);
}

void SampleGrid::scheduleThumbnails()
{
    if (m_filter && !m_thumbnailTimer.isActive())
        m_thumbnailTimer.start(0);
}

void SampleGrid::onScrolled(int offset)
{
    // A move of a screen or more (the scroll bar's handle dragged, a fling, Page Down held): the screens
    // it passes fly by, and fetching their thumbnails would only take the cores and the network from the
    // screen the user stops on. What was asked for and not started is dropped, and the screen is asked
    // for once the scrolling has stayed put for the settle time.
    if (m_filter && qAbs(offset - m_requestedOffset) >= viewport()->height()) {
        m_loader->clearQueue();
        m_thumbnailTimer.start(m_flingSettleMs);
        return;
    }
    scheduleThumbnails();
}

void SampleGrid::requestVisibleThumbnails()
{
    m_requestedOffset = verticalOffset();
    if (!m_filter || !m_samples || m_filter->rowCount() == 0)
        return;
    const QModelIndex first = indexAt(QPoint(1, 1));
    if (!first.isValid())
        return;
    const int lines = viewport()->height() / m_cell.height() + 2; // partly visible ones too
    const int last = qMin(m_filter->rowCount() - 1, first.row() + columns() * lines - 1);
    // The loader serves the newest request first: the first cell on screen is asked last.
    for (int row = last; row >= first.row(); --row) {
        const ReviewItem &item = m_samples->item(m_filter->sourceRow(row));
        m_loader->thumbnail(item.id, m_samples->previewUrl(item));
    }
}

QList<int> SampleGrid::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_filter)
        return rows;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(m_filter->sourceRow(row));
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(m_filter->sourceRow(currentIndex().row()));
    return rows;
}

int SampleGrid::currentSourceRow() const { return m_filter && currentIndex().isValid() ? m_filter->sourceRow(currentIndex().row()) : -1; }

qint64 SampleGrid::selectedCount() const
{
    qint64 n = 0;
    if (m_filter) {
        for (const QItemSelectionRange &range : selectionModel()->selection())
            n += range.height();
    }
    return n;
}

void SampleGrid::moveCurrent(int delta)
{
    if (!m_filter || m_filter->rowCount() == 0)
        return;
    const QModelIndex current = currentIndex();
    const int row = qBound(0, (current.isValid() ? current.row() : -delta) + delta, m_filter->rowCount() - 1);
    selectionModel()->setCurrentIndex(m_filter->index(row, 0), QItemSelectionModel::ClearAndSelect);
}

void SampleGrid::makeCurrent(int sourceRow)
{
    if (!m_filter || !m_samples || sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_samples->index(sourceRow));
    if (index.isValid())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}
