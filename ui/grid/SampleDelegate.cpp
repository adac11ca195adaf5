#include "grid/SampleDelegate.h"

#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "types/ReviewItem.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QtMath>

namespace {
constexpr int kPad = 6;
constexpr int kFrame = 3;

void drawBadge(QPainter *p, CellText &texts, CellSprites &sprites, const QRect &anchor, Qt::Alignment side, const QString &text,
               const QColor &color)
{
    const QFontMetrics fm(p->font());
    const int w = qCeil(texts.text(p->font(), text).size().width()) + 10;
    const int h = fm.height() + 2;
    QRect r(0, 0, w, h);
    if (side & Qt::AlignBottom)
        r.moveBottom(anchor.bottom() - 4);
    else
        r.moveTop(anchor.top() + 4);
    if (side & Qt::AlignLeft)
        r.moveLeft(anchor.left() + 4);
    else
        r.moveRight(anchor.right() - 4);
    sprites.drawBadge(p, r, text, color);
}

// A picture frame with a crack: the image exists but cannot be shown.
void drawBroken(QPainter *p, const QRect &area, const QPalette &palette)
{
    p->setPen(Qt::NoPen);
    p->setBrush(palette.color(QPalette::AlternateBase));
    p->drawRect(area);
    const int s = qMin(area.width(), area.height()) / 3;
    QRect icon(0, 0, s, s * 3 / 4);
    icon.moveCenter(area.center() - QPoint(0, s / 4));
    QPen pen(SampleDelegate::rejectedColor(), 2);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawRect(icon);
    QPainterPath crack;
    crack.moveTo(icon.left() + icon.width() * 0.55, icon.top());
    crack.lineTo(icon.left() + icon.width() * 0.42, icon.top() + icon.height() * 0.45);
    crack.lineTo(icon.left() + icon.width() * 0.6, icon.top() + icon.height() * 0.6);
    crack.lineTo(icon.left() + icon.width() * 0.48, icon.bottom());
    p->drawPath(crack);
    p->setPen(palette.color(QPalette::Text));
    const QRect text(area.left() + 2, icon.bottom() + 4, area.width() - 4, area.bottom() - icon.bottom() - 4);
    p->drawText(text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                QCoreApplication::translate("SampleDelegate", "Cannot load the image"));
}
} // namespace

SampleDelegate::SampleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize SampleDelegate::cellSize() const
{
    const QFontMetrics fm(QApplication::font());
    return { m_thumb + 2 * kPad, m_thumb + 2 * kPad + (m_showNames ? 3 : 2) * fm.height() + 4 };
}

QSize SampleDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const { return cellSize(); }

