#include "review/LookAlikePanel.h"

#include "learn/Clustering.h"
#include "review/LabeledLookAlikesBox.h"
#include "review/ReviewSession.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "session/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int moreLikeCount = 200; // a screenful or two, nearest first
}

LookAlikePanel::LookAlikePanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_groupBox(new QWidget(this))
    , m_groupCount(new QSpinBox(this))
    , m_source(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_labeled(new LabeledLookAlikesBox(this))
{
    setObjectName(QStringLiteral("lookAlikePanel"));
    m_status->setObjectName(QStringLiteral("lookAlikeStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("lookAlikeProgress"));
    m_progress->setMaximumHeight(m_status->fontMetrics().height());
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("lookAlikeCancel"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        LookAlikes *l = m_session->lookAlikes();
        l->isComputing() ? l->cancel() : l->start();
        updateStatus();
    });
    m_groupCount->setObjectName(QStringLiteral("groupCount"));
    m_groupCount->setRange(engine::minGroups, engine::maxGroups);
    m_groupCount->setAccessibleName(tr("Number of groups"));
    m_source->setObjectName(QStringLiteral("groupSource"));
    m_source->setAccessibleName(tr("Grouped by"));
    m_source->setToolTip(tr("This app's look-alikes, or the groups of ModelArts' auto grouping (a sample attribute)"));
    connect(m_source, &QComboBox::activated, this, [this] {
        m_groupCount->setEnabled(m_source->currentIndex() == 0); // the service chose its number
        regroup();
    });
    auto *regroupButton = new QPushButton(tr("Re&group"), this);
    regroupButton->setObjectName(QStringLiteral("regroup"));
    connect(regroupButton, &QPushButton::clicked, this, &LookAlikePanel::regroup);
    m_list->setObjectName(QStringLiteral("groupList"));
    m_list->setAccessibleName(tr("Look-alike groups"));
    m_list->setMinimumHeight(7 * m_list->fontMetrics().height()); // a few heads to choose from
    connect(m_list, &QListWidget::currentRowChanged, this, &LookAlikePanel::showGroup);
    auto *acceptGroup = new QPushButton(tr("Accept the group but the selected"), this);
    acceptGroup->setObjectName(QStringLiteral("acceptGroup"));
    acceptGroup->setToolTip(tr("Accept the machine's label for every sample of the group except those selected in the grid"));
    connect(acceptGroup, &QPushButton::clicked, this, [this] { emit acceptGroupRequested(currentGroupRows()); });
    auto *relabelGroup = new QPushButton(tr("Relabel the group…"), this);
    relabelGroup->setObjectName(QStringLiteral("relabelGroup"));
    relabelGroup->setToolTip(tr("Give the whole group, or the samples selected in it, one label"));
    connect(relabelGroup, &QPushButton::clicked, this, [this] { emit relabelGroupRequested(currentGroupRows()); });

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_source, 1);
    countRow->addWidget(new QLabel(tr("Groups:"), this));
    countRow->addWidget(m_groupCount);
    countRow->addWidget(regroupButton);
    countRow->addStretch(1);
    auto *decideRow = new QHBoxLayout;
    decideRow->addWidget(acceptGroup);
    decideRow->addWidget(relabelGroup);
    auto *box = new QVBoxLayout(m_groupBox);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(countRow);
    box->addWidget(m_list, 1);
    box->addLayout(decideRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_labeled, 1);
    layout->addWidget(m_groupBox, 1);
    m_groupBox->setVisible(false);
    m_headTimer.setSingleShot(true);
    m_headTimer.setInterval(150);
    connect(&m_headTimer, &QTimer::timeout, this, &LookAlikePanel::refreshHeads);
    setSession(nullptr, nullptr);
}

void LookAlikePanel::setSession(ReviewSession *session, SampleFilterModel *filter)
{
    if (m_session) {
        m_session->lookAlikes()->disconnect(this);
        m_session->model()->disconnect(this);
    }
    m_session = session;
    m_filter = filter;
    m_groups.clear();
    m_list->clear();
    m_moreLikeRow = -1;
    m_groupsShown = false;
    m_groupBox->setVisible(false);
    m_labeled->setSession(session);
    m_error.clear();
    if (session) {
        LookAlikes *l = session->lookAlikes();
        connect(l, &LookAlikes::progress, this, &LookAlikePanel::updateStatus);
        connect(l, &LookAlikes::finished, this, [this](bool, const QString &error) {
            m_error = error;
            updateStatus();
        });
        connect(session->model(), &SampleListModel::countsChanged, this, [this] {
            if (!m_groups.isEmpty() && !m_headTimer.isActive())
                m_headTimer.start();
        });
    }
    updateStatus();
}

void LookAlikePanel::updateStatus()
{
    LookAlikes *l = m_session ? m_session->lookAlikes() : nullptr;
    const bool computing = l && l->isComputing();
    const QLocale locale;
    setVisible(l && (computing || l->known() > 0 || !m_error.isEmpty()));
    if (!l)
        return;
    m_progress->setVisible(computing);
    m_progress->setMaximum(int(qMin<qint64>(l->total(), INT_MAX)));
    m_progress->setValue(int(qMin<qint64>(l->known(), INT_MAX)));
    m_cancel->setVisible(computing || l->known() < l->total());
    m_cancel->setText(computing ? tr("Cancel") : tr("Resume"));
    QString text;
    if (computing)
        text = tr("Look-alikes: %1 of %2 images compared").arg(locale.toString(l->known()), locale.toString(l->total()));
    else if (l->known() < l->total())
        text = tr("Look-alikes: %1 of %2 images; the rest not yet compared").arg(locale.toString(l->known()), locale.toString(l->total()));
    else
        text = tr("Look-alikes: every image compared");
    if (l->unreadable() > 0)
        text += QStringLiteral(" · ") + tr("%n preview(s) could not be read", nullptr, l->unreadable());
    if (!m_error.isEmpty())
        text += QStringLiteral(" · ") + m_error;
    m_status->setText(text);
}

bool LookAlikePanel::showMoreLike(int row, QString *why)
{
    LookAlikes *l = m_session ? m_session->lookAlikes() : nullptr;
    if (!l || !m_filter || row < 0)
        return false;
    if (!l->hasVector(row)) {
        *why = l->isComputing() ? tr("This image has not been compared yet (%1 of %2 done); try again in a moment.")
                                          .arg(QLocale().toString(l->known()), QLocale().toString(l->total()))
                                : tr("This image could not be compared: its preview could not be read.");
        return false;
    }
    const QList<int> rows = l->nearest(row, moreLikeCount);
    QStringList ids;
    for (int r : rows)
        ids.append(m_session->model()->item(r).id);
    emit takingTheGrid();
    if (m_groupsShown)
        setGroupsShown(false);
    m_moreLikeRow = row;
    m_filter->setOnlySamples(ids);
    m_labeled->showFor(row);
    emit message(QStringLiteral("lookAlike"),
                 tr("The %n sample(s) most like %1, nearest first (the filters still apply).", nullptr, int(ids.size()))
                         .arg(m_session->model()->item(row).name),
                 true);
    return true;
}

void LookAlikePanel::showAll()
{
    if (m_groupsShown)
        setGroupsShown(false);
    if (m_moreLikeRow >= 0 && m_filter)
        m_filter->setOnlySamples({});
    m_moreLikeRow = -1;
    m_labeled->showFor(-1);
    emit message(QStringLiteral("lookAlike"), {}, false);
}

void LookAlikePanel::setGroupsShown(bool on)
{
    if (on == m_groupsShown || !m_session || !m_filter)
        return;
    m_groupsShown = on;
    m_groupBox->setVisible(on);
    if (!on) {
        m_groups.clear();
        m_list->clear();
        m_filter->setOnlySamples({});
        emit message(QStringLiteral("lookAlike"), {}, false);
        updateStatus();
        return;
    }
    setVisible(true);
    emit takingTheGrid();
    m_moreLikeRow = -1;
    m_labeled->showFor(-1);
    m_filter->setOnlySamples({}); // the groups are of what the filters show
    m_groupCount->setValue(engine::defaultGroupCount(m_filter->rowCount()));
    m_groupCount->setEnabled(true);
    m_source->clear();
    m_source->addItem(tr("Look-alikes (this app)"));
    findServiceGroupings();
    regroup();
}

// The attributes ModelArts' auto grouping wrote, offered beside this app's own groups.
void LookAlikePanel::findServiceGroupings()
{
    m_session->lookAlikes()->serviceGroupings([this, session = m_session](const QStringList &keys, const ApiError &) {
        if (session != m_session || !m_groupsShown)
            return;
        for (const QString &key : keys)
            m_source->addItem(tr("ModelArts' groups: %1").arg(key), key);
    });
}

void LookAlikePanel::regroupByService(const QString &key, const QList<int> &rows)
{
    const qsizetype shown = rows.size();
    m_session->lookAlikes()->serviceGroups(
            key, rows, [this, shown, session = m_session](const QList<LookAlikeGroup> &groups, const ApiError &error) {
                m_grouping = false;
                if (session != m_session || !m_groupsShown)
                    return;
                if (error.isError()) {
                    m_list->clear();
                    emit message(QStringLiteral("lookAlike"),
                                 tr("The service's groups could not be read: %1").arg(Session::describe(error)), true);
                    return;
                }
                grouped(groups);
                emit message(QStringLiteral("lookAlike"),
                             tr("%n group(s) of ModelArts' auto grouping among the %1 samples shown, least consistent first.", nullptr,
                                int(groups.size()))
                                     .arg(QLocale().toString(shown)),
                             true);
            });
}

void LookAlikePanel::regroup()
{
    if (!m_session || !m_filter)
        return;
    if (m_grouping) { // again when this one is done, with what is asked now
        m_regroupAgain = true;
        return;
    }
    LookAlikes *l = m_session->lookAlikes();
    if (m_source->currentIndex() <= 0 && l->known() == 0) {
        emit message(QStringLiteral("lookAlike"),
                     l->isComputing() ? tr("The images are still being compared; the groups come when some are.")
                                      : tr("No image has been compared: groups need the look-alikes (Resume)."),
                     true);
        return;
    }
    m_grouping = true;
    m_list->clear();
    m_list->addItem(tr("Grouping…"));
    m_filter->setOnlySamples({});
    const QList<int> rows = m_filter->acceptedSourceRows();
    if (m_source->currentIndex() > 0) {
        regroupByService(m_source->currentData().toString(), rows);
        return;
    }
    l->group(rows, m_groupCount->value(), [this, rows](const QList<LookAlikeGroup> &groups) {
        m_grouping = false;
        if (!m_groupsShown)
            return;
        if (std::exchange(m_regroupAgain, false)) {
            regroup();
            return;
        }
        grouped(groups);
        qsizetype grouped = 0;
        for (const LookAlikeGroup &g : groups)
            grouped += g.rows.size();
        const QLocale locale;
        QString text = tr("%n look-alike group(s) of the %1 samples shown, least consistent first.", nullptr, int(groups.size()))
                               .arg(locale.toString(rows.size()));
        if (grouped < rows.size())
            text += QLatin1Char(' ') + tr("%n not compared yet, in no group.", nullptr, int(rows.size() - grouped));
        emit message(QStringLiteral("lookAlike"), text, true);
    });
}

void LookAlikePanel::grouped(const QList<LookAlikeGroup> &groups)
{
    m_groups = groups;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const LookAlikeGroup &g : m_groups)
        m_list->addItem(headText(g));
    if (!m_groups.isEmpty()) {
        m_list->setCurrentRow(0);
        showGroup(0);
    }
}

