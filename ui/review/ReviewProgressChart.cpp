#include "review/ReviewProgressChart.h"

#include "grid/SampleDelegate.h"

#include <QLocale>
#include <QPainter>

ReviewProgressChart::ReviewProgressChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("progressChart"));
    setAccessibleName(tr("Review progress per label"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ReviewProgressChart::setCounts(const QList<SampleListModel::LabelCounts> &labels)
{
    m_labels.clear();
    for (const auto &l : labels)
        if (l.predicted > 0)
            m_labels.append(l);
    // Accessible text: the numbers the bars show.
    QStringList lines;
    const QLocale loc;
    for (const auto &l : std::as_const(m_labels))
        lines << tr("%1: %2 confirmed, %3 decided, %4 left")
                         .arg(l.name, loc.toString(l.confirmed), loc.toString(l.decided), loc.toString(l.toReview));
    setToolTip(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(toolTip());
    updateGeometry();
    update();
}

QSize ReviewProgressChart::sizeHint() const
{
    const int line = fontMetrics().height() + 4;
    return { 240, int(m_labels.size() + 1) * line + 4 };
}

void ReviewProgressChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height() + 4;
    int nameWidth = 0;
    for (const auto &l : std::as_const(m_labels))
        nameWidth = qMax(nameWidth, fm.horizontalAdvance(l.name));
    nameWidth = qMin(nameWidth + 16, width() / 3);
    const QColor parts[] = { palette().color(QPalette::Mid), SampleDelegate::acceptedColor(), palette().color(QPalette::AlternateBase) };
    int y = 2;
    for (const auto &l : std::as_const(m_labels)) {
        p.setPen(Qt::NoPen);
        p.setBrush(l.color);
        p.drawEllipse(QRect(0, y + line / 2 - 4, 8, 8));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(12, y, nameWidth - 12, line), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(l.name, Qt::ElideRight, nameWidth - 12));
        const QRect bar(nameWidth, y + 3, width() - nameWidth - 2, line - 6);
        const qint64 total = qMax<qint64>(1, l.confirmed + l.decided + l.toReview);
        int x = bar.left();
        const qint64 values[] = { l.confirmed, l.decided, l.toReview };
        for (int i = 0; i < 3; ++i) {
            const int w = i == 2 ? bar.right() - x + 1 : int(bar.width() * values[i] / total);
            p.fillRect(QRect(x, bar.top(), w, bar.height()), parts[i]);
            x += w;
        }
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        y += line;
    }
    // The key.
    const QString names[] = { tr("confirmed"), tr("decided"), tr("left") };
    int x = nameWidth;
    for (int i = 0; i < 3; ++i) {
        p.fillRect(QRect(x, y + line / 2 - 4, 8, 8), parts[i]);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(x + 12, y, width(), line), Qt::AlignVCenter | Qt::AlignLeft, names[i]);
        x += 12 + fm.horizontalAdvance(names[i]) + 12;
    }
}
