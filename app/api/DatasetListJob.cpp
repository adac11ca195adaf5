#include "api/DatasetListJob.h"

#include "JsonCodec.h"

DatasetListJob::DatasetListJob(ModelArtsClient *client, QString search, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_search(std::move(search))
{
}

void DatasetListJob::start() { requestPage(); }

void DatasetListJob::cancel()
{
    m_cancelled = true;
    deleteLater();
}

void DatasetListJob::end(const Result<QList<Dataset>> &result)
{
    emit finished(result);
    deleteLater();
}

void DatasetListJob::requestPage()
{
    if (!m_client || m_cancelled)
        return;
    m_client->fetchDatasetPage(m_page, m_search, this, [this](const Result<jsoncodec::DatasetList> &r) {
        if (m_cancelled)
            return;
        if (!r.ok()) {
            end(Result<QList<Dataset>>::failure(r.error));
            return;
        }
        m_all += r.value->datasets;
        ++m_page;
        emit progress(m_all.size(), r.value->total);
        if (r.value->datasets.isEmpty() || m_all.size() >= r.value->total) {
            end(Result<QList<Dataset>>{ m_all, {} });
            return;
        }
        requestPage();
    });
}
