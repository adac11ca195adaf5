// ReviewPage: the intents of ReviewCommands (decisions, moving, zooming, the review's dialogs).
#include "review/ReviewPage.h"

#include "lookalike/LabelProposer.h"

#include "grid/SampleGrid.h"
#include "review/ImageView.h"
#include "review/LookAlikePanel.h"
#include "review/ReviewActions.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewSession.h"
#include "review/SampleDetailPane.h"
#include "review/SampleViewer.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "spotcheck/SpotCheckDialog.h"
#include "spotcheck/SpotCheckPanel.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"

#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QUndoStack>

QList<int> ReviewPage::keepOrOverwrite(const QList<int> &rows, const Decision &decision)
{
    // A bulk decision is for the undecided; decisions already made are overwritten only when the reviewer
    // says so.
    QList<int> undecided;
    for (int row : rows) {
        const ReviewItem &it = m_session->model()->item(row);
        if (it.state == ReviewState::ToReview)
            undecided.append(row);
    }
    qint64 decided = 0;
    for (int row : rows) {
        const ReviewItem &it = m_session->model()->item(row);
        if ((it.state == ReviewState::Decided || it.state == ReviewState::Failed) && m_session->model()->decision(row) != decision)
            ++decided;
    }
    if (decision.isNone() || rows.size() < 2 || decided == 0)
        return rows;
    const QLocale l;
    const int choice = prompts::choose(this, tr("Some are decided already"),
                                       tr("%1 of the %2 selected samples are decided already, differently; %3 are undecided.")
                                               .arg(l.toString(decided), l.toString(rows.size()), l.toString(undecided.size())),
                                       { tr("&Undecided only (%1)").arg(l.toString(undecided.size())),
                                         tr("&Overwrite too (%1)").arg(l.toString(undecided.size() + decided)), tr("Cancel") },
                                       2);
    if (choice == 0)
        return undecided;
    if (choice == 1)
        return rows;
    return {};
}

void ReviewPage::decide(const Decision &decision)
{
    if (!m_session)
        return;
    const QList<int> rows = keepOrOverwrite(m_view->selectedSourceRows(), decision);
    if (rows.isEmpty())
        return;
    // One sample: decide and move on to the next one, as it is shown now.
    const QModelIndex current = m_view->currentIndex();
    int nextSource = -1;
    if (rows.size() == 1 && current.isValid() && current.row() + 1 < m_filter->rowCount())
        nextSource = m_filter->sourceRow(current.row() + 1);
    // One sample, the one shown: the reviewer looked at it (a spot-check's answer). Several: a bulk decision.
    const bool looked = rows.size() == 1 && rows.first() == m_view->currentSourceRow();
    if (!m_session->decide(rows, decision, looked ? ReviewSession::Evidence::Looked : ReviewSession::Evidence::None))
        return;
    if (rows.size() == 1)
        m_view->makeCurrent(nextSource);
}

void ReviewPage::skip() { moveCurrent(1); }

void ReviewPage::relabelTo(int labelIndex)
{
    if (!m_session || labelIndex < 0 || labelIndex >= m_session->model()->labels().size())
        return;
    const QString label = m_session->model()->labelName(labelIndex);
    decide(Decision::relabel(label));
    noteRecentLabel(label);
}

void ReviewPage::askRelabel()
{
    if (!m_session || m_session->model()->labels().isEmpty())
        return;
    const QStringList proposals = proposalsFor(m_view->currentSourceRow());
    if (const auto label =
                prompts::chooseLabel(this, tr("Relabel"), tr("&Label:"), m_session->model()->labels(), m_recentLabels, proposals))
        relabelTo(int(m_session->model()->labels().indexOf(*label)));
}

QStringList ReviewPage::proposalsFor(int row) const
{
    if (!m_session || row < 0 || row >= m_session->model()->rowCount())
        return {};
    LabelProposer *proposer = m_session->labelProposer();
    proposer->refresh(); // learns the decisions taken since, for the next time
    const SampleListModel *model = m_session->model();
    return proposer->propose(row, model->labelName(model->item(row).predicted));
}

