#include "SampleGrid.h"

#include "SampleDelegate.h"
#include "SampleFilterModel.h"
#include "SampleListModel.h"
#include "review/ThumbnailLoader.h"

#include <QEvent>
#include <QScrollBar>

SampleGrid::SampleGrid(ThumbnailLoader *loader, SampleDelegate *delegate, QWidget *parent)
    : QListView(parent)
    , m_loader(loader)
    , m_delegate(delegate)
{
    setObjectName(QStringLiteral("grid"));
    setAccessibleName(tr("Samples"));
    // A wrapping grid of equal cells: laid out in one pass over row numbers (IconMode's free placement
    // keeps a tree of item rectangles, slow at 100,000).
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setLayoutMode(QListView::Batched);
    setBatchSize(2000);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalScrollBar()->setSingleStep(24);
    setItemDelegate(m_delegate);
    setGridSize(m_delegate->cellSize());
    connect(m_loader, &ThumbnailLoader::thumbnailReady, viewport(), qOverload<>(&QWidget::update));
    connect(m_loader, &ThumbnailLoader::thumbnailFailed, viewport(), qOverload<>(&QWidget::update));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &SampleGrid::scheduleThumbnails);
    m_thumbnailTimer.setSingleShot(true);
    m_thumbnailTimer.setInterval(0);
    connect(&m_thumbnailTimer, &QTimer::timeout, this, &SampleGrid::requestVisibleThumbnails);
}

void SampleGrid::setModels(SampleFilterModel *filter, const SampleListModel *samples)
{
    m_filter = filter;
    m_samples = samples;
    setModel(filter);
    if (!filter)
        return;
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(filter, signal, this, &SampleGrid::scheduleThumbnails);
    connect(filter, &QAbstractItemModel::modelReset, this, &SampleGrid::scheduleThumbnails);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &SampleGrid::scheduleThumbnails);
}

void SampleGrid::setThumbnailSize(int px)
{
    m_loader->setThumbnailSize(px);
    m_delegate->setThumbnailSize(px);
    setGridSize(m_delegate->cellSize());
    scheduleThumbnails();
}

bool SampleGrid::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        scheduleThumbnails();
    return QListView::viewportEvent(event);
}

void SampleGrid::scheduleThumbnails()
{
    if (m_filter && !m_thumbnailTimer.isActive())
        m_thumbnailTimer.start();
}

void SampleGrid::requestVisibleThumbnails()
{
    if (!m_filter || !m_samples || m_filter->rowCount() == 0)
        return;
    const QModelIndex first = indexAt(QPoint(1, 1));
    if (!first.isValid())
        return;
    const QSize cell = gridSize();
    const QSize area = viewport()->size();
    const int columns = qMax(1, area.width() / qMax(1, cell.width()));
    const int lines = area.height() / qMax(1, cell.height()) + 2; // partly visible ones too
    const int last = qMin(m_filter->rowCount() - 1, first.row() + columns * lines - 1);
    // The loader serves the newest request first: the first cell on screen is asked last.
    for (int row = last; row >= first.row(); --row) {
        const ReviewItem &item = m_samples->item(m_filter->sourceRow(row));
        m_loader->thumbnail(item.id, QUrl::fromEncoded(item.previewUrl));
    }
}

QList<int> SampleGrid::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_filter)
        return rows;
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    rows.reserve(selected.size());
    for (const QModelIndex &i : selected)
        rows.append(m_filter->mapToSource(i).row());
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(m_filter->mapToSource(currentIndex()).row());
    return rows;
}

int SampleGrid::currentSourceRow() const { return m_filter && currentIndex().isValid() ? m_filter->mapToSource(currentIndex()).row() : -1; }

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
