#include "review/LabeledLookAlikesBox.h"

#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "review/ReviewSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

#include <algorithm>

LabeledLookAlikesBox::LabeledLookAlikesBox(QWidget *parent)
    : QWidget(parent)
    , m_on(new QCheckBox(tr("With the dataset's labeled samples"), this))
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_on->setObjectName(QStringLiteral("withLabeled"));
    m_on->setToolTip(tr("Which labels the labeled images most like this one carry"));
    m_status->setObjectName(QStringLiteral("labeledStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("labeledList"));
    m_list->setAccessibleName(tr("Labeled look-alikes"));
    m_list->setMinimumHeight(5 * m_list->fontMetrics().height());
    connect(m_on, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            start();
        fill();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_on);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    setVisible(false);
}

void LabeledLookAlikesBox::setSession(ReviewSession *session)
{
    m_session = session;
    m_row = -1;
    m_on->setChecked(false);
    setVisible(false);
}

void LabeledLookAlikesBox::showFor(int row)
{
    m_row = row;
    setVisible(row >= 0 && m_session);
    if (m_on->isChecked())
        start();
    fill();
}

void LabeledLookAlikesBox::start()
{
    if (!m_session)
        return;
    LabeledSamples *labeled = m_session->labeledSamples();
    // Also when the review started them (for the label proposals): their end fills the list.
    connect(labeled, &LabeledSamples::progress, this, &LabeledLookAlikesBox::fill, Qt::UniqueConnection);
    connect(labeled, &LabeledSamples::finished, this, &LabeledLookAlikesBox::labeledFinished, Qt::UniqueConnection);
    if (labeled->isReady() || labeled->isRunning())
        return;
    labeled->start();
}

void LabeledLookAlikesBox::labeledFinished(bool ok, const QString &error)
{
    if (!ok && m_on->isChecked())
        m_status->setText(tr("The labeled samples could not be compared: %1").arg(error));
    else
        fill();
}

void LabeledLookAlikesBox::fill()
{
    m_list->clear();
    const bool on = m_on->isChecked() && m_session && m_row >= 0;
    m_status->setVisible(on);
    m_list->setVisible(on);
    if (!on)
        return;
    const QLocale locale;
    LookAlikes *looks = m_session->lookAlikes();
    LabeledSamples *labeled = m_session->labeledSamples();
    if (labeled->isRunning()) {
        m_status->setText(tr("Comparing the dataset's labeled samples (%1)…").arg(locale.toString(labeled->model().rowCount())));
        return;
    }
    if (!labeled->isReady())
        return; // the failure is said where it happened
    const QList<int> near = labeled->nearest(looks->vectorOf(m_row), looks->dims(), shown);
    const SampleListModel &model = labeled->model();
    QMap<QString, int> labels; // of the nearest few
    for (int i = 0; i < near.size(); ++i) {
        const ReviewItem &it = model.item(near[i]);
        const QString label = model.labelName(it.predicted);
        if (i < summarised)
            ++labels[label];
        auto *item = new QListWidgetItem(tr("%1 · %2").arg(label, it.name), m_list);
        item->setToolTip(tr("Nearest labeled sample no. %1: %2, labeled %3").arg(locale.toString(i + 1), it.name, label));
    }
    if (near.isEmpty()) {
        m_status->setText(model.rowCount() == 0 ? tr("The dataset has no labeled samples.")
                                                : tr("No labeled sample could be compared with this one."));
        return;
    }
    const auto top = std::max_element(labels.cbegin(), labels.cend());
    QString text = tr("%1 of its %2 nearest labeled samples are labeled %3.")
                           .arg(locale.toString(*top), locale.toString(std::min<qsizetype>(near.size(), summarised)), top.key());
    if (labeled->listedTotal() > model.rowCount())
        text += QLatin1Char(' ')
                + tr("(Compared with the first %1 of %2 labeled samples.)")
                          .arg(locale.toString(model.rowCount()), locale.toString(labeled->listedTotal()));
    m_status->setText(text);
}
