#include "spotcheck/SpotCheckPanel.h"

#include "review/ReviewRound.h"
#include "review/ReviewSession.h"
#include "samples/SampleFilterModel.h"
#include "spotcheck/SpotCheckText.h"
#include "widgets/LabelPicker.h"
#include "widgets/Prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

SpotCheckPanel::SpotCheckPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("spotCheckPanel"));
    auto *title = new QLabel(tr("<b>Spot-check</b>"), this);
    m_round = new QLabel(this);
    m_round->setObjectName(QStringLiteral("spotRound"));
    m_round->setWordWrap(true);
    m_round->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("spotScope"));
    m_scope->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("spotProgress"));
    m_progress->setFormat(tr("Checked %v of %m"));
    m_overall = new QLabel(this);
    m_overall->setObjectName(QStringLiteral("spotOverall"));
    m_overall->setWordWrap(true);
    m_overall->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("spotNext"));
    m_next->setWordWrap(true);
    m_next->setVisible(false);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("spotTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
            { tr("Label"), tr("Checked"), tr("Precision\n(95 %)"), tr("Wrong\n(95 %)"), tr("Suggested\nthreshold") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 3 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_drawnOnly = new QPushButton(tr("Dra&wn samples only"), this);
    m_drawnOnly->setObjectName(QStringLiteral("spotDrawnOnly"));
    m_drawnOnly->setCheckable(true);
    m_drawnOnly->setToolTip(tr("The grid shows only the drawn samples, in the order to check them"));
    m_more = new QPushButton(tr("Draw &more"), this);
    m_more->setObjectName(QStringLiteral("spotMore"));
    m_more->setToolTip(tr("Half again as many, in every label and score band: a narrower interval"));
    m_thresholds = new QPushButton(tr("T&hresholds…"), this);
    m_thresholds->setObjectName(QStringLiteral("spotThresholds"));
    m_discard = new QPushButton(tr("D&iscard"), this);
    m_discard->setObjectName(QStringLiteral("spotDiscard"));
    m_discard->setToolTip(tr("Forget the check and its estimate (the decisions stay)"));
    connect(m_drawnOnly, &QPushButton::toggled, this, &SpotCheckPanel::showDrawn);
    connect(m_more, &QPushButton::clicked, this, &SpotCheckPanel::drawMore);
    connect(m_thresholds, &QPushButton::clicked, this, &SpotCheckPanel::thresholdsRequested);
    connect(m_discard, &QPushButton::clicked, this, &SpotCheckPanel::discard);

    layOut(title);

    m_refresh.setSingleShot(true);
    m_refresh.setObjectName(QStringLiteral("spotCheckRefresh"));
    m_refresh.setInterval(50);
    connect(&m_refresh, &QTimer::timeout, this, &SpotCheckPanel::refresh);
    setVisible(false);
}

void SpotCheckPanel::layOut(QLabel *title)
{
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_drawnOnly, m_more, m_thresholds, m_discard })
        buttons->addWidget(b);
    buttons->addStretch();
    // The figures scroll inside the panel: however long its texts (Chinese ones are taller), the panel never
    // makes the window taller than the screen.
    auto *content = new QWidget;
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("spotScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // laid out to the panel's width; the table scrolls itself
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *outerContent = new QVBoxLayout(content);
    outerContent->setContentsMargins(0, 0, 0, 0);
    outerContent->addWidget(title);
    outerContent->addWidget(m_round);
    m_checkPart = new QWidget(content); // what there is only once a check is drawn
    outerContent->addWidget(m_checkPart, 1);
    auto *layout = new QVBoxLayout(m_checkPart);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scope);
    layout->addWidget(m_progress);
    layout->addWidget(m_overall);
    layout->addWidget(m_next);
    layout->addWidget(labelFindField(m_table, 0, this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    scroll->setWidget(content); // after its layout: the widgets move into it
}

void SpotCheckPanel::setSession(ReviewSession *session, SampleFilterModel *filter)
{
    if (m_session)
        m_session->spotCheck()->disconnect(this);
    m_session = session;
    m_filter = filter;
    if (session)
        connect(session->spotCheck(), &ReviewSpotCheck::changed, this, [this] { m_refresh.start(); });
    refresh();
    // A check left unfinished (the app was closed): it goes on where it was.
    if (session && !session->spotCheck()->firstUnchecked().isEmpty())
        showDrawn(true);
}

void SpotCheckPanel::showDrawn(bool on)
{
    const bool active = m_session && m_session->spotCheck()->isActive();
    {
        const QSignalBlocker quiet(m_drawnOnly);
        m_drawnOnly->setChecked(on && active);
    }
    const QStringList ids = on && active ? m_session->spotCheck()->drawnIds() : QStringList{};
    m_shownDrawn = on && active ? ids.size() : -1;
    if (m_filter)
        m_filter->setOnlySamples(ids);
}

bool SpotCheckPanel::isShowingDrawn() const { return m_drawnOnly->isChecked(); }

void SpotCheckPanel::refresh()
{
    const ReviewJournal::SpotCheck *check = m_session ? m_session->spotCheck()->check() : nullptr;
    const bool round = m_session && m_session->round() && m_session->round()->before;
    setVisible(check != nullptr || round);
    m_round->setVisible(round);
    if (round)
        m_round->setText(roundText(*m_session->round()));
    m_checkPart->setVisible(check != nullptr);
    if (!check) {
        showDrawn(false);
        m_complete = false;
        return;
    }
    const spotcheck::Plan &plan = check->plan;
    const QLocale l;
    m_scope->setText(tr("Scope: %1 (%2). Target %3 ± %4.")
                             .arg(check->scope, l.toString(qint64(plan.members.size())), SpotCheckText::percent(plan.target.precision),
                                  SpotCheckText::percent(plan.target.margin)));
    const spotcheck::Estimate all = m_session->spotCheck()->estimate();
    m_progress->setMaximum(int(all.drawn));
    m_progress->setValue(int(all.checked));
    QString overall =
            tr("Precision of the machine's labels: %1; %2.")
                    .arg(SpotCheckText::precision(all, plan.target.confidence), SpotCheckText::wrong(all, plan.target.confidence));
    // Only a sample decided on its own, while shown, is an answer: say what the bulk decisions were not.
    if (const qint64 bulk = m_session->spotCheck()->decidedUnanswered(); bulk > 0)
        overall += QLatin1Char(' ')
                + tr("%1 checked, %2 decided in bulk or by a threshold: not evidence (open each of them to check it).")
                          .arg(l.toString(all.checked), l.toString(bulk));
    m_overall->setText(overall);
    showWhatIsNext(all.drawn > 0 && all.checked >= all.drawn);
    fillTable();
    if (isShowingDrawn() && all.drawn != m_shownDrawn)
        showDrawn(true); // drawn more: they show too
}

// The estimate before this round (its review's spot-check) beside this review's, once one is drawn.
QString SpotCheckPanel::roundText(const ReviewRound &round) const
{
    const QString before =
            tr("Round %1. Precision of the machine's labels before it: %2 (spot-check of %3).")
                    .arg(QString::number(round.number), SpotCheckText::precision(*round.before, round.confidence), round.beforeScope);
    const ReviewJournal::SpotCheck *check = m_session->spotCheck()->check();
    if (!check || m_session->spotCheck()->estimate().checked == 0)
        return before + QLatin1Char(' ') + tr("Draw a spot-check of this round (Spot-check…) to see what it gained.");
    const spotcheck::Estimate now = m_session->spotCheck()->estimate();
    return before + QLatin1Char(' ')
            + tr("This round: %1 (spot-check of %2).").arg(SpotCheckText::precision(now, check->plan.target.confidence), check->scope);
}

// Once the last drawn sample is answered the check is done: what it gives, and how to go on.
void SpotCheckPanel::showWhatIsNext(bool complete)
{
    m_next->setText(complete ? tr("<b>The check is complete.</b> Take the thresholds its evidence supports (Thresholds…) to accept "
                                  "the rest of each label, or turn off “Drawn samples only” to review the others.")
                             : QString());
    m_next->setVisible(complete);
    if (complete && !m_complete)
        emit message(tr("Spot-check complete: every drawn sample is checked. Thresholds… accepts what the evidence supports."));
    m_complete = complete;
}

void SpotCheckPanel::fillTable()
{
    const ReviewJournal::SpotCheck *check = m_session->spotCheck()->check();
    const double confidence = check->plan.target.confidence;
    const QList<spotcheck::Suggestion> suggestions = m_session->spotCheck()->suggestions();
    m_table->setRowCount(int(check->labels.size()));
    int row = 0;
    for (const spotcheck::Suggestion &s : suggestions) {
        const QString &label = check->labels[s.label];
        const spotcheck::Estimate e = m_session->spotCheck()->estimate(label);
        if (e.population == 0)
            continue;
        const QStringList cells{ label, tr("%1 of %2").arg(QLocale().toString(e.checked), QLocale().toString(e.drawn)),
                                 SpotCheckText::precisionCell(e), SpotCheckText::wrongAmong(e, e.population),
                                 SpotCheckText::suggestionCell(s, confidence) };
        const QStringList tips{ label, cells[1], SpotCheckText::precision(e, confidence), SpotCheckText::wrong(e, confidence),
                                SpotCheckText::suggestion(s, confidence) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(tips[c]);
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->setRowCount(row);
}

void SpotCheckPanel::drawMore()
{
    const qint64 added = m_session->spotCheck()->drawMore();
    if (added < 0)
        emit message(m_session->spotCheck()->lastError());
    else if (added == 0)
        emit message(tr("Every sample of the scope is drawn already."));
    else
        emit message(tr("%n more sample(s) drawn.", nullptr, int(added)));
}

void SpotCheckPanel::discard()
{
    if (prompts::choose(this, tr("Discard the spot-check"), tr("Forget the drawn sample and its estimate? Your decisions stay."),
                        { tr("&Discard"), tr("&Keep") })
        != 0)
        return;
    if (!m_session->spotCheck()->discard())
        emit message(m_session->spotCheck()->lastError());
}
