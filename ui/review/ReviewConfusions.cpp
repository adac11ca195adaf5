// The review page's confusion view: opening it, a cell's samples in the grid, and relabeling the undecided
// look-alikes of a relabeled cell in one step.
#include "lookalike/LookAlikes.h"
#include "review/ConfusionView.h"
#include "review/ReviewFilterBar.h"
#include "review/ReviewPage.h"
#include "review/ReviewSpotCheck.h"
#include "widgets/Prompts.h"

#include <QLocale>
#include <QPushButton>

void ReviewPage::openConfusions()
{
    if (!m_session)
        return;
    if (!m_confusions) {
        m_confusions = new ConfusionView(m_session->model(), this);
        m_confusions->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_confusions, &ConfusionView::cellChosen, this, &ReviewPage::showConfusionCell);
        connect(m_confusions, &ConfusionView::relabelLookAlikes, this, &ReviewPage::relabelConfusionLookAlikes);
        connect(m_session->spotCheck(), &ReviewSpotCheck::changed, m_confusions, [this] { updateConfusionEstimates(); });
        updateConfusionEstimates();
    }
    m_confusions->table()->resort(); // the most changed first, as things are now
    m_confusions->show();
    m_confusions->raise();
    m_confusions->activateWindow();
}

void ReviewPage::updateConfusionEstimates()
{
    if (!m_confusions || !m_session)
        return;
    QHash<int, spotcheck::Estimate> estimates;
    const ReviewSpotCheck *check = m_session->spotCheck();
    if (check->isActive()) {
        const SampleListModel *model = m_session->model();
        for (int label = 0; label < model->labels().size(); ++label) {
            const spotcheck::Estimate e = check->estimate(model->labelName(label));
            if (e.checked > 0)
                estimates.insert(label, e);
        }
    }
    m_confusions->table()->setEstimates(estimates);
}

QString ReviewPage::confusionCellText(const ConfusionTableModel::Cell &cell) const
{
    const SampleListModel *model = m_session->model();
    const QString machine = model->labelName(cell.machine);
    switch (cell.kind) {
    case DecisionKind::Accept: return tr("%1, accepted").arg(machine);
    case DecisionKind::Reject: return tr("%1, rejected").arg(machine);
    case DecisionKind::Relabel: return tr("%1 → %2").arg(machine, model->labelName(cell.target));
    case DecisionKind::None: break;
    }
    return machine;
}

void ReviewPage::showConfusionCell(const ConfusionTableModel::Cell &cell)
{
    if (!m_session || cell.kind == DecisionKind::None)
        return;
    m_filterBar->setDecisionFilter(cell.machine, int(cell.kind), cell.target, confusionCellText(cell));
}

ReviewPage::ConfusionRows ReviewPage::confusionRows(const ConfusionTableModel::Cell &cell) const
{
    ConfusionRows r;
    const SampleListModel *model = m_session->model();
    // The keys first (16 bytes a row); the item only for the decided samples of the machine label.
    for (int row = 0; row < model->rowCount(); ++row) {
        const SampleListModel::FilterKey &key = model->filterKey(row);
        if (key.predicted != cell.machine || key.state == ReviewState::Deleted)
            continue;
        if (key.state == ReviewState::ToReview) {
            r.undecided.append(row);
            continue;
        }
        const ReviewItem &it = model->item(row);
        if (it.decision == DecisionKind::Relabel && it.decidedLabel == cell.target)
            r.like.append(row);
        else if (it.decision != DecisionKind::None)
            r.unlike.append(row);
    }
    return r;
}

void ReviewPage::relabelConfusionLookAlikes(const ConfusionTableModel::Cell &cell)
{
    if (!m_session || !m_confusions || cell.kind != DecisionKind::Relabel)
        return;
    LookAlikes *looks = m_session->lookAlikes();
    if (looks->known() == 0) {
        m_confusions->setStatus(looks->isComputing() ? tr("How the samples look is still being worked out: try again in a moment.")
                                                     : tr("How the samples look is not known: open the look-alike groups (G) first."));
        return;
    }
    const ConfusionRows rows = confusionRows(cell);
    const QLocale locale;
    if (rows.undecided.isEmpty()) {
        m_confusions->setStatus(tr("No sample the machine labeled %1 is left undecided.").arg(m_session->model()->labelName(cell.machine)));
        return;
    }
    m_confusions->setStatus(tr("Comparing %1 undecided samples with the ones you decided…").arg(locale.toString(rows.undecided.size())));
    m_confusions->relabelButton()->setEnabled(false);
    QPointer<ReviewPage> self(this);
    QPointer<ReviewSession> session(m_session);
    looks->closerTo(rows.undecided, rows.like, rows.unlike, [self, session, cell, rows](const QList<int> &closer) {
        if (self && session == self->m_session)
            self->proposeConfusionRelabel(cell, rows, closer);
    });
}

void ReviewPage::proposeConfusionRelabel(const ConfusionTableModel::Cell &cell, const ConfusionRows &rows, const QList<int> &closer)
{
    if (!m_confusions)
        return;
    m_confusions->relabelButton()->setEnabled(true);
    const SampleListModel *model = m_session->model();
    const QString machine = model->labelName(cell.machine);
    const QString target = model->labelName(cell.target);
    const QLocale locale;
    if (closer.isEmpty()) {
        m_confusions->setStatus(tr("None of the %1 undecided samples labeled %2 looks more like the ones you relabeled to %3 than "
                                   "like the others you decided.")
                                        .arg(locale.toString(rows.undecided.size()), machine, target));
        return;
    }
    const QString text = tr("%1 of the %2 undecided samples the machine labeled %3 look more like the %4 you relabeled to %5 than "
                            "like the %6 others you decided.\n\nRelabel them to %5 in one step? (Undo takes it back.)")
                                 .arg(locale.toString(closer.size()), locale.toString(rows.undecided.size()), machine,
                                      locale.toString(rows.like.size()), target, locale.toString(rows.unlike.size()));
    const int choice = prompts::choose(this, tr("Relabel look-alikes"), text,
                                       { tr("Relabel %n sample(s)", nullptr, int(closer.size())), tr("Cancel") }, 1);
    if (choice != 0) {
        m_confusions->setStatus({});
        return;
    }
    const Decision decision = Decision::relabel(target);
    const QList<int> chosen = keepOrOverwrite(closer, decision);
    if (chosen.isEmpty()
        || !m_session->decide(chosen, DecisionList(chosen.size(), decision),
                              tr("Relabel %n look-alike(s) of %1 to %2", nullptr, int(chosen.size())).arg(machine, target)))
        return;
    noteRecentLabel(target);
    m_confusions->setStatus(tr("Relabeled %n sample(s) to %1.", nullptr, int(chosen.size())).arg(target));
    showConfusionCell(cell);
}

ConfusionView *ReviewPage::confusionView() const { return m_confusions; }
