#pragma once

#include "samples/SampleListModel.h"

#include <QWidget>

// How far the review is, per predicted label: one bar each, in three parts (confirmed, decided and not
// yet sent, left to review), the label's colour beside its name.
class ReviewProgressChart final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewProgressChart(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReviewProgressChart)

    void setCounts(const QList<SampleListModel::LabelCounts> &labels);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<SampleListModel::LabelCounts> m_labels;
};
