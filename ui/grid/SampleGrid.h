#pragma once

#include <QAbstractItemView>
#include <QTimer>

class SampleDelegate;
class SampleFilterModel;
class SampleListModel;
class ThumbnailLoader;

// The review's grid of samples: equal cells filling lines left to right. A cell's place follows from its
// row number alone (row / columns, row % columns), so there is no layout pass over the rows: adding,
// filtering or sorting a million samples costs the grid what the few cells on screen cost. Painted by
// SampleDelegate from the filter model's roles; asks the thumbnail loader for the cells on screen only
// (after scrolling, resizing or model changes, coalesced; not for screens that scrolling passes a screen
// or more at a time), and answers in the samples' own rows (the source model's) what is selected and
// current.
class SampleGrid final : public QAbstractItemView
{
    Q_OBJECT
public:
    SampleGrid(ThumbnailLoader *loader, SampleDelegate *delegate, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SampleGrid)

    // What the grid shows (nullptr: nothing); `samples` is the filter's source.
    void setModels(SampleFilterModel *filter, const SampleListModel *samples);
    SampleFilterModel *filterModel() const { return m_filter; }
    void setThumbnailSize(int px);
    QSize gridSize() const { return m_cell; }
    void setGridSize(const QSize &cell);
    int columns() const;
    int columnStride() const;

    // The selected samples (the current one among them), or the current one when none is selected (source
    // rows).
    QList<int> selectedSourceRows() const;
    int currentSourceRow() const; // -1: none
    qint64 selectedCount() const;
    // Moves the current cell by `delta` as shown (clamped), selecting it alone.
    void moveCurrent(int delta);
    void makeCurrent(int sourceRow);

    void scheduleThumbnails();
    // How long the grid must stay put after a move of a screen or more before its thumbnails are asked for.
    void setFlingSettleMs(int ms) { m_flingSettleMs = ms; }

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    // The current cell, the selection, the detail pane and every key's target are one thing: a key that
    // moves selects what it moves to (Shift extends), never only the current cell (Qt's Ctrl+keys do).
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index, const QEvent *event = nullptr) const override;
    // A selection that leaves the current cell out (Ctrl+click on it) makes one of the selected current.
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    bool viewportEvent(QEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    QRect cellRect(int row) const; // in the viewport
    void modelRowsChanged();
    void updateSample(const QString &id);
    void onScrolled(int offset);
    void requestVisibleThumbnails();

    ThumbnailLoader *m_loader;
    SampleDelegate *m_delegate;
    SampleFilterModel *m_filter = nullptr;
    const SampleListModel *m_samples = nullptr;
    QSize m_cell;
    QTimer m_thumbnailTimer;
    int m_requestedOffset = 0; // the offset thumbnails were last asked for at
    int m_flingSettleMs = 80;
};
