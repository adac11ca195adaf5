#include "dataset/LabelChart.h"

#include <QPainter>

LabelChart::LabelChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Labeled images per label"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void LabelChart::setStats(const QList<LabelStat> &labels, int minimum)
{
    m_labels = labels;
    m_minimum = minimum;
    QStringList description;
    for (const LabelStat &l : labels)
        description.append(tr("%1: %2").arg(l.name).arg(l.sampleCount));
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QSize LabelChart::sizeHint() const { return QSize(260, qMax(1, int(m_labels.size())) * (fontMetrics().height() + 6) + 8); }

void LabelChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int row = fontMetrics().height() + 6;
    int nameWidth = 0;
    qint64 max = m_minimum;
    for (const LabelStat &l : m_labels) {
        nameWidth = qMax(nameWidth, fontMetrics().horizontalAdvance(l.name));
        max = qMax(max, l.sampleCount);
    }
    nameWidth = qMin(nameWidth + 8, width() / 3);
    const int countWidth = fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 6;
    const int barLeft = nameWidth;
    const int barWidth = qMax(10, width() - nameWidth - countWidth);
    const QColor ok = palette().color(QPalette::Highlight);
    const QColor low(0xd3, 0x2f, 0x2f);
    for (int i = 0; i < m_labels.size(); ++i) {
        const LabelStat &l = m_labels[i];
        const int y = 4 + i * row;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, nameWidth - 6, row - 4), Qt::AlignRight | Qt::AlignVCenter,
                   fontMetrics().elidedText(l.name, Qt::ElideRight, nameWidth - 6));
        const int w = int(double(barWidth) * double(l.sampleCount) / double(max));
        p.setPen(Qt::NoPen);
        p.setBrush(l.sampleCount < m_minimum ? low : ok);
        p.drawRoundedRect(QRect(barLeft, y + 2, qMax(2, w), row - 8), 2, 2);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(barLeft + w + 4, y, countWidth, row - 4), Qt::AlignLeft | Qt::AlignVCenter, QString::number(l.sampleCount));
    }
    // The minimum, as a dashed line.
    const int x = barLeft + int(double(barWidth) * m_minimum / double(max));
    QPen dash(palette().color(QPalette::PlaceholderText), 1, Qt::DashLine);
    p.setPen(dash);
    p.drawLine(x, 2, x, 4 + int(m_labels.size()) * row);
}
