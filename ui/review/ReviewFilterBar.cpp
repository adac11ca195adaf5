#include "review/ReviewFilterBar.h"

#include "types/HardReasonCatalog.h"
#include "widgets/FormWidgets.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>

ReviewFilterBar::ReviewFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    using SF = SampleFilterModel::StateFilter;
    m_stateFilter = addCombo(QStringLiteral("stateFilter"), tr("Show"),
                             { { tr("Not confirmed"), int(SF::Pending) },
                               { tr("To review"), int(SF::ToReview) },
                               { tr("Decided"), int(SF::Decided) },
                               { tr("Refused by the service"), int(SF::Failed) },
                               { tr("Confirmed"), int(SF::Confirmed) },
                               { tr("All"), int(SF::All) } });
    using HF = SampleFilterModel::HardFilter;
    m_hardFilter = addCombo(
            QStringLiteral("hardFilter"), tr("Hard examples"),
            { { tr("Hard and not hard"), int(HF::All) }, { tr("Hard only"), int(HF::HardOnly) }, { tr("Not hard"), int(HF::NotHard) } });
    m_labelFilter = addCombo(QStringLiteral("labelFilter"), tr("Predicted label"), { { tr("All labels"), -1 } });
    m_reasonFilter = addCombo(QStringLiteral("reasonFilter"), tr("Hard reason"), { { tr("Any reason"), -1 } });
    // The hard reasons are long sentences: the box is as wide as the one chosen (the list shows them whole),
    // so that the name field keeps its room while no reason is chosen.
    m_reasonFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reasonFilter->setMinimumContentsLength(8);
    connect(m_reasonFilter, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::fitReasonBox);
    using SK = SampleFilterModel::SortKey;
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sort"));
    m_sort->setAccessibleName(tr("Sort"));
    m_sort->addItem(tr("Score, lowest first"), QVariantList{ int(SK::Score), int(Qt::AscendingOrder) });
    m_sort->addItem(tr("Score, highest first"), QVariantList{ int(SK::Score), int(Qt::DescendingOrder) });
    m_sort->addItem(tr("Hard coefficient, highest first"), QVariantList{ int(SK::HardCoefficient), int(Qt::DescendingOrder) });
    m_sort->addItem(tr("Name"), QVariantList{ int(SK::Name), int(Qt::AscendingOrder) });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::sortChanged);
    m_lowScore = addSpin(QStringLiteral("lowScore"), tr("Lowest score"), 0);
    m_highScore = addSpin(QStringLiteral("highScore"), tr("Highest score"), 1);
    m_search = formwidgets::searchField(this, tr("Name contains"));
    connect(m_search, &QLineEdit::textChanged, this, &ReviewFilterBar::filterChanged);
    m_decisionChip = new QToolButton(this);
    m_decisionChip->setObjectName(QStringLiteral("decisionFilter"));
    m_decisionChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_decisionChip->setToolTip(tr("Shows only the samples of a cell of the confusion view; click to show all again"));
    m_decisionChip->hide();
    connect(m_decisionChip, &QToolButton::clicked, this, &ReviewFilterBar::clearDecisionFilter);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_stateFilter);
    row->addWidget(m_hardFilter);
    row->addWidget(m_labelFilter);
    row->addWidget(m_decisionChip);
    row->addWidget(new QLabel(tr("Score"), this));
    row->addWidget(m_lowScore);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_highScore);
    row->addWidget(m_reasonFilter);
    row->addWidget(m_search, 1);
    row->addWidget(m_sort);
}

void ReviewFilterBar::setLabelsGiven(bool given) { m_labelFilter->setAccessibleName(given ? tr("Label as given") : tr("Predicted label")); }

QComboBox *ReviewFilterBar::addCombo(const QString &name, const QString &accessible, const QList<QPair<QString, int>> &items)
{
    auto *c = new QComboBox(this);
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    // Wide enough for its longest choice, also for choices that come later (labels, hard reasons).
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &[text, value] : items)
        c->addItem(text, value);
    connect(c, &QComboBox::currentIndexChanged, this, &ReviewFilterBar::filterChanged);
    connect(c, &QComboBox::currentTextChanged, c, &QComboBox::setToolTip);
    c->setToolTip(c->currentText());
    return c;
}

QDoubleSpinBox *ReviewFilterBar::addSpin(const QString &name, const QString &accessible, double value)
{
    auto *s = formwidgets::scoreSpinBox(this, accessible, value, 0.05);
    s->setObjectName(name);
    s->setKeyboardTracking(false);
    connect(s, &QDoubleSpinBox::valueChanged, this, &ReviewFilterBar::filterChanged);
    return s;
}

