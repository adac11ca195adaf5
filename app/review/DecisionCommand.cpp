#include "review/DecisionCommand.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

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
    const QStringList ids = m_ids.result(); // read by now, unless the listing ended a moment ago
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids)
        rows.append(m_model->rowOf(id));
    return rows;
}

void DecisionCommand::keepIds()
{
    // On a pool thread, which also lets go of the listing's items: a million ids read on the GUI thread
    // held it while the listing was reset. The snapshot's ids never change, so any thread may read them.
    m_ids = QtConcurrent::run([items = std::exchange(m_items, {}), rows = m_rows]() mutable {
        QStringList ids;
        ids.reserve(rows.size());
        for (int row : std::as_const(rows))
            ids.append(items[size_t(row)].id);
        items = {};
        return ids;
    });
    QObject::disconnect(m_listingEnds);
}
