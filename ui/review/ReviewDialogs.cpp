#include "review/ReviewDialogs.h"

#include "widgets/LabelPicker.h"

#include "widgets/FormWidgets.h"

#include "review/ReviewSession.h"
#include "samples/SampleListModel.h"
#include "spotcheck/SpotCheckText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

ThresholdDialog::ThresholdDialog(ReviewSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Accept above a threshold"));
    setObjectName(QStringLiteral("thresholdDialog"));
    m_threshold = formwidgets::scoreSpinBox(this, tr("Score threshold"), 0.9, 0.01);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_perLabel = new QCheckBox(tr("A threshold &per label"), this);
    m_perLabel->setObjectName(QStringLiteral("perLabel"));
    m_includeHard = new QCheckBox(tr("Include &hard examples"), this);
    m_includeHard->setObjectName(QStringLiteral("includeHard"));
    m_includeHard->setToolTip(tr("Hard examples are the ones the model doubts: by default they are left for a person to look at."));

    createTable(session->model()->labels());
    m_find = labelFindField(m_table, 0, this); // many labels: the rows found as in the label picker
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setWordWrap(true);
    m_suggested = new QPushButton(tr("Use the &suggested thresholds"), this);
    m_suggested->setObjectName(QStringLiteral("useSuggested"));
    m_suggested->setToolTip(tr("Per label, the lowest score threshold at which the spot-check's 95 % lower bound of the precision "
                               "reaches the target less its margin; a label without one is set to 1.00."));
    m_suggested->setVisible(session->spotCheck()->isActive());
    connect(m_suggested, &QPushButton::clicked, this, &ThresholdDialog::useSuggestions);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("apply"));
    m_buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &ThresholdDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Accept undecided samples with a score of at &least"), m_threshold);
    form->addRow(m_perLabel);
    form->addRow(m_includeHard);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_find);
    layout->addWidget(m_table);
    layout->addWidget(m_suggested, 0, Qt::AlignLeft);
    layout->addWidget(m_total);
    layout->addWidget(m_buttons);

    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_perLabel->isChecked()) {
            for (int row = 0; row < m_table->rowCount(); ++row) {
                auto *spin = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, 1));
                const QSignalBlocker block(spin);
                spin->setValue(v);
            }
        }
        updatePreview();
    });
    connect(m_perLabel, &QCheckBox::toggled, this, [this](bool on) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->cellWidget(row, 1)->setEnabled(on);
        m_threshold->setEnabled(!on);
        updatePreview();
    });
    connect(m_includeHard, &QCheckBox::toggled, this, &ThresholdDialog::updatePreview);
    updatePreview();
    resize(session->spotCheck()->isActive() ? 820 : 460, 420);
}

// One row per label: its threshold (editable with "per label") and how many it would accept.
void ThresholdDialog::createTable(const QStringList &labels)
{
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("preview"));
    // With a spot-check: what it says of the samples each threshold would accept.
    const bool estimates = m_session->spotCheck()->isActive();
    m_table->setColumnCount(estimates ? 6 : 3);
    m_table->setHorizontalHeaderLabels({ tr("Label"), tr("Threshold"), tr("Would accept"), tr("Precision (spot-check, 95 %)"),
                                         tr("Wrong among them"), tr("Suggested") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setRowCount(int(labels.size()));
    for (int row = 0; row < labels.size(); ++row) {
        auto *name = new QTableWidgetItem(labels[row]);
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        auto *spin = formwidgets::scoreSpinBox(m_table, tr("Threshold for %1").arg(labels[row]), m_threshold->value(), 0.01);
        spin->setEnabled(false);
        m_table->setCellWidget(row, 1, spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ThresholdDialog::updatePreview);
        for (int column = 2; column < m_table->columnCount(); ++column) {
            auto *cell = new QTableWidgetItem;
            cell->setFlags(Qt::ItemIsEnabled);
            if (column == 2)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

ReviewSession::ThresholdRule ThresholdDialog::rule() const
{
    ReviewSession::ThresholdRule r;
    r.threshold = m_threshold->value();
    r.includeHard = m_includeHard->isChecked();
    if (m_perLabel->isChecked()) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            r.perLabel.insert(m_table->item(row, 0)->text(), static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, 1))->value());
    }
    return r;
}

void ThresholdDialog::updatePreview()
{
    const QMap<QString, qint64> counts = m_session->thresholdPreview(rule());
    qint64 total = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 n = counts.value(m_table->item(row, 0)->text());
        total += n;
        m_table->item(row, 2)->setText(QLocale().toString(n));
        if (m_table->columnCount() > 3)
            showEstimate(row, n);
    }
    m_total->setText(tr("%n undecided sample(s) would be accepted. Undo takes them all back in one step.", nullptr, int(total)));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(total > 0);
}

