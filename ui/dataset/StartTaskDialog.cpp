#include "dataset/StartTaskDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

StartTaskDialog::StartTaskDialog(const QString &datasetName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Start auto-labeling"));
    setObjectName(QStringLiteral("startTaskDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Auto-label the unlabeled images of <b>%1</b>.").arg(datasetName.toHtmlEscaped()), this));
    m_fast = new QRadioButton(tr("&Fast"), this);
    m_fast->setObjectName(QStringLiteral("fast"));
    m_fast->setChecked(true);
    auto *fastText = new QLabel(tr("Learns from the labeled images only. Quick; good when every label has enough examples."), this);
    m_accurate = new QRadioButton(tr("&Accurate"), this);
    m_accurate->setObjectName(QStringLiteral("accurate"));
    auto *accurateText = new QLabel(tr("Also learns from the unlabeled images (semi-supervised). Slower, usually more accurate."), this);
    for (QLabel *l : { fastText, accurateText }) {
        l->setWordWrap(true);
        l->setIndent(24);
        l->setForegroundRole(QPalette::PlaceholderText);
    }
    m_hard = new QCheckBox(tr("Collect &hard examples (recommended: they are reviewed first)"), this);
    m_hard->setObjectName(QStringLiteral("collectHard"));
    m_hard->setChecked(true);
    layout->addWidget(m_fast);
    layout->addWidget(fastText);
    layout->addWidget(m_accurate);
    layout->addWidget(accurateText);
    layout->addWidget(m_hard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AutoLabelOptions StartTaskDialog::options() const
{
    AutoLabelOptions o;
    o.accurate = m_accurate->isChecked();
    o.collectHardExamples = m_hard->isChecked();
    return o;
}
