#pragma once

#include "review/ReviewJournal.h"
#include "samples/SampleListModel.h"
#include "types/ReviewItem.h"

#include <QFuture>
#include <QList>
#include <QMetaObject>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

// One decision step: the samples with what they had before and what they get (and, for a decision made
// on one sample shown, the spot-check answers before and after). By the rows of the listing it was made
// on, while the model holds that listing (a step over a million samples copies and looks up none of their
// ids); when the listing ends (the samples are listed again), by id: rows change then, the history does
// not.
class DecisionCommand final : public QUndoCommand
{
public:
    struct Side
    {
        DecisionList decisions;
        ReviewJournal::Answers answers;
    };
    // Applies one side to the step's samples at these rows of the model (-1: a sample listed no more).
    using Apply = std::function<void(const QList<int> &rows, const Side &side)>;
    DecisionCommand(const SampleListModel *model, Apply apply, QList<int> rows, Side before, Side after, const QString &text);
    ~DecisionCommand() override;
    Q_DISABLE_COPY_MOVE(DecisionCommand)
    void undo() override;
    void redo() override;

private:
    QList<int> rowsNow() const;
    void keepIds(); // the listing ends: its rows will name other samples

    const SampleListModel *m_model;
    Apply m_apply;
    QList<int> m_rows; // of the listing it was made on
    SampleListModel::Snapshot m_items; // that listing's items, while it lasts
    QFuture<QStringList> m_ids; // the samples', read on a pool thread once it ended
    quint64 m_listing; // SampleListModel::listing() then
    QMetaObject::Connection m_listingEnds;
    Side m_before;
    Side m_after;
    bool m_applied = true;
};