SampleFilterModel::Filter ReviewFilterBar::filter() const
{
    SampleFilterModel::Filter f;
    f.state = SampleFilterModel::StateFilter(m_stateFilter->currentData().toInt());
    f.hard = SampleFilterModel::HardFilter(m_hardFilter->currentData().toInt());
    f.label = m_labelFilter->currentData().toInt();
    f.reason = m_reasonFilter->currentData().toInt();
    f.lowScore = qMin(m_lowScore->value(), m_highScore->value());
    f.highScore = qMax(m_lowScore->value(), m_highScore->value());
    f.text = m_search->text().trimmed();
    f.decision = m_decision;
    f.decidedLabel = m_decidedLabel;
    return f;
}

SampleFilterModel::SortKey ReviewFilterBar::sortKey() const
{
    return SampleFilterModel::SortKey(m_sort->currentData().toList().value(0).toInt());
}

Qt::SortOrder ReviewFilterBar::sortOrder() const { return Qt::SortOrder(m_sort->currentData().toList().value(1).toInt()); }

void ReviewFilterBar::setLabels(const QStringList &labels)
{
    if (m_labelFilter->count() == labels.size() + 1)
        return;
    const int current = m_labelFilter->currentData().toInt();
    const QSignalBlocker block(m_labelFilter);
    m_labelFilter->clear();
    m_labelFilter->addItem(tr("All labels"), -1);
    for (int i = 0; i < labels.size(); ++i)
        m_labelFilter->addItem(i < 9 ? tr("%1 (%2)").arg(labels[i]).arg(i + 1) : labels[i], i);
    m_labelFilter->setCurrentIndex(qMax(0, m_labelFilter->findData(current)));
    m_labelFilter->setToolTip(m_labelFilter->currentText());
}

void ReviewFilterBar::setReasons(quint32 present)
{
    const int current = m_reasonFilter->currentData().toInt();
    const QSignalBlocker block(m_reasonFilter);
    m_reasonFilter->clear();
    m_reasonFilter->addItem(tr("Any reason"), -1);
    for (int id = 0; id < 31; ++id)
        if (present & (1u << id))
            m_reasonFilter->addItem(HardReasonCatalog::text(id), id);
    m_reasonFilter->setCurrentIndex(qMax(0, m_reasonFilter->findData(current)));
    m_reasonFilter->setToolTip(m_reasonFilter->currentText());
    m_reasonFilter->view()->setMinimumWidth(m_reasonFilter->view()->sizeHintForColumn(0) + 24);
    fitReasonBox();
}

void ReviewFilterBar::fitReasonBox()
{
    QStyleOptionComboBox option;
    option.initFrom(m_reasonFilter);
    const QSize text(m_reasonFilter->fontMetrics().horizontalAdvance(m_reasonFilter->currentText()),
                     m_reasonFilter->fontMetrics().height());
    m_reasonFilter->setMinimumWidth(m_reasonFilter->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, m_reasonFilter).width()
                                    + 8);
}

void ReviewFilterBar::setDecisionFilter(int machineLabel, int decision, int decidedLabel, const QString &text)
{
    if (m_decision < 0) { // what the bar showed before: back when the cell's filter is cleared
        m_stateBefore = m_stateFilter->currentIndex();
        m_labelBefore = m_labelFilter->currentIndex();
    }
    {
        const QSignalBlocker stateBlock(m_stateFilter);
        const QSignalBlocker labelBlock(m_labelFilter);
        // Decided, refused and confirmed alike: the cell counts them all.
        m_stateFilter->setCurrentIndex(m_stateFilter->findData(int(SampleFilterModel::StateFilter::All)));
        m_labelFilter->setCurrentIndex(qMax(0, m_labelFilter->findData(machineLabel)));
    }
    m_stateFilter->setToolTip(m_stateFilter->currentText());
    m_labelFilter->setToolTip(m_labelFilter->currentText());
    m_decision = decision;
    m_decidedLabel = decidedLabel;
    m_decisionChip->setText(tr("%1  ✕").arg(text));
    m_decisionChip->show();
    emit filterChanged();
}

void ReviewFilterBar::clearDecisionFilter()
{
    if (m_decision < 0)
        return;
    m_decision = m_decidedLabel = -1;
    m_decisionChip->hide();
    {
        const QSignalBlocker stateBlock(m_stateFilter);
        const QSignalBlocker labelBlock(m_labelFilter);
        m_stateFilter->setCurrentIndex(m_stateBefore);
        m_labelFilter->setCurrentIndex(m_labelBefore);
    }
    m_stateFilter->setToolTip(m_stateFilter->currentText());
    m_labelFilter->setToolTip(m_labelFilter->currentText());
    emit filterChanged();
}
