#include "lookalike/DuplicateCheck.h"

#include "learn/LabelAudit.h"
#include "learn/NearDuplicates.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "samples/SampleListModel.h"
#include "threads/OffThread.h"

#include <QThreadPool>

#include <vector>

bool DuplicateGroup::disagrees() const
{
    return std::any_of(labels.cbegin(), labels.cend(), [this](const QString &l) { return l != labels.first(); });
}

DuplicateCheck::DuplicateCheck(QObject *parent)
    : QObject(parent)
{
}

bool DuplicateCheck::start(const LabeledSamples &labeled)
{
    if (m_running || !labeled.isReady())
        return false;
    // What the worker needs, copied: the rows with a vector.
    const SampleListModel &model = labeled.model();
    const LookAlikes *looks = labeled.looks();
    const int dims = looks->dims();
    std::vector<std::int8_t> vectors;
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const std::int8_t *v = looks->vectorOf(row);
        if (!v || model.item(row).predicted < 0)
            continue;
        vectors.insert(vectors.end(), v, v + dims);
        rows.append(row);
    }
    QList<DuplicateGroup> byRow; // per listed row: its id, name and label, filled in by group below
    byRow.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        const ReviewItem &it = model.item(row);
        byRow.append({ { it.id }, { it.name }, { model.labelName(it.predicted) }, { double(it.score) } });
    }
    m_running = true;
    offthread::run(
            QThreadPool::globalInstance(), this,
            [vectors = std::move(vectors), dims, count = int(rows.size())] {
                return engine::nearDuplicateGroups(vectors.data(), count, dims, engine::AuditOptions{}.duplicateDistance);
            },
            [this, byRow](const std::vector<int> &group) {
                m_running = false;
                m_groups.clear();
                QHash<int, int> at; // group number -> index in m_groups
                for (size_t i = 0; i < group.size(); ++i) {
                    if (group[i] < 0)
                        continue;
                    auto it = at.constFind(group[i]);
                    if (it == at.cend()) {
                        it = at.insert(group[i], int(m_groups.size()));
                        m_groups.append(DuplicateGroup{});
                    }
                    DuplicateGroup &g = m_groups[*it];
                    const DuplicateGroup &one = byRow[qsizetype(i)];
                    g.ids += one.ids;
                    g.names += one.names;
                    g.labels += one.labels;
                    g.scores += one.scores;
                }
                emit finished();
            });
    return true;
}

qint64 DuplicateCheck::disagreeing() const
{
    return std::count_if(m_groups.cbegin(), m_groups.cend(), [](const DuplicateGroup &g) { return g.disagrees(); });
}

qint64 DuplicateCheck::samplesInGroups() const
{
    qint64 n = 0;
    for (const DuplicateGroup &g : m_groups)
        n += g.ids.size();
    return n;
}

QList<SampleUpdate> DuplicateCheck::keepOnOneSide() const
{
    QList<SampleUpdate> updates;
    for (const DuplicateGroup &g : m_groups) {
        for (qsizetype i = 0; i < g.ids.size(); ++i) {
            SampleLabel label;
            label.name = g.labels[i];
            if (g.scores[i] > 0)
                label.score = g.scores[i];
            updates.append(SampleUpdate{ g.ids[i], { label }, QStringLiteral("TRAIN") });
        }
    }
    return updates;
}
