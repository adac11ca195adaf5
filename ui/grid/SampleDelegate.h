#pragma once

#include "grid/CellSprites.h"
#include "grid/CellText.h"

#include <QStyledItemDelegate>

// One cell of the review grid: the thumbnail as the model's ThumbnailRole has it (a placeholder while it
// loads, a drawn broken image when it cannot; the delegate never asks for images itself), the predicted label and score, a "hard" badge,
// and the decision: a coloured frame and badge (accepted, relabeled to X, rejected, refused by the service, confirmed) so decided samples
// stand apart from undecided ones at a glance.
class SampleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SampleDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SampleDelegate)

    void setThumbnailSize(int px) { m_thumb = px; }
    int thumbnailSize() const { return m_thumb; }
    // The file name as a third line under the tile (the cell grows by a line).
    void setShowNames(bool show) { m_showNames = show; }
    bool showsNames() const { return m_showNames; }
    QSize cellSize() const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A broken image's tooltip says why it cannot be shown.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index) override;

    static QColor acceptedColor() { return { 0x2e, 0x9d, 0x4f }; }
    static QColor relabeledColor() { return { 0x2a, 0x7f, 0xd4 }; }
    static QColor rejectedColor() { return { 0xd1, 0x45, 0x3b }; }
    static QColor hardColor() { return { 0xe8, 0x8a, 0x1a }; }

private:
    struct Decoration
    {
        QColor frame; // invalid: none
        QString badge;
    };
    static Decoration decorationOf(const QModelIndex &index, const QPalette &palette);
    void paintThumbnail(QPainter *p, const QRect &area, const QModelIndex &index, const QPalette &palette) const;
    void paintCaption(QPainter *p, const QStyleOptionViewItem &option, const QRect &cell, const QRect &thumbArea,
                      const QModelIndex &index) const;

    mutable CellText m_text; // texts laid out once, drawn many times
    mutable CellSprites m_sprites; // shapes painted once, copied many times
    int m_thumb = 160;
    bool m_showNames = false;
};
