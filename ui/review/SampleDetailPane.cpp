#include "review/SampleDetailPane.h"

#include "lookalike/SuspectAudit.h"
#include "review/ImageView.h"
#include "review/ReviewProgressChart.h"
#include "review/ThumbnailLoader.h"
#include "types/HardReasonCatalog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

SampleDetailPane::SampleDetailPane(ThumbnailLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
{
    m_imageArea = new QScrollArea(this);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_imageArea->setMinimumHeight(200);
    m_image = new ImageView(m_imageArea);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_labelCounts = new QTableWidget(this);
    m_labelCounts->setObjectName(QStringLiteral("labelCounts"));
    m_labelCounts->setColumnCount(6);
    setLabelsGiven(false);
    m_labelCounts->verticalHeader()->hide();
    m_labelCounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_labelCounts->setFocusPolicy(Qt::NoFocus);
    // Every column as wide as its contents, the names first (a narrow pane scrolls sideways, it never
    // squeezes the names out), and room for three labels at least.
    // Sized to the contents once a fill, not by the header on every cell set (a thousand labels' cells each
    // measured the columns again: 0.4 s a filter); the first hundred labels set the widths.
    m_labelCounts->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_labelCounts->horizontalHeader()->setResizeContentsPrecision(100);
    m_labelCounts->horizontalHeader()->setStretchLastSection(true);
    const int rowHeight = m_labelCounts->verticalHeader()->defaultSectionSize();
    const int header = m_labelCounts->horizontalHeader()->sizeHint().height();
    m_labelCounts->setMinimumHeight(header + 3 * rowHeight + 4);
    m_labelCounts->setMaximumHeight(qMax(180, header + 6 * rowHeight + 4));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_imageArea, 3);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_labelCounts);
    m_progress = new ReviewProgressChart(this);
    layout->addWidget(m_progress);
}

void SampleDetailPane::setLabelsGiven(bool given)
{
    m_labelCounts->setHorizontalHeaderLabels({ tr("Label"), given ? tr("Labeled") : tr("Predicted"), tr("To review"),
                                               given ? tr("Kept") : tr("Accepted"), tr("Relabeled to"), tr("Rejected") });
    m_labelCounts->setToolTip(given ? tr("The samples shown (the filters apply), by the label they were given")
                                    : tr("The samples shown (the filters apply), by predicted label"));
}

void SampleDetailPane::reset(const QString &message)
{
    m_shownId.clear();
    m_image->setImage({}, message);
    m_detail->clear();
}

void SampleDetailPane::showSample(const ReviewItem &item, const SampleListModel &model, const Suspect *suspect)
{
    m_detail->setText(describe(item, model, suspect));
    if (m_shownId != item.id)
        loadImage(model.previewUrl(item), model.sourceUrl(item), item.id);
}

QStringList SampleDetailPane::describeSuspect(const ReviewItem &it, const SampleListModel &model, const Suspect &suspect)
{
    QStringList lines;
    lines << tr("Labeled: <b>%1</b>").arg(model.labelName(it.predicted).toHtmlEscaped());
    lines << tr("Questioned, suspicion %1 (a reason to look, not a verdict):").arg(suspect.score, 0, 'f', 2);
    QStringList reasons;
    for (const QString &r : suspect.reasons)
        reasons << QStringLiteral("• ") + r.toHtmlEscaped();
    if (!reasons.isEmpty())
        lines << reasons.join(QStringLiteral("<br>"));
    if (!suspect.likely.isEmpty() && suspect.likely != suspect.label)
        lines << tr("The evidence points to: <b>%1</b>").arg(suspect.likely.toHtmlEscaped());
    return lines;
}

QStringList SampleDetailPane::describeMachine(const ReviewItem &it, const SampleListModel &model)
{
    QStringList lines;
    lines << tr("Predicted: <b>%1</b>, score %2").arg(model.labelName(it.predicted).toHtmlEscaped()).arg(double(it.score), 0, 'f', 3);
    if (it.hard) {
        lines << tr("Hard example, coefficient %1:").arg(double(it.hardCoefficient), 0, 'f', 2);
        QStringList reasons;
        for (int id = 0; id < 31; ++id)
            if (it.hasReason(id))
                reasons << QStringLiteral("• ") + HardReasonCatalog::text(id).toHtmlEscaped();
        if (!reasons.isEmpty())
            lines << reasons.join(QStringLiteral("<br>"));
    } else {
        lines << tr("Not a hard example");
    }
    return lines;
}

