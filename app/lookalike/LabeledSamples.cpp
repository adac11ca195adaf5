#include "lookalike/LabeledSamples.h"

#include "api/ModelArtsClient.h"
#include "lookalike/LookAlikes.h"

LabeledSamples::LabeledSamples(QObject *parent)
    : QObject(parent)
    , m_looks(new LookAlikes(&m_model, this))
{
    connect(m_looks, &LookAlikes::progress, this, &LabeledSamples::progress);
    connect(m_looks, &LookAlikes::finished, this, [this](bool cancelled, const QString &error) {
        m_running = false;
        m_ready = !cancelled && error.isEmpty();
        emit finished(m_ready, cancelled ? tr("Cancelled.") : error);
    });
}

LabeledSamples::~LabeledSamples() = default;

void LabeledSamples::setSource(ModelArtsClient *client, const QString &datasetId, const QStringList &labels, const QString &cachePath,
                               const QSslConfiguration &ssl)
{
    cancel();
    m_client = client;
    m_datasetId = datasetId;
    m_cachePath = cachePath;
    m_ssl = ssl;
    m_model.clear();
    m_model.setLabels(labels);
    m_looks->reset();
    m_ready = false;
}

void LabeledSamples::start()
{
    if (m_running || m_ready)
        return;
    if (!m_client) {
        emit finished(false, tr("Not logged in: log in again to compare the labeled samples."));
        return;
    }
    if (m_cachePath.isEmpty()) {
        emit finished(false, tr("The look-alikes have no cache folder."));
        return;
    }
    m_running = true;
    m_lastError = {};
    m_model.clear();
    m_looks->reset();
    listPage(0);
}

void LabeledSamples::cancel()
{
    ++m_generation;
    if (m_running && m_looks->isComputing())
        m_looks->cancel(); // finished follows
    else if (m_running) {
        m_running = false;
        emit finished(false, tr("Cancelled."));
    }
}

// Page after page (in the service's order) until every labeled sample, or maxSamples, is listed.
void LabeledSamples::listPage(int page)
{
    ModelArtsClient::SampleQuery query;
    query.state = QStringLiteral("__ALL__"); // labeled
    query.page = page;
    query.limit = ModelArtsClient::pageLimit;
    const int generation = m_generation;
    m_client->samples(m_datasetId, query, this, [this, page, generation](const Result<SamplePage> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_running = false;
            m_lastError = r.error;
            emit finished(false, r.error.toString());
            return;
        }
        m_listedTotal = r.value->total;
        m_model.append(r.value->samples);
        emit progress(0, std::min<qint64>(m_listedTotal, maxSamples));
        if (r.value->samples.isEmpty() || m_model.rowCount() >= std::min<qint64>(m_listedTotal, maxSamples))
            describe();
        else
            listPage(page + 1);
    });
}

void LabeledSamples::describe()
{
    if (m_model.rowCount() == 0) {
        m_running = false;
        m_ready = true;
        emit finished(true, {});
        return;
    }
    m_looks->setCachePath(m_cachePath);
    m_looks->setSslConfiguration(m_ssl);
    m_looks->start();
}

QList<int> LabeledSamples::nearest(const std::int8_t *query, int dims, int count) const
{
    if (!m_ready || !query || dims != m_looks->dims())
        return {};
    return m_looks->nearestTo(query, count);
}
