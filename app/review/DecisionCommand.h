#pragma once

#include "review/ReviewJournal.h"
#include "types/ReviewItem.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

class SampleListModel;

// One decision step: the samples with what they had before and what they get (and, for a decision made
// on one sample shown, the spot-check answers before and after). By id: rows change when the samples are
// listed again, the history does not. The rows it was made on are kept beside, used while the model still
// holds that listing (undoing a step over a million samples looks none of them up).
class DecisionCommand final : public QUndoCommand
{
public:
    struct Side
    {
        DecisionList decisions;
        ReviewJournal::Answers answers;
    };
    // Applies one side to the samples `ids` (`rows`: theirs, or null when the listing changed since).
    using Apply = std::function<void(const QStringList &ids, const QList<int> *rows, const Side &side)>;
    DecisionCommand(const SampleListModel *model, Apply apply, QStringList ids, QList<int> rows, Side before, Side after,
                    const QString &text);
    void undo() override;
    void redo() override;

private:
    void applySide(const Side &side) const;

    const SampleListModel *m_model;
    Apply m_apply;
    QStringList m_ids;
    QList<int> m_rows; // of the listing it was made on
    quint64 m_listing; // SampleListModel::listing() then
    Side m_before;
    Side m_after;
    bool m_applied = true;
};
