#pragma once

#include "samples/SampleListModel.h"
#include "types/ReviewItem.h"

#include <QWidget>

class ImageView;
struct Suspect;
class QLabel;
class ReviewProgressChart;
class QScrollArea;
class QTableWidget;
class ThumbnailLoader;

// The pane beside the review grid: the current sample large (its thumbnail at once, the whole image when
// it comes), what is known of it (prediction, hard reasons in words, size, decision), and the per-label
// counts of the review.
class SampleDetailPane final : public QWidget
{
    Q_OBJECT
public:
    SampleDetailPane(ThumbnailLoader *loader, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SampleDetailPane)

    // A new review: no sample, the image area says `message`.
    void reset(const QString &message);
    // `suspect`: the sample of a suspect review, its label questioned (the reasons instead of a prediction).
    void showSample(const ReviewItem &item, const SampleListModel &model, const Suspect *suspect = nullptr);
    // Per label: the table counts what the filters show (`shown`), the progress chart the whole review.
    void setCounts(const SampleListModel::Counts &shown, const SampleListModel::Counts &all);
    // The labels counted are the machine's predictions, or (a suspect review) the labels as given.
    void setLabelsGiven(bool given);
    ReviewProgressChart *progressChart() const { return m_progress; }
    ImageView *imageView() const { return m_image; }

private:
    QString describe(const ReviewItem &item, const SampleListModel &model, const Suspect *suspect) const;
    static QStringList describeMachine(const ReviewItem &item, const SampleListModel &model);
    static QStringList describeSuspect(const ReviewItem &item, const SampleListModel &model, const Suspect &suspect);
    void loadImage(const QUrl &preview, const QUrl &source, const QString &id);

    ThumbnailLoader *m_loader;
    QScrollArea *m_imageArea;
    ImageView *m_image;
    QLabel *m_detail;
    QTableWidget *m_labelCounts;
    ReviewProgressChart *m_progress;
    quint64 m_imageRequest = 0;
    QString m_shownId;
};
