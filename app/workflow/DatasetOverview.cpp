#include "workflow/DatasetOverview.h"

#include "api/ModelArtsClient.h"

#include <memory>

DatasetOverview::DatasetOverview(ModelArtsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void DatasetOverview::loadVersions(quint64 generation, const std::shared_ptr<Data> &data)
{
    m_client->versions(data->dataset.id, this, [this, generation, data](const Result<QList<DatasetVersion>> &versions) {
        if (generation != m_generation)
            return;
        if (versions.ok())
            data->versions = *versions.value;
        else
            data->versionsError = versions.error.toString();
        emit loaded(*data);
    });
}

void DatasetOverview::load(const QString &datasetId)
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    auto data = std::make_shared<Data>();
    auto input = std::make_shared<Preconditions::Input>();
    auto fail = [this, generation](const ApiError &e) {
        if (generation == m_generation)
            emit loadFailed(e);
    };
    // Four calls, one after the other (the dataset first: a wrong id fails fast).
    m_client->dataset(datasetId, this, [this, generation, data, input, fail, datasetId](const Result<Dataset> &d) {
        if (generation != m_generation)
            return;
        if (!d.ok())
            return fail(d.error);
        data->dataset = input->dataset = *d.value;
        m_client->stats(datasetId, this, [this, generation, data, input, fail, datasetId](const Result<DatasetStats> &s) {
            if (generation != m_generation)
                return;
            if (!s.ok())
                return fail(s.error);
            data->stats = input->stats = *s.value;
            m_client->allSamples(
                    datasetId, {}, this, [this, generation, data, input, fail, datasetId](const Result<QList<Sample>> &samples) {
                        if (generation != m_generation)
                            return;
                        if (!samples.ok())
                            return fail(samples.error);
                        input->samples = *samples.value;
                        for (const Sample &sample : *samples.value) {
                            if (sample.channels == 4) {
                                data->fourChannelSamples.append(sample.name);
                                data->fourChannelIds.append(sample.id);
                            }
                        }
                        m_client->listTasks(datasetId, this, [this, generation, data, input, fail](const Result<QList<TaskInfo>> &tasks) {
                            if (generation != m_generation)
                                return;
                            if (!tasks.ok())
                                return fail(tasks.error);
                            data->tasks = input->tasks = *tasks.value;
                            for (const TaskInfo &t : *tasks.value) {
                                if (t.type != 0)
                                    continue;
                                if (!data->activeTask && t.isActive())
                                    data->activeTask = t;
                                if (!data->unconfirmedTask && t.status == TaskStatus::Succeeded && t.unconfirmedSamples > 0)
                                    data->unconfirmedTask = t;
                            }
                            data->checks = Preconditions::evaluate(*input);
                            loadVersions(generation, data);
                        });
                    });
        });
    });
}
