#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QAction;
class ReviewCommands;
class ReviewSession;
class SampleGrid;
class ThumbnailLoader;
class ZoomImageView;
struct ReviewItem;

// The current sample of the review, large: its source image at full resolution, zoomed at the cursor with
// the wheel, panned by dragging, fitted (F) or at 100 % (0); the arrow keys go to the previous and next
// sample, and every decision key of the review works here as in the grid (the viewer follows the grid's
// current sample). Beside it, labeled samples of the dataset under the predicted label and under a label
// to compare with, to see what each label looks like.
class SampleViewer final : public QDialog
{
    Q_OBJECT
public:
    // What the viewer shows and sends to: the review, the grid whose current sample it follows, the loader
    // of images, where its keys' intents go and the review's actions (their keys work here too).
    struct Parts
    {
        ReviewSession *session = nullptr;
        SampleGrid *grid = nullptr;
        ThumbnailLoader *loader = nullptr;
        ReviewCommands *commands = nullptr;
        QList<QAction *> actions;
    };

    SampleViewer(const Parts &parts, QWidget *parent);
    Q_DISABLE_COPY_MOVE(SampleViewer)

    ZoomImageView *imageView() const { return m_image; }
    QString shownId() const { return m_shownId; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createComparison();
    void addKeys();
    void showCurrent();
    void showCaption(const ReviewItem &item);
    void compareWith(int labelIndex);
    // Up to a strip's worth of the dataset's labeled samples under `label`, into `strip`.
    void fillStrip(QListWidget *strip, const QString &label);

    QPointer<ReviewSession> m_session;
    SampleGrid *m_grid;
    ThumbnailLoader *m_loader;
    ReviewCommands *m_commands;
    QList<QAction *> m_actions;
    ZoomImageView *m_image;
    QLabel *m_caption;
    QLabel *m_predictedTitle;
    QListWidget *m_predictedStrip;
    QComboBox *m_compare;
    QListWidget *m_compareStrip;
    QString m_shownId;
    quint64 m_imageRequest = 0;
};
