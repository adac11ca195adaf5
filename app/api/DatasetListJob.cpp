#include "api/DatasetListJob.h"

#include "json/JsonCodec.h"

DatasetListJob::DatasetListJob(ApiConnection *connection, QString search, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
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
    if (!m_connection || m_cancelled)
        return;
    ApiConnection::Query query{ { QStringLiteral("offset"), QString::number(m_page) },
                                { QStringLiteral("limit"), QString::number(ApiConnection::pageLimit) },
                                // Both versions: the default (v1) would hide new-version datasets, which are shown
                                // marked as not supported rather than missing.
                                { QStringLiteral("dataset_version"), QStringLiteral("all") } };
    if (!m_search.isEmpty())
        query.append({ QStringLiteral("search_content"), m_search });
    const HttpCall call = ApiConnection::get(m_connection->url(QStringLiteral("datasets"), query));
    m_connection->fetch<jsoncodec::DatasetList>(
            call, this,
            [this](const Result<jsoncodec::DatasetList> &r) {
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
            },
            &jsoncodec::decodeDatasetList);
}