QString LookAlikePanel::headText(const LookAlikeGroup &g) const
{
    const QLocale locale;
    const QString label = m_session ? m_session->model()->labelName(g.majorityLabel) : QString();
    return tr("Group %1 · %n sample(s) · %2 %3 · %4 decided", nullptr, int(g.rows.size()))
            .arg(locale.toString(g.number + 1), label.isEmpty() ? tr("(no label)") : label,
                 locale.toString(qRound(100 * g.majorityShare())) + QStringLiteral(" %"), locale.toString(g.decided));
}

void LookAlikePanel::showGroup(int index)
{
    if (!m_filter || index < 0 || index >= m_groups.size() || !m_session)
        return;
    QStringList ids;
    for (int r : m_groups[index].rows)
        ids.append(m_session->model()->item(r).id);
    m_filter->setOnlySamples(ids);
    emit gridShown();
}

void LookAlikePanel::refreshHeads()
{
    if (!m_session || m_groups.isEmpty())
        return;
    LookAlikes::summarise(*m_session->model(), m_groups);
    for (int i = 0; i < m_groups.size() && i < m_list->count(); ++i)
        m_list->item(i)->setText(headText(m_groups[i]));
}

QList<int> LookAlikePanel::currentGroupRows() const
{
    const int i = m_list->currentRow();
    return m_groupsShown && i >= 0 && i < m_groups.size() ? m_groups[i].rows : QList<int>{};
}
