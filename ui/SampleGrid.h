#pragma once

#include <QListView>
#include <QTimer>

class SampleDelegate;
class SampleFilterModel;
class SampleListModel;
class ThumbnailLoader;

// The review's grid of samples: a wrapping list of equal cells (laid out in one pass over row numbers,
// fast at 100,000), painted by SampleDelegate from the filter model's roles. It asks the thumbnail loader
// for the cells on screen only (after scrolling, resizing or model changes, coalesced), and answers in
// the samples' own rows (the source model's) what is selected and current.
class SampleGrid final : public QListView
{
    Q_OBJECT
public:
    SampleGrid(ThumbnailLoader *loader, SampleDelegate *delegate, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SampleGrid)

    // What the grid shows (nullptr: nothing); `samples` is the filter's source.
    void setModels(SampleFilterModel *filter, const SampleListModel *samples);
    SampleFilterModel *filterModel() const { return m_filter; }
    void setThumbnailSize(int px);

    // The selected samples, or the current one when none is selected (source rows).
    QList<int> selectedSourceRows() const;
    int currentSourceRow() const; // -1: none
    qint64 selectedCount() const;
    // Moves the current cell by `delta` as shown (clamped), selecting it alone.
    void moveCurrent(int delta);
    void makeCurrent(int sourceRow);

    void scheduleThumbnails();

protected:
    bool viewportEvent(QEvent *event) override;

private:
    void requestVisibleThumbnails();

    ThumbnailLoader *m_loader;
    SampleDelegate *m_delegate;
    SampleFilterModel *m_filter = nullptr;
    const SampleListModel *m_samples = nullptr;
    QTimer m_thumbnailTimer;
};
