#pragma once

#include <QImage>
#include <QWidget>

class QScrollArea;

// The large image of the detail pane: fitted to the pane, or zoomed (then the scroll area pans it).
// Without an image it shows a message (loading, or why the image cannot be shown).
class ImageView final : public QWidget
{
    Q_OBJECT
public:
    explicit ImageView(QScrollArea *area);
    Q_DISABLE_COPY_MOVE(ImageView)

    void setImage(const QImage &image, const QString &message = {});
    bool hasImage() const { return !m_image.isNull(); }
    void zoomBy(double factor);
    void fit();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double fitScale() const;
    void relayout();

    QScrollArea *m_area;
    QImage m_image;
    QString m_message;
    double m_zoom = 0; // 0: fit
};