QString SampleDetailPane::describe(const ReviewItem &it, const SampleListModel &model, const Suspect *suspect) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(it.name.toHtmlEscaped());
    lines << (suspect ? describeSuspect(it, model, *suspect) : describeMachine(it, model));
    if (it.width > 0)
        lines << tr("%1 × %2 px, %n channel(s)", nullptr, it.channels).arg(it.width).arg(it.height);
    switch (it.state) {
    case ReviewState::ToReview: lines << tr("Not decided"); break;
    case ReviewState::Confirmed: lines << tr("Confirmed"); break;
    case ReviewState::Deleted: lines << tr("Deleted from the dataset"); break;
    case ReviewState::Failed: lines << tr("Refused by the service: %1").arg(it.failure.toHtmlEscaped()); [[fallthrough]];
    case ReviewState::Decided:
        if (it.decision == DecisionKind::Accept && suspect)
            lines << tr("Decision: kept as %1").arg(model.labelName(it.predicted).toHtmlEscaped());
        else if (it.decision == DecisionKind::Accept)
            lines << tr("Decision: accepted as %1").arg(model.labelName(it.predicted).toHtmlEscaped());
        else if (it.decision == DecisionKind::Relabel)
            lines << tr("Decision: relabeled to %1").arg(model.labelName(it.decidedLabel).toHtmlEscaped());
        else if (it.decision == DecisionKind::Reject)
            lines << tr("Decision: rejected (back to unlabeled)");
        break;
    }
    return lines.join(QStringLiteral("<br>"));
}

void SampleDetailPane::loadImage(const QUrl &preview, const QUrl &source, const QString &id)
{
    m_shownId = id;
    // The thumbnail at once, the whole image when it comes.
    ThumbnailLoader::Status status;
    const QImage thumb = m_loader->thumbnail(id, preview, &status);
    m_image->setImage(thumb, tr("Loading…"));
    const quint64 request = ++m_imageRequest;
    m_loader->loadImage(source, 2048, this, [this, request](const QImage &image, const QString &error) {
        if (request != m_imageRequest)
            return;
        if (image.isNull())
            m_image->setImage({}, tr("The image cannot be shown: %1").arg(error));
        else
            m_image->setImage(image);
    });
}

void SampleDetailPane::setCounts(const SampleListModel::Counts &c, const SampleListModel::Counts &all)
{
    m_progress->setCounts(all.labels);
    const QLocale l;
    bool changed = m_labelCounts->rowCount() != int(c.labels.size());
    m_labelCounts->setRowCount(int(c.labels.size()));
    for (int row = 0; row < c.labels.size(); ++row) {
        const auto &lc = c.labels[row];
        const QStringList cells{ lc.name,
                                 l.toString(lc.predicted),
                                 l.toString(lc.toReview),
                                 l.toString(lc.accepted),
                                 l.toString(lc.relabeledTo),
                                 l.toString(lc.rejected) };
        for (int col = 0; col < cells.size(); ++col) {
            QTableWidgetItem *item = m_labelCounts->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                if (col > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_labelCounts->setItem(row, col, item);
            }
            // Only what changed: each change has the table measure its columns again (a thousand labels).
            if (item->text() != cells[col]) {
                item->setText(cells[col]);
                changed = true;
            }
        }
        QTableWidgetItem *name = m_labelCounts->item(row, 0);
        if (name->data(Qt::UserRole).value<QColor>() != lc.color) {
            QPixmap swatch(10, 10);
            swatch.fill(lc.color);
            name->setIcon(QIcon(swatch));
            name->setData(Qt::UserRole, lc.color);
        }
    }
    if (changed)
        m_labelCounts->resizeColumnsToContents();
}
