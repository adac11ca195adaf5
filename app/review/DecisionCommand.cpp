#include "review/DecisionCommand.h"

DecisionCommand::DecisionCommand(const SampleListModel *model, Apply apply, QList<int> rows, Side before, Side after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_apply(std::move(apply))
    , m_rows(std::move(rows))
    , m_items(model->snapshot())
    , m_listing(model->listing())
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    // Before clear(): the rows still name the step's samples.
    m_listingEnds = QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, [this] { keepIds(); });
}

DecisionCommand::~DecisionCommand() { QObject::disconnect(m_listingEnds); }

void DecisionCommand::undo() { m_apply(rowsNow(), m_before); }

void DecisionCommand::redo()
{
    if (m_applied) { // decide() applied it already, journal first
        m_applied = false;
        return;
    }
    m_apply(rowsNow(), m_after);
}

QList<int> DecisionCommand::rowsNow() const
{
    if (m_model->listing() == m_listing)
        return m_rows;
    QList<int> rows;
    rows.reserve(m_ids.size());
    for (const QString &id : m_ids)
        rows.append(m_model->rowOf(id));
    return rows;
}

void DecisionCommand::keepIds()
{
    m_ids.reserve(m_rows.size());
    for (int row : std::as_const(m_rows))
        m_ids.append(m_items[size_t(row)].id);
    m_items = {};
    QObject::disconnect(m_listingEnds);
}
