#pragma once

#include <QImage>
#include <QRect>
#include <QScrollBar>
#include <QStyle>

// The grid's scroll bar: it repaints when what it shows changes, not on every change of its range. While
// a million samples load, rows arrive a few times a second and each arrival moves the range, but the handle
// stays where and as long as it was (at its shortest). And it paints itself in bands: Qt 6.4's raster
// engine hands a fill of 96 rows or more to a pool of threads and waits for them, which on a busy machine
// holds the GUI thread for as long as the cores are taken. A band is lower than that, so the bar's fills
// stay on the GUI thread (at a device pixel ratio of 2 the Fusion style still makes a tall fill of its own).
class GridScrollBar final : public QScrollBar
{
    Q_OBJECT
public:
    explicit GridScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GridScrollBar)

    static constexpr int band = 64; // device pixels; Qt 6.4 threads a fill from 96 rows

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

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
    void initPaintOption(QStyleOptionSlider *option) const;
    QStyle::SubControl controlAt(const QPoint &pos) const;

    Look m_painted;
    bool m_havePainted = false;
    // What QScrollBar paints from and keeps to itself: the control under the pointer, the one the mouse
    // pressed (until it lets go) and whether the pointer has left it since.
    QStyle::SubControl m_hovered = QStyle::SC_None;
    QStyle::SubControl m_pressed = QStyle::SC_None;
    bool m_pressedLeft = false;
    QImage m_band; // one band of the bar, painted before it is put in place
};
