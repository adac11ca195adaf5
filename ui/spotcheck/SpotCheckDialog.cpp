#include "spotcheck/SpotCheckDialog.h"

#include "review/ReviewSession.h"
#include "samples/SampleListModel.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QDoubleSpinBox *percentBox(QWidget *parent, const QString &name, double value, double low, double high)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setAccessibleName(name);
    box->setRange(low, high);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    return box;
}

} // namespace

SpotCheckDialog::SpotCheckDialog(ReviewSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Spot-check the machine's labels"));
    setObjectName(QStringLiteral("spotCheckDialog"));
    auto *intro = new QLabel(tr("A random sample, drawn per label and score band, tells how many of the machine's labels are "
                                "wrong before you accept them. Accepting a drawn sample means the machine was right; "
                                "relabeling or rejecting it means it was wrong."),
                             this);
    intro->setWordWrap(true);
    m_undecided = new QRadioButton(this);
    m_undecided->setObjectName(QStringLiteral("scopeUndecided"));
    m_undecided->setChecked(true);
    m_aboveThreshold = new QRadioButton(tr("Undecided samples a &threshold would accept, at a score of at least"), this);
    m_aboveThreshold->setObjectName(QStringLiteral("scopeThreshold"));
    m_threshold = formwidgets::scoreSpinBox(this, tr("Score threshold"), 0.9, 0.01);
    m_threshold->setObjectName(QStringLiteral("scopeScore"));
    m_includeHard = new QCheckBox(tr("Include &hard examples"), this);
    m_includeHard->setObjectName(QStringLiteral("scopeHard"));
    m_precision = percentBox(this, tr("Target precision"), 98, 50, 99.9);
    m_precision->setObjectName(QStringLiteral("targetPrecision"));
    m_margin = percentBox(this, tr("Margin"), 3, 0.5, 20);
    m_margin->setObjectName(QStringLiteral("targetMargin"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(1, 999999);
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 1000000)));
    m_seed->setToolTip(tr("The same seed over the same samples draws the same sample."));
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("sampleSize"));
    m_size->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_aboveThreshold);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Scope:"), m_undecided);
    form->addRow(QString(), thresholdRow);
    form->addRow(QString(), m_includeHard);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_precision);
    targetRow->addWidget(new QLabel(tr("±"), this));
    targetRow->addWidget(m_margin);
    targetRow->addWidget(new QLabel(tr("at 95 % confidence"), this));
    targetRow->addStretch();
    auto *targetLabel = new QLabel(tr("Tar&get precision:"), this);
    targetLabel->setBuddy(m_precision); // a row of several fields: the mnemonic goes to the first
    form->addRow(targetLabel, targetRow);
    form->addRow(tr("&Seed:"), m_seed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *startButton = buttons->addButton(tr("&Draw and start"), QDialogButtonBox::AcceptRole);
    startButton->setObjectName(QStringLiteral("start"));
    startButton->setDefault(true);
    connect(startButton, &QPushButton::clicked, this, &SpotCheckDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_size);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QDoubleSpinBox *box : { m_threshold, m_precision, m_margin })
        connect(box, &QDoubleSpinBox::valueChanged, this, &SpotCheckDialog::updateSize);
    connect(m_aboveThreshold, &QRadioButton::toggled, this, &SpotCheckDialog::updateSize);
    connect(m_includeHard, &QCheckBox::toggled, this, &SpotCheckDialog::updateSize);
    m_undecided->setText(tr("&Undecided samples (%1)").arg(QLocale().toString(qint64(session->undecidedRows().size()))));
    updateSize();
    resize(560, sizeHint().height());
}

QList<int> SpotCheckDialog::scopeRows() const
{
    if (m_undecided->isChecked())
        return m_session->undecidedRows();
    ReviewSession::ThresholdRule rule;
    rule.threshold = m_threshold->value();
    rule.includeHard = m_includeHard->isChecked();
    return m_session->thresholdRows(rule);
}

QString SpotCheckDialog::scopeText() const
{
    if (m_undecided->isChecked())
        return tr("undecided samples");
    return m_includeHard->isChecked()
            ? tr("undecided samples with a score of at least %1").arg(QLocale().toString(m_threshold->value(), 'f', 2))
            : tr("undecided samples with a score of at least %1, hard examples left out")
                      .arg(QLocale().toString(m_threshold->value(), 'f', 2));
}

// About how many the target asks for: each label's sample size from the margin, over its population.
void SpotCheckDialog::updateSize()
{
    m_threshold->setEnabled(m_aboveThreshold->isChecked());
    m_includeHard->setEnabled(m_aboveThreshold->isChecked());
    const QList<int> rows = scopeRows();
    QHash<int, qint64> perLabel;
    for (int row : rows)
        ++perLabel[m_session->model()->item(row).predicted];
    qint64 total = 0;
    for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
        total += proportion::sampleSize(m_precision->value() / 100, m_margin->value() / 100, 0.95, it.value());
    const QLocale l;
    if (rows.isEmpty()) {
        m_size->setText(tr("There is nothing to check in this scope."));
        return;
    }
    QString text = tr("About %1 samples to check, of %2 in the scope (%3 %). Each label gets its own sample, so that its "
                      "estimate holds too.")
                           .arg(l.toString(total), l.toString(qint64(rows.size())),
                                l.toString(100.0 * double(total) / double(rows.size()), 'f', 0));
    // A check costs a look per drawn sample and saves the looks at the rest: on a small scope it saves little.
    if (2 * total > qint64(rows.size()))
        text += QLatin1Char(' ')
                + tr("That is most of the scope: reviewing all %1 costs only %2 more looks and checks every label instead of "
                     "estimating. Consider Cancel and reviewing them in the grid, hard examples first.")
                          .arg(l.toString(qint64(rows.size())), l.toString(qint64(rows.size()) - total));
    m_size->setText(text);
}

void SpotCheckDialog::start()
{
    const spotcheck::Target target{ m_precision->value() / 100, m_margin->value() / 100, 0.95, 5, 4 };
    // A refusal comes at once (and stays in the dialog); the drawing itself goes on after the dialog.
    QString refusal;
    const QMetaObject::Connection c = connect(m_session, &ReviewSession::spotCheckDrawn, this,
                                              [&refusal](bool ok, const QString &error) { refusal = ok ? QString() : error; });
    const bool started = m_session->startSpotCheck(scopeRows(), target, quint64(m_seed->value()), scopeText());
    disconnect(c);
    if (!started) {
        m_error->setText(refusal);
        m_error->setVisible(true);
        return;
    }
    accept();
}
