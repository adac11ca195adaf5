#include "publish/PublishDialog.h"

#include "widgets/LabelPicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

PublishDialog::PublishDialog(const Dataset &dataset, const QList<LabelStat> &labels, QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_labels(labels)
    , m_name(new QLineEdit(this))
    , m_ratio(new QDoubleSpinBox(this))
    , m_keepHard(new QCheckBox(tr("Keep the hard-example marks in the manifest"), this))
    , m_preview(new QTableWidget(0, 4, this))
    , m_summary(new QLabel(this))
    , m_duplicates(new QLabel(tr("Looking for near-duplicates among the labeled images…"), this))
    , m_keepTogether(new QCheckBox(tr("&Keep each group of near-duplicates on the train side"), this))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish a version of %1").arg(dataset.name));
    m_name->setObjectName(QStringLiteral("versionName"));
    m_name->setPlaceholderText(tr("automatic (V001, V002, …)"));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[\\w-]{0,32}")), m_name));
    m_ratio->setObjectName(QStringLiteral("trainRatio"));
    m_ratio->setRange(0.0, 1.0);
    m_ratio->setSingleStep(0.05);
    m_ratio->setDecimals(2);
    m_ratio->setValue(0.8);
    m_ratio->setToolTip(tr("The share of each label's images that trains; the rest evaluates. 0.8 to 0.9 is usual."));
    m_keepHard->setObjectName(QStringLiteral("keepHard"));
    m_preview->setObjectName(QStringLiteral("publishPreview"));
    m_preview->setHorizontalHeaderLabels({ tr("Label"), tr("Labeled images"), tr("Train"), tr("Evaluate") });
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setWordWrap(true);
    m_keepTogether->setObjectName(QStringLiteral("keepTogether"));
    m_keepTogether->setChecked(true);
    m_keepTogether->setToolTip(tr("Their usage is set to train before the version is published, so that the evaluation never "
                                  "sees an image the training saw; each label keeps its share."));
    m_keepTogether->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Training share:"), m_ratio);
    form->addRow(QString(), m_keepHard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    publish->setObjectName(QStringLiteral("publish"));
    publish->setDefault(true);
    publish->setEnabled(dataset.annotatedSamples > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ratio, &QDoubleSpinBox::valueChanged, this, &PublishDialog::updatePreview);
    connect(m_ratio, &QDoubleSpinBox::valueChanged, this, &PublishDialog::updateDuplicates);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What the version will contain:"), this));
    layout->addWidget(labelFindField(m_preview, 0, this));
    layout->addWidget(m_preview);
    layout->addWidget(m_summary);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_keepTogether);
    layout->addWidget(buttons);
    resize(560, 480);
    updatePreview();
}

qint64 PublishDialog::trainCount(qint64 images, double ratio) { return ratio >= 1 ? images : qint64(std::llround(ratio * double(images))); }

void PublishDialog::updatePreview()
{
    const double ratio = m_ratio->value();
    m_preview->setRowCount(int(m_labels.size()));
    for (int row = 0; row < m_labels.size(); ++row) {
        const LabelStat &l = m_labels[row];
        const qint64 train = trainCount(l.sampleCount, ratio);
        const QStringList cells{ l.name, QString::number(l.sampleCount), QString::number(train), QString::number(l.sampleCount - train) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    const qint64 unlabeled = m_dataset.totalSamples - m_dataset.annotatedSamples;
    QString text = tr("%n labeled images", nullptr, int(m_dataset.annotatedSamples));
    if (unlabeled > 0)
        text += QStringLiteral("; ") + tr("%n images without a confirmed label go in unlabeled", nullptr, int(unlabeled));
    if (m_dataset.unconfirmedSamples > 0)
        text += QStringLiteral(" ") + tr("(%n auto labels still to confirm are not in it)", nullptr, int(m_dataset.unconfirmedSamples));
    m_summary->setText(text + QLatin1Char('.'));
}

PublishRequestOptions PublishDialog::options() const
{
    PublishRequestOptions o;
    o.name = m_name->text().trimmed();
    o.trainRatio = m_ratio->value();
    o.keepHardExamples = m_keepHard->isChecked();
    o.keepSampleUsage = keepsDuplicatesTogether();
    return o;
}

bool PublishDialog::keepsDuplicatesTogether() const { return m_groups > 0 && m_ratio->value() < 1 && m_keepTogether->isChecked(); }

void PublishDialog::setDuplicates(qint64 groups, qint64 samples, qint64 disagreeing, const QStringList &examples)
{
    m_groups = groups;
    m_groupSamples = samples;
    m_disagreeing = disagreeing;
    m_examples = examples;
    updateDuplicates();
}

void PublishDialog::setDuplicatesUnknown(const QString &why)
{
    m_groups = -1;
    m_duplicates->setText(tr("Near-duplicates were not looked for: %1").arg(why));
    m_keepTogether->hide();
}

void PublishDialog::updateDuplicates()
{
    if (m_groups < 0)
        return;
    const bool split = m_ratio->value() < 1;
    QStringList lines;
    if (m_groups == 0)
        lines << tr("No two labeled images are near-duplicates.");
    else if (split)
        lines << tr("⚠ %n group(s) of near-duplicates (%1 images) could fall on both sides of the split: the evaluation would "
                    "see images the training saw.",
                    nullptr, int(m_groups))
                         .arg(m_groupSamples);
    else
        lines << tr("%n group(s) of near-duplicates (%1 images); everything trains, so none leaks into the evaluation.", nullptr,
                    int(m_groups))
                         .arg(m_groupSamples);
    if (m_disagreeing > 0)
        lines << tr("⚠ %n group(s) show one image under different labels: fix them with Suspect labels… on the dataset page "
                    "before publishing.",
                    nullptr, int(m_disagreeing));
    for (const QString &e : std::as_const(m_examples))
        lines << QStringLiteral("• ") + e;
    m_duplicates->setText(lines.join(QLatin1Char('\n')));
    m_keepTogether->setVisible(m_groups > 0 && split);
}
