// LookAlikes: the groups the service made (ModelArts' auto grouping: a sample attribute, a value per
// group), read through the sample listing as a cloud client would (modelarts-api-grouping.md 3.2).
#include "lookalike/LookAlikes.h"

#include "api/ModelArtsClient.h"
#include "samples/SampleListModel.h"

#include <QSet>

struct LookAlikes::ServiceListing
{
    QString key;
    QStringList values;
    QSet<int> rows; // the rows asked about
    int page = 0;
    LookAlikeGroup current; // the group being listed, page by page
    QList<LookAlikeGroup> groups;
    std::function<void(const QList<LookAlikeGroup> &, const ApiError &)> done;
};

void LookAlikes::setService(ModelArtsClient *client, const QString &datasetId)
{
    m_client = client;
    m_datasetId = datasetId;
}

void LookAlikes::serviceGroupings(std::function<void(const QStringList &, const ApiError &)> done)
{
    if (!m_client) {
        done({}, {});
        return;
    }
    m_client->attributes(m_datasetId, this, [done = std::move(done)](const Result<QMap<QString, QStringList>> &r) {
        done(r.ok() ? r.value->keys() : QStringList{}, r.error);
    });
}

void LookAlikes::serviceGroups(const QString &key, const QList<int> &rows,
                               std::function<void(const QList<LookAlikeGroup> &, const ApiError &)> done)
{
    if (!m_client) {
        done({}, {});
        return;
    }
    m_client->attributes(m_datasetId, this, [this, key, rows, done = std::move(done)](const Result<QMap<QString, QStringList>> &r) {
        if (!r.ok()) {
            done({}, r.error);
            return;
        }
        auto listing = std::make_shared<ServiceListing>();
        listing->key = key;
        listing->rows = QSet<int>(rows.begin(), rows.end());
        listing->values = r.value->value(key);
        listing->done = done;
        listServiceGroup(listing);
    });
}

void LookAlikes::listServiceGroup(std::shared_ptr<ServiceListing> listing)
{
    const int index = int(listing->groups.size());
    if (index == listing->values.size() || !m_client) {
        QList<LookAlikeGroup> groups;
        for (const LookAlikeGroup &g : std::as_const(listing->groups)) {
            if (!g.rows.isEmpty()) // a group of samples this review does not hold
                groups.append(g);
        }
        summarise(*m_model, groups);
        sortLeastConsistentFirst(groups);
        listing->done(groups, {});
        return;
    }
    ModelArtsClient::SampleQuery query;
    query.attribute = listing->key;
    query.attributeValue = listing->values[index];
    query.page = listing->page;
    query.limit = ModelArtsClient::pageLimit;
    m_client->samples(m_datasetId, query, this, [this, listing, index](const Result<SamplePage> &r) {
        if (!r.ok()) {
            listing->done({}, r.error);
            return;
        }
        for (const Sample &s : r.value->samples) {
            const int row = m_model->rowOf(s.id);
            if (listing->rows.contains(row) && m_model->item(row).state != ReviewState::Deleted)
                listing->current.rows.append(row);
        }
        if (!r.value->samples.isEmpty() && qint64(listing->page + 1) * ModelArtsClient::pageLimit < r.value->total) {
            ++listing->page;
        } else {
            listing->current.number = listing->values[index].toInt();
            listing->groups.append(std::exchange(listing->current, LookAlikeGroup{}));
            listing->page = 0;
        }
        listServiceGroup(listing);
    });
}
