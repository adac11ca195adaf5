#include "review/DecisionCommand.h"

#include "samples/SampleListModel.h"

DecisionCommand::DecisionCommand(const SampleListModel *model, Apply apply, QStringList ids, QList<int> rows, Side before, Side after,
                                 const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_apply(std::move(apply))
    , m_ids(std::move(ids))
    , m_rows(std::move(rows))
    , m_listing(model->listing())
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void DecisionCommand::undo() { applySide(m_before); }

void DecisionCommand::redo()
{
    if (m_applied) { // decide() applied it already, journal first
        m_applied = false;
        return;
    }
    applySide(m_after);
}

void DecisionCommand::applySide(const Side &side) const { m_apply(m_ids, m_model->listing() == m_listing ? &m_rows : nullptr, side); }
