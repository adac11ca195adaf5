#include "review/ReviewLoader.h"

#include "review/ReviewJournal.h"
#include "threads/OffThread.h"

#include <QThreadPool>

#include <iterator>

ReviewLoader::ReviewLoader(SampleListModel *model, ReviewJournal *journal, QString datasetId, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_journal(journal)
    , m_datasetId(std::move(datasetId))
{
    // Pages are put in the model together, not one by one: the grid lays out once for several pages.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setObjectName(QStringLiteral("reviewFlush"));
    connect(&m_flushTimer, &QTimer::timeout, this, &ReviewLoader::flush);
}

void ReviewLoader::begin()
{
    m_loadContext = std::make_unique<QObject>();
    m_flushTimer.stop();
    m_buffer.clear();
    m_wasLoaded = m_loaded;
    m_keepShown = m_model->rowCount() > 0;
    if (!m_keepShown)
        m_restore = m_journal->load();
    m_restored = 0;
    m_total = 0;
    m_loading = true;
    m_loaded = false;
    m_firstPage = true;
    m_finishPending = false;
    m_loadError = {};
}

bool ReviewLoader::load()
{
    if (!m_client)
        return false;
    begin();
    ModelArtsClient::AutoQuery query;
    query.ascending = true; // doubtful first, as the grid sorts by default: pages append at the end
    using Rows = QList<SampleListModel::Prepared>;
    m_client->streamPreparedAutoAnnotations<Rows>(
            m_datasetId, query, m_loadContext.get(), &SampleListModel::prepare,
            [this](const Rows &rows, qint64 total) { onListed(rows, total); },
            [this](const Result<QList<Sample>> &r) {
                // What is still buffered goes in first (a chunk per event-loop pass), then the end is said.
                m_finishPending = true;
                m_loadError = r.ok() ? ApiError{} : r.error;
                flush();
            });
    return true;
}

void ReviewLoader::loadGiven(const QList<Sample> &samples)
{
    begin();
    onListed(SampleListModel::prepare(samples), samples.size()); // what was shown goes at once
    m_finishPending = true;
    flush();
}

void ReviewLoader::onListed(const QList<SampleListModel::Prepared> &rows, qint64 total)
{
    if (m_keepShown) {
        // The service lists again: what was shown goes now (its decisions are in the journal).
        m_keepShown = false;
        m_model->clear();
        m_restore = m_journal->load();
    }
    m_total = total;
    m_buffer.insert(m_buffer.end(), rows.cbegin(), rows.cend());
    if (m_firstPage) { // shown at once
        m_firstPage = false;
        m_model->expect(total);
        flush();
        emit firstPageLoaded();
    } else if (!m_flushTimer.isActive()) {
        // Each flush makes the grid lay out every row again: the more rows, the fewer flushes (50 ms at
        // first, 200 ms from 100,000 rows).
        m_flushTimer.start(qBound(50, m_model->rowCount() / 500, 200));
    }
}

void ReviewLoader::flush()
{
    m_flushTimer.stop();
    if (!m_buffer.empty()) {
        // A bounded chunk per pass: the GUI thread is never held long, however much has arrived.
        const auto n = std::min<std::size_t>(m_buffer.size(), flushChunk);
        QList<SampleListModel::Prepared> chunk;
        chunk.reserve(qsizetype(n));
        std::move(m_buffer.begin(), m_buffer.begin() + std::ptrdiff_t(n), std::back_inserter(chunk));
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + std::ptrdiff_t(n));
        const int first = m_model->rowCount();
        m_model->append(chunk);
        offthread::dispose(QThreadPool::globalInstance(), std::move(chunk)); // made there, freed there
        restoreDecisions(first);
        emit loadProgress(m_model->rowCount(), m_total);
        if (!m_buffer.empty()) {
            m_flushTimer.start(0);
            return;
        }
    }
    if (m_finishPending) // every page is in: the listing hands them on in order before it ends
        finish();
}

void ReviewLoader::restoreDecisions(int firstRow)
{
    if (m_restore.isEmpty())
        return;
    QList<int> rows;
    QList<Decision> decisions;
    for (int row = firstRow; row < m_model->rowCount(); ++row) {
        const auto it = m_restore.constFind(m_model->item(row).id);
        if (it == m_restore.cend())
            continue;
        rows.append(row);
        decisions.append(*it);
        m_restore.erase(it);
    }
    if (!rows.isEmpty()) {
        m_model->setDecisions(rows, decisions);
        m_restored += int(rows.size());
    }
}

void ReviewLoader::finish()
{
    m_finishPending = false;
    m_loading = false;
    if (m_loadError.isError()) {
        if (m_keepShown) // nothing came: what is shown is still the whole listing it was
            m_loaded = m_wasLoaded;
        m_keepShown = false;
        emit finished(m_loadError, 0);
        return;
    }
    if (m_keepShown) { // the service lists nothing now
        m_keepShown = false;
        m_model->clear();
    }
    m_loaded = true;
    emit finished({}, m_restored);
}
