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
    struct Member
    {
        QString id, name, label;
        double score;
    };
    QList<Member> members; // per row with a vector, what its group lists
    members.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        const ReviewItem &it = model.item(row);
        members.append({ it.id, it.name, model.labelName(it.predicted), double(it.score) });
    }
    m_running = true;
    offthread::run(
            QThreadPool::globalInstance(), this,
            [vectors = std::move(vectors), dims, count = int(rows.size())] {
                return engine::nearDuplicateGroups(vectors.data(), count, dims, engine::AuditOptions{}.duplicateDistance);
            },
            [this, members](const std::vector<int> &group) {
                m_running = false;
                m_groups.clear();
                QHash<int, int> at; // group number -> index in m_groups
                for (size_t i = 0; i < group.size(); ++i) {
                    if (group[i] < 0)
                        continue;
                    int index = at.value(group[i], -1);
                    if (index < 0) {
                        index = int(m_groups.size());
                        at.insert(group[i], index);
                        m_groups.append(DuplicateGroup{});
                    }
                    DuplicateGroup &g = m_groups[index];
                    const Member &m = members[qsizetype(i)];
                    g.ids.append(m.id);
                    g.names.append(m.name);
                    g.labels.append(m.label);
                    g.scores.append(m.score);
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