// The spot-check's estimate for the samples of this row's label at or above its threshold, and the
// wrong labels to expect among the `count` it would accept.
void ThresholdDialog::showEstimate(int row, qint64 count)
{
    const ReviewSpotCheck *check = m_session->spotCheck();
    const QString label = m_table->item(row, 0)->text();
    const double threshold = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, 1))->value();
    const double confidence = check->check()->plan.target.confidence;
    const spotcheck::Estimate e = check->estimate(label, threshold);
    m_table->item(row, 3)->setText(SpotCheckText::precisionCell(e));
    m_table->item(row, 3)->setToolTip(SpotCheckText::precision(e, confidence));
    m_table->item(row, 4)->setText(SpotCheckText::wrongAmong(e, count)); // at the region's precision
    m_table->item(row, 4)->setToolTip(m_table->item(row, 4)->text());
    for (const spotcheck::Suggestion &s : check->suggestions()) {
        if (check->check()->labels.value(s.label) == label) {
            m_table->item(row, 5)->setText(SpotCheckText::suggestionCell(s, confidence));
            m_table->item(row, 5)->setToolTip(SpotCheckText::suggestion(s, confidence));
        }
    }
}

void ThresholdDialog::useSuggestions()
{
    const ReviewSpotCheck *check = m_session->spotCheck();
    QHash<QString, double> thresholds;
    for (const spotcheck::Suggestion &s : check->suggestions()) {
        if (s.status == spotcheck::Suggestion::Status::Found)
            thresholds.insert(check->check()->labels.value(s.label), s.threshold);
    }
    m_perLabel->setChecked(true);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *spin = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, 1));
        const QSignalBlocker quiet(spin);
        spin->setValue(thresholds.value(m_table->item(row, 0)->text(), 1.0));
    }
    updatePreview();
}

void ThresholdDialog::apply()
{
    m_accepted = m_session->acceptAbove(rule());
    if (m_accepted < 0)
        return; // the session said why (decisionFailed)
    accept();
}

ConfirmDialog::ConfirmDialog(ReviewSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Confirm labels"));
    setObjectName(QStringLiteral("confirmDialog"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("confirmText"));
    m_text->setWordWrap(true);
    m_summary = new QTableWidget(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setColumnCount(4);
    m_summary->setHorizontalHeaderLabels({ tr("Label"), session->isSuspectReview() ? tr("Kept") : tr("Accepted"), tr("Relabeled to it"),
                                           tr("Rejected (to unlabeled)") });
    m_summary->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v of %m answered by the service"));
    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("failures"));
    m_failures->setHeaderLabels({ tr("Sample"), tr("Why the service refused it") });
    m_failures->setRootIsDecorated(false);
    m_failures->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_failures->setVisible(false);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    m_close = new QPushButton(tr("&Close"), this);
    m_close->setObjectName(QStringLiteral("close"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_send, &QPushButton::clicked, this, &ConfirmDialog::send);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_session->isConfirming())
            m_session->cancelConfirm(); // what is not sent stays decided
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_failures);
    layout->addWidget(buttons);

    connect(session, &ReviewSession::confirmProgress, this, [this](qint64 sent, qint64 total) {
        m_progress->setMaximum(int(total));
        m_progress->setValue(int(sent));
    });
    connect(session, &ReviewSession::confirmFinished, this, &ConfirmDialog::showReport);
    showSummary();
    resize(560, 420);
}

