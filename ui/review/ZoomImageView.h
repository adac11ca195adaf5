#pragma once

#include <QImage>
#include <QWidget>

#include <optional>

// An image to look at closely: fitted to the widget, or at any scale; the wheel zooms at the cursor
// (the point under it stays put), dragging pans. Without an image it shows a message (loading, or why
// the image cannot be shown).
class ZoomImageView final : public QWidget
{
    Q_OBJECT
public:
    explicit ZoomImageView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ZoomImageView)

    void setImage(const QImage &image, const QString &message = {});
    QImage image() const { return m_image; }
    // The whole image in the widget (and so when the widget resizes), until zoomed or panned.
    void fit();
    // One image pixel per screen pixel, centred.
    void actualSize();
    // Zooms by `factor` keeping the image point under `at` (widget coordinates) where it is.
    void zoomAt(double factor, QPointF at);
    double scale() const { return m_scale; }
    bool isFitted() const { return m_fitted; }
    // Where an image point is on the widget.
    QPointF toWidget(QPointF imagePoint) const { return m_offset + imagePoint * m_scale; }

signals:
    void scaleChanged(double scale);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void setScale(double scale);

    QImage m_image;
    QString m_message;
    double m_scale = 1;
    QPointF m_offset; // where the image's top-left corner is
    bool m_fitted = true;
    std::optional<QPointF> m_dragFrom;
};