bool SampleDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString failure = index.data(SampleListModel::ThumbnailErrorRole).toString();
    if (event->type() == QEvent::ToolTip && !failure.isEmpty()) {
        QToolTip::showText(event->globalPos(), index.data(Qt::ToolTipRole).toString() + QStringLiteral("\n\n") + failure, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void SampleDelegate::paintThumbnail(QPainter *p, const QRect &thumbArea, const QModelIndex &index, const QPalette &pal) const
{
    using Status = SampleFilterModel::ThumbnailStatus;
    const auto status = Status(index.data(SampleListModel::ThumbnailStatusRole).toInt());
    if (status == Status::Ready) {
        const QImage image = index.data(SampleListModel::ThumbnailRole).value<QImage>();
        const QSize size = image.size().scaled(thumbArea.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), size);
        target.moveCenter(thumbArea.center());
        const auto decision = DecisionKind(index.data(SampleListModel::DecisionRole).toInt());
        const auto state = ReviewState(index.data(SampleListModel::StateRole).toInt());
        if (decision == DecisionKind::Reject || state == ReviewState::Confirmed)
            p->setOpacity(0.45);
        p->drawImage(target, image);
        p->setOpacity(1.0);
    } else if (status == Status::Failed) {
        drawBroken(p, thumbArea, pal);
    } else {
        QColor placeholder = pal.color(QPalette::Mid);
        placeholder.setAlpha(60);
        m_sprites.drawPlaceholder(p, thumbArea, placeholder, pal.color(QPalette::PlaceholderText));
    }
}

// The decision: a frame and a badge.
SampleDelegate::Decoration SampleDelegate::decorationOf(const QModelIndex &index, const QPalette &pal)
{
    const auto decision = DecisionKind(index.data(SampleListModel::DecisionRole).toInt());
    const auto state = ReviewState(index.data(SampleListModel::StateRole).toInt());
    if (state == ReviewState::Failed)
        return { rejectedColor(), tr("! Refused") };
    if (state == ReviewState::Confirmed)
        return { pal.color(QPalette::Mid), tr("✓ Confirmed") };
    switch (decision) {
    case DecisionKind::Accept: return { acceptedColor(), tr("✓ Accepted") };
    case DecisionKind::Relabel: {
        // In the colour of the label it goes to.
        const QColor to = index.data(SampleListModel::DecidedLabelColorRole).value<QColor>();
        return { to.isValid() ? to : relabeledColor(), tr("→ %1").arg(index.data(SampleListModel::DecidedLabelRole).toString()) };
    }
    case DecisionKind::Reject: return { rejectedColor(), tr("✗ Rejected") };
    case DecisionKind::None: break;
    }
    return {};
}

// Predicted label and score under the thumbnail.
void SampleDelegate::paintCaption(QPainter *p, const QStyleOptionViewItem &option, const QRect &cell, const QRect &thumbArea,
                                  const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    QRect line(cell.left() + kPad, thumbArea.bottom() + 4, cell.width() - 2 * kPad, fm.height());
    // The predicted label's colour, as a dot before its name.
    const QColor color = index.data(SampleListModel::LabelColorRole).value<QColor>();
    if (color.isValid()) {
        const int d = fm.height() / 2;
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawEllipse(QRect(line.left(), line.center().y() - d / 2, d, d));
        line.setLeft(line.left() + d + 4);
    }
    p->setFont(bold);
    p->setPen(text);
    QString label = index.data(SampleListModel::PredictedLabelRole).toString();
    if (DecisionKind(index.data(SampleListModel::DecisionRole).toInt()) == DecisionKind::Relabel)
        label = tr("%1 → %2").arg(label, index.data(SampleListModel::DecidedLabelRole).toString());
    m_text.draw(p, line, label);
    line.translate(0, fm.height());
    p->setFont(option.font);
    const QString score = tr("score %1").arg(index.data(SampleListModel::ScoreRole).toDouble(), 0, 'f', 2);
    line.setLeft(cell.left() + kPad);
    m_text.draw(p, line, score, Qt::AlignLeft, Qt::ElideNone);
    if (m_showNames) {
        line.translate(0, option.fontMetrics.height());
        m_text.draw(p, line, CellText::fileName(option.fontMetrics, index.data(SampleListModel::NameRole).toString(), line.width()),
                    Qt::AlignLeft, Qt::ElideNone);
    }
}

void SampleDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    const QPalette &pal = option.palette;
    if (option.state & QStyle::State_Selected) {
        p->setPen(Qt::NoPen);
        p->setBrush(pal.color(QPalette::Highlight));
        p->drawRoundedRect(cell, 6, 6);
    }
    const QRect thumbArea(cell.left() + kPad - 1, cell.top() + kPad - 1, m_thumb, m_thumb);
    paintThumbnail(p, thumbArea, index, pal);

    const Decoration decoration = decorationOf(index, pal);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    if (decoration.frame.isValid()) {
        const bool dashed = ReviewState(index.data(SampleListModel::StateRole).toInt()) == ReviewState::Failed;
        m_sprites.drawFrame(p, thumbArea.adjusted(-1, -1, 1, 1), decoration.frame, kFrame, dashed);
        // Bottom right: the "hard" badge keeps the top left, and narrow cells have room for both.
        drawBadge(p, m_text, m_sprites, thumbArea, Qt::AlignRight | Qt::AlignBottom, decoration.badge, decoration.frame);
    }
    if (index.data(SampleListModel::HardRole).toBool())
        drawBadge(p, m_text, m_sprites, thumbArea, Qt::AlignLeft, tr("Hard"), hardColor());
    paintCaption(p, option, cell, thumbArea, index);
    p->restore();
}