void ConfirmDialog::showSummary()
{
    const QList<ReviewSession::SummaryLine> lines = m_session->confirmSummary();
    m_summary->setRowCount(int(lines.size()));
    qint64 total = 0;
    for (int row = 0; row < lines.size(); ++row) {
        const auto &l = lines[row];
        total += l.accepted + l.relabeledTo + l.rejected;
        const QStringList cells{ l.label, QLocale().toString(l.accepted), QLocale().toString(l.relabeledTo),
                                 QLocale().toString(l.rejected) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summary->setItem(row, c, item);
        }
    }
    QString text = total == 0 ? tr("Nothing is decided yet.")
                              : tr("%n decided sample(s) will be sent to ModelArts as confirmed labels.", nullptr, int(total));
    if (const ReviewJournal::SpotCheck *check = m_session->spotCheck()->check()) {
        const spotcheck::Estimate e = m_session->spotCheck()->estimate();
        text += QLatin1Char(' ')
                + tr("Spot-check of %1: the machine's labels are %2 right; %3.")
                          .arg(check->scope, SpotCheckText::precision(e, check->plan.target.confidence),
                               SpotCheckText::wrong(e, check->plan.target.confidence));
    }
    m_text->setText(text);
    m_send->setEnabled(total > 0);
}

void ConfirmDialog::showReport(const ConfirmReport &report)
{
    m_close->setText(tr("&Close"));
    m_confirmedTotal += report.confirmed; // each sample once: only an answer about it counts
    m_failures->clear();
    for (const SampleOutcome &f : report.refused) {
        const int row = m_session->model()->rowOf(f.sampleId);
        const QString name = row >= 0 ? m_session->model()->item(row).name : f.sampleId;
        auto *item = new QTreeWidgetItem(
                m_failures, { name, f.errorCode.isEmpty() ? f.errorMessage : QStringLiteral("%1: %2").arg(f.errorCode, f.errorMessage) });
        item->setToolTip(1, item->text(1));
    }
    m_failures->setVisible(!report.refused.isEmpty());
    showSummary();
    QStringList text;
    if (!report.error.isEmpty()) {
        text << report.error;
    } else if (report.notSent > 0 && report.fault.isError()) {
        // Not a refusal: the service never answered about these.
        text << tr("The service could not be reached (%1).").arg(report.fault.toString())
             << tr("%n sample(s) were confirmed before that.", nullptr, int(m_confirmedTotal))
             << tr("%n were not sent: they stay decided and go by themselves when the service answers again, or now with Send again.",
                   nullptr, int(report.notSent));
    } else {
        text << tr("%n sample(s) confirmed.", nullptr, int(m_confirmedTotal));
    }
    if (!report.refused.isEmpty())
        text << tr("%n refused by the service: they stay decided; correct them or send again.", nullptr, int(report.refused.size()));
    if (report.cancelled)
        text << tr("Cancelled: what was not sent stays decided.");
    m_text->setText(text.join(QLatin1Char(' ')));
    // A longer text wraps to more lines: the label gets their height (the table gives it up).
    // (measured with the font's bounding box, a line spare: fallback fonts for Chinese are taller)
    const QRect wrapped = m_text->fontMetrics().boundingRect(QRect(0, 0, m_text->width(), 0), Qt::TextWordWrap, m_text->text());
    m_text->setMinimumHeight(wrapped.height() + m_text->fontMetrics().lineSpacing());
    m_send->setEnabled(!m_session->pendingRows().isEmpty());
    m_send->setText(report.refused.isEmpty() && report.notSent == 0 ? tr("&Send") : tr("&Send again"));
}

void ConfirmDialog::send()
{
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_send->setEnabled(false);
    m_close->setText(tr("&Cancel"));
    m_failures->setVisible(false);
    m_text->setText(tr("Sending…"));
    m_session->confirm();
}