void ReviewPage::noteRecentLabel(const QString &label)
{
    constexpr qsizetype kRecent = 8;
    m_recentLabels.removeAll(label);
    m_recentLabels.prepend(label);
    if (m_recentLabels.size() > kRecent)
        m_recentLabels.resize(kRecent);
}

// A broken or unwanted image leaves the dataset: asked first (it cannot be undone), its file kept unless
// the reviewer says otherwise.
void ReviewPage::askDelete()
{
    if (!m_session)
        return;
    const QList<int> rows = m_view->selectedSourceRows();
    if (rows.isEmpty())
        return;
    const QString what = rows.size() == 1 ? m_session->model()->item(rows.first()).name : tr("%n images", nullptr, int(rows.size()));
    const int choice = prompts::choose(this, tr("Delete from the dataset"),
                                       tr("Delete %1 from the dataset? It leaves the dataset and this review; this cannot be undone "
                                          "here.")
                                               .arg(what),
                                       { tr("&Delete, keep the file"), tr("Delete &with the image file"), tr("Cancel") }, 2, 2);
    if (choice != 0 && choice != 1)
        return;
    if (!m_session->deleteSamples(rows, choice == 1))
        m_messages->show(QStringLiteral("delete"), m_session->lastDeleteRefusal(), MessageArea::Kind::Error);
    else
        m_messages->show(QStringLiteral("delete"), tr("Deleting %1…").arg(what));
}

void ReviewPage::openThresholdDialog()
{
    if (!m_session)
        return;
    auto *dialog = new ThresholdDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_thresholdUndoIndex = m_session->undoStack()->index();
        m_messages->show(QStringLiteral("threshold"),
                         tr("%n sample(s) accepted. Undo (Ctrl+Z) takes them back.", nullptr, dialog->accepted()));
    });
    dialog->open();
}

void ReviewPage::openSpotCheck()
{
    if (!m_session)
        return;
    if (!m_session->isLoaded() || m_session->isSaving()) {
        m_messages->show(QStringLiteral("loading"), tr("The samples are still loading: start the spot-check when all are in."));
        return;
    }
    auto *dialog = new SpotCheckDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReviewPage::openConfirmDialog()
{
    if (!m_session)
        return;
    if (!m_session->isLoaded()) {
        m_messages->show(QStringLiteral("loading"), tr("The samples are still loading: confirm when all are in."));
        return;
    }
    auto *dialog = new ConfirmDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReviewPage::openViewer()
{
    if (!m_session || !m_view->currentIndex().isValid())
        return;
    if (!m_viewer) {
        m_viewer = new SampleViewer({ m_session, m_view, m_loader, this, menuActions() }, this);
        m_viewer->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
}

void ReviewPage::reload()
{
    if (!m_session || m_session->isLoading() || m_session->isConfirming() || m_session->isSaving())
        return;
    m_messages->clear(QStringLiteral("load"));
    m_session->load();
}

void ReviewPage::questionConfirmed()
{
    if (!m_session)
        return;
    QStringList confirmed;
    const SampleListModel *model = m_session->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row).state == ReviewState::Confirmed && model->item(row).decision != DecisionKind::Reject)
            confirmed.append(model->item(row).id);
    }
    if (confirmed.isEmpty()) {
        m_messages->show(QStringLiteral("question"),
                         tr("This review has confirmed no label yet: confirm some first, or use Suspect "
                            "labels… on the dataset page for all of them."));
        return;
    }
    emit suspectsRequested(m_session->datasetId(), confirmed);
}

void ReviewPage::moveCurrent(int delta) { m_view->moveCurrent(delta); }

void ReviewPage::selectAllShown() { m_view->selectAll(); }

void ReviewPage::zoomBy(double factor) { m_detailPane->imageView()->zoomBy(factor); }

void ReviewPage::fitImage() { m_detailPane->imageView()->fit(); }

void ReviewPage::undo()
{
    if (m_session)
        m_session->undoStack()->undo();
}

