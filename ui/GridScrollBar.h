#pragma once

#include <QRect>
#include <QScrollBar>

// The grid's scroll bar: it repaints when what it shows changes, not on every change of its range. While
// a million samples load, rows arrive a few times a second and each arrival moves the range, but the handle
// stays where and as long as it was (at its shortest). And a repaint of a tall bar is not cheap on a busy
// machine: Qt splits its fills across a pool of threads and waits for them, which held the GUI thread
// 1.6 s in 8 s of loading.
class GridScrollBar final : public QScrollBar
{
    Q_OBJECT
public:
    explicit GridScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GridScrollBar)

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // What a paint shows: the handle, and whether the bar is at either end (the arrows' states).
    struct Look
    {
        QRect handle;
        bool atStart = false;
        bool atEnd = false;
        bool operator==(const Look &) const = default;
    };
    Look look() const;

    Look m_painted;
    bool m_havePainted = false;
};