void ReviewPage::redo()
{
    if (m_session)
        m_session->undoStack()->redo();
}

void ReviewPage::connectLookAlikes()
{
    connect(m_lookPanel, &LookAlikePanel::takingTheGrid, this, [this] { m_spotPanel->showDrawn(false); });
    connect(m_lookPanel, &LookAlikePanel::message, this, [this](const QString &key, const QString &text, bool showAll) {
        if (text.isEmpty())
            m_messages->clear(key);
        else if (showAll)
            m_messages->show(key, text, MessageArea::Kind::Info, tr("Show all"), [this] { m_lookPanel->showAll(); });
        else
            m_messages->show(key, text);
    });
    connect(m_lookPanel, &LookAlikePanel::gridShown, this, [this] {
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0)); // the detail pane shows the group's first
    });
    connect(m_lookPanel, &LookAlikePanel::acceptGroupRequested, this, &ReviewPage::acceptGroup);
    connect(m_lookPanel, &LookAlikePanel::relabelGroupRequested, this, &ReviewPage::relabelGroup);
    // A tile's context menu: its decisions and its look-alikes.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_session)
            return;
        QMenu menu(this);
        for (const char *name : { "accept", "relabel", "reject", "undecide", "", "moreLikeThis", "groups", "viewLarge", "", "delete" }) {
            if (QAction *a = m_actions->action(QString::fromLatin1(name)))
                menu.addAction(a);
            else
                menu.addSeparator();
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

void ReviewPage::moreLikeThis()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_session || !current.isValid())
        return;
    QString why;
    if (!m_lookPanel->showMoreLike(m_filter->mapToSource(current).row(), &why)) {
        if (!why.isEmpty())
            m_messages->show(QStringLiteral("lookAlike"), why);
        return;
    }
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    m_view->setFocus();
}

void ReviewPage::toggleGroups()
{
    if (m_session)
        m_lookPanel->setGroupsShown(!m_lookPanel->groupsShown());
}

// The group's machine labels accepted, but for the samples selected in it: they are the exceptions.
void ReviewPage::acceptGroup(const QList<int> &groupRows)
{
    if (!m_session || groupRows.isEmpty())
        return;
    const QList<int> selected = m_view->selectedSourceRows();
    const QSet<int> except(selected.begin(), selected.end());
    QList<int> rows;
    for (int r : groupRows) {
        if (!except.contains(r) && m_session->model()->item(r).state != ReviewState::Confirmed)
            rows.append(r);
    }
    rows = keepOrOverwrite(rows, Decision::accept());
    if (rows.isEmpty())
        return;
    m_session->decide(rows, DecisionList(rows.size(), Decision::accept()), tr("Accept %n sample(s) of a group", nullptr, int(rows.size())));
}

// One label for the group, or for the samples selected within it.
void ReviewPage::relabelGroup(const QList<int> &groupRows)
{
    if (!m_session || groupRows.isEmpty() || m_session->model()->labels().isEmpty())
        return;
    const QSet<int> inGroup(groupRows.begin(), groupRows.end());
    QList<int> rows;
    for (int r : m_view->selectedSourceRows()) {
        if (inGroup.contains(r))
            rows.append(r);
    }
    if (rows.size() < 2) // one selected is the current sample, not a choice
        rows = groupRows;
    const int current = m_view->currentSourceRow();
    const QStringList proposals = proposalsFor(rows.contains(current) ? current : rows.first());
    const auto label = prompts::chooseLabel(this, tr("Relabel"), tr("&Label for %n sample(s):", nullptr, int(rows.size())),
                                            m_session->model()->labels(), m_recentLabels, proposals);
    if (!label)
        return;
    noteRecentLabel(*label);
    const Decision decision = Decision::relabel(*label);
    rows = keepOrOverwrite(rows, decision);
    if (rows.isEmpty())
        return;
    m_session->decide(rows, DecisionList(rows.size(), decision),
                      tr("Relabel %n sample(s) of a group to %1", nullptr, int(rows.size())).arg(*label));
}
