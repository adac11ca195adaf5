#include "review/ReviewSession.h"

#include "OffThread.h"
#include "samples/SampleListModel.h"

#include <QLoggingCategory>
#include <QUndoCommand>
#include <QUndoStack>

#include <iterator>

Q_LOGGING_CATEGORY(lcReview, "autolabel.review", QtWarningMsg)

// One decision step: the samples with what they had before and what they get. By id, not row: rows
// change when the samples are listed again, the history does not.
class DecisionCommand final : public QUndoCommand
{
public:
    DecisionCommand(ReviewSession *session, QStringList ids, QList<Decision> before, QList<Decision> after, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_ids(std::move(ids))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_session->apply(m_ids, m_before); }
    void redo() override
    {
        if (m_applied) { // decide() applied it already, journal first
            m_applied = false;
            return;
        }
        m_session->apply(m_ids, m_after);
    }

private:
    ReviewSession *m_session;
    QStringList m_ids;
    QList<Decision> m_before;
    QList<Decision> m_after;
    bool m_applied = true;
};

ReviewSession::ReviewSession(ModelArtsClient *client, const QString &datasetId, const QString &taskId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_datasetId(datasetId)
    , m_taskId(taskId)
    , m_model(new SampleListModel(this))
    , m_undo(new QUndoStack(this))
    , m_confirmer(new ReviewConfirmer(m_model, m_journal, datasetId, this))
    , m_spotCheck(new ReviewSpotCheck(&m_journal, m_model, this))
{
    m_confirmer->setClient(client);
    connect(m_confirmer, &ReviewConfirmer::progress, this, &ReviewSession::confirmProgress);
    connect(m_confirmer, &ReviewConfirmer::finished, this, &ReviewSession::confirmFinished);
    connect(m_confirmer, &ReviewConfirmer::unsentChanged, this, &ReviewSession::unsentChanged);
    m_writer.setMaxThreadCount(1);
    // Pages are put in the model together, not one by one: the grid lays out once for several pages.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setObjectName(QStringLiteral("reviewFlush"));
    connect(&m_flushTimer, &QTimer::timeout, this, &ReviewSession::flush);
    connect(&m_pages, &PreparedPages::ready, this, &ReviewSession::onPrepared);
}

ReviewSession::~ReviewSession()
{
    m_confirmer->cancel();
    m_writer.waitForDone(); // a bulk decision being written is durable before the review goes
}

void ReviewSession::setClient(ModelArtsClient *client)
{
    m_client = client;
    m_confirmer->setClient(client);
}

void ReviewSession::setLabels(const QStringList &labels) { m_model->setLabels(labels); }

bool ReviewSession::openJournal(const QString &path)
{
    if (!m_journal.open(path)) {
        m_lastError = tr("The review journal %1 cannot be opened: %2").arg(path, m_journal.lastError());
        return false;
    }
    m_spotCheck->restore();
    return true;
}

void ReviewSession::load()
{
    if (!m_client || isSaving()) // a bulk decision in writing names rows of this listing
        return;
    m_loadContext = std::make_unique<QObject>();
    m_flushTimer.stop();
    m_pages.reset();
    m_buffer.clear();
    m_wasLoaded = m_loaded;
    m_keepShown = m_model->rowCount() > 0;
    if (!m_keepShown)
        m_restore = m_journal.load();
    m_restored = 0;
    m_total = 0;
    m_loading = true;
    m_loaded = false;
    m_firstPage = true;
    m_finishPending = false;
    m_loadError = {};

    ModelArtsClient::AutoQuery query;
    query.ascending = true; // doubtful first, as the grid sorts by default: pages append at the end
    m_client->streamAutoAnnotations(
            m_datasetId, query, m_loadContext.get(), [this](const QList<Sample> &page, qint64 total) { onListed(page, total); },
            [this](const Result<QList<Sample>> &r) {
                // What is still buffered goes in first (a chunk per event-loop pass), then the end is said.
                m_finishPending = true;
                m_loadError = r.ok() ? ApiError{} : r.error;
                flush();
            });
}

void ReviewSession::onListed(const QList<Sample> &page, qint64 total)
{
    if (m_keepShown) {
        // The service lists again: what was shown goes now (its decisions are in the journal).
        m_keepShown = false;
        m_model->clear();
        m_restore = m_journal.load();
    }
    m_total = total;
    if (m_firstPage)
        m_model->expect(total);
    if (m_firstPage) // shown at once: made ready here (100 rows), not behind the pool's queue
        onPrepared(SampleListModel::prepare(page));
    else
        m_pages.add(page); // made ready for the model on the pool, back in order (onPrepared)
}

void ReviewSession::onPrepared(const QList<SampleListModel::Prepared> &rows)
{
    m_buffer.insert(m_buffer.end(), rows.cbegin(), rows.cend());
    if (m_firstPage) { // made ready in onListed(): nothing else is on its way yet
        m_firstPage = false;
        flush();
        emit firstPageLoaded();
    } else if (m_finishPending) { // the listing ended while this page was on the pool
        flush();
    } else if (!m_flushTimer.isActive()) {
        // Each flush makes the grid lay out every row again: the more rows, the fewer flushes (50 ms at
        // first, 200 ms from 100,000 rows).
        m_flushTimer.start(qBound(50, m_model->rowCount() / 500, 200));
    }
}

void ReviewSession::finishLoad()
{
    m_finishPending = false;
    m_loading = false;
    if (m_loadError.isError()) {
        if (m_keepShown) // nothing came: what is shown is still the whole listing it was
            m_loaded = m_wasLoaded;
        m_keepShown = false;
        emit loadFailed(m_loadError);
        return;
    }
    if (m_keepShown) { // the service lists nothing now
        m_keepShown = false;
        m_model->clear();
    }
    m_loaded = true;
    m_confirmer->adoptJournal();
    emit loadFinished(m_model->rowCount());
    if (std::exchange(m_resumeOnLoad, false))
        m_confirmer->resumeNow();
    if (m_restored > 0)
        emit restored(m_restored);
}

void ReviewSession::flush()
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
        if (!m_restore.isEmpty()) {
            QList<int> rows;
            QList<Decision> decisions;
            for (int row = first; row < m_model->rowCount(); ++row) {
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
        emit loadProgress(m_model->rowCount(), m_total);
        if (!m_buffer.empty()) {
            m_flushTimer.start(0);
            return;
        }
    }
    if (m_finishPending && m_pages.isIdle()) // the last pages may still be on the pool
        finishLoad();
}

bool ReviewSession::apply(const QList<int> &rows, const QStringList &ids, const QList<Decision> &decisions)
{
    if (!m_journal.isOpen()) {
        emit decisionFailed(tr("Decisions cannot be kept: there is no review journal. %1").arg(m_lastError));
        return false;
    }
    if (ids.size() >= bulkRows) {
        applyInBackground(rows, ids, decisions);
        return true;
    }
    QList<QPair<QString, Decision>> entries;
    entries.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        entries.append({ ids[i], decisions[i] });
    if (!m_journal.record(entries)) {
        qCWarning(lcReview) << "journal write failed:" << m_journal.lastError();
        emit decisionFailed(tr("The decision was not stored: %1").arg(m_journal.lastError()));
        return false;
    }
    m_model->setDecisions(rows, decisions);
    m_spotCheck->noteDecisions(ids, decisions);
    return true;
}

void ReviewSession::applyInBackground(const QList<int> &rows, const QStringList &ids, const QList<Decision> &decisions)
{
    ++m_saving;
    emit savingChanged(ids.size());
    const QString path = m_journal.path();
    offthread::run(
            &m_writer, this,
            [path, ids, decisions] {
                // Its own connection, on the writer's thread; WAL lets the GUI thread read meanwhile.
                QList<QPair<QString, Decision>> entries;
                entries.reserve(ids.size());
                for (qsizetype i = 0; i < ids.size(); ++i)
                    entries.append({ ids[i], decisions[i] });
                ReviewJournal journal;
                if (!journal.open(path))
                    return journal.lastError();
                return journal.record(entries) ? QString() : journal.lastError();
            },
            [this, rows, ids, decisions](const QString &error) {
                --m_saving;
                if (error.isEmpty()) {
                    m_model->setDecisions(rows, decisions);
                    m_spotCheck->noteDecisions(ids, decisions);
                } else {
                    qCWarning(lcReview) << "journal write failed:" << error;
                    emit decisionFailed(tr("The decision was not stored: %1").arg(error));
                }
                emit savingChanged(0);
            });
}

bool ReviewSession::apply(const QStringList &ids, const QList<Decision> &decisions)
{
    // Samples gone from the listing (confirmed) are left out.
    QList<int> rows;
    QStringList present;
    QList<Decision> theirs;
    rows.reserve(ids.size());
    present.reserve(ids.size());
    theirs.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const int row = m_model->rowOf(ids[i]);
        if (row >= 0 && m_model->item(row).state != ReviewState::Confirmed) {
            rows.append(row);
            present.append(ids[i]);
            theirs.append(decisions[i]);
        }
    }
    return rows.isEmpty() || apply(rows, present, theirs);
}

bool ReviewSession::decide(const QList<int> &rows, const Decision &decision)
{
    QString text;
    switch (decision.kind) {
    case DecisionKind::Accept: text = tr("Accept %n sample(s)", nullptr, int(rows.size())); break;
    case DecisionKind::Relabel: text = tr("Relabel %n sample(s) to %1", nullptr, int(rows.size())).arg(decision.label); break;
    case DecisionKind::Reject: text = tr("Reject %n sample(s)", nullptr, int(rows.size())); break;
    case DecisionKind::None: text = tr("Clear %n decision(s)", nullptr, int(rows.size())); break;
    }
    return decide(rows, QList<Decision>(rows.size(), decision), text);
}

bool ReviewSession::decide(const QList<int> &rows, const QList<Decision> &decisions, const QString &undoText)
{
    if (isSaving()) {
        emit decisionFailed(m_drawing ? tr("The spot-check is still being drawn: decide again in a moment.")
                                      : tr("The last decision is still being saved: decide again in a moment."));
        return false;
    }
    QList<int> changedRows;
    QStringList changedIds;
    QList<Decision> before;
    QList<Decision> after;
    changedRows.reserve(rows.size());
    changedIds.reserve(rows.size());
    before.reserve(rows.size());
    after.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        if (row < 0 || row >= m_model->rowCount() || m_model->item(row).state == ReviewState::Confirmed)
            continue;
        const Decision old = m_model->decision(row);
        if (old == decisions[i] && m_model->item(row).state != ReviewState::Failed)
            continue;
        changedRows.append(row);
        changedIds.append(m_model->item(row).id);
        before.append(old);
        after.append(decisions[i]);
    }
    if (changedRows.isEmpty())
        return true;
    if (!apply(changedRows, changedIds, after))
        return false;
    m_undo->push(new DecisionCommand(this, std::move(changedIds), std::move(before), std::move(after), undoText));
    return true;
}

QList<int> ReviewSession::thresholdRows(const ThresholdRule &rule) const
{
    QList<int> rows;
    QList<double> thresholds(m_model->labels().size(), rule.threshold);
    for (auto it = rule.perLabel.cbegin(); it != rule.perLabel.cend(); ++it) {
        const int index = int(m_model->labels().indexOf(it.key()));
        if (index >= 0)
            thresholds[index] = it.value();
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SampleListModel::FilterKey &it = m_model->filterKey(row);
        if (it.state != ReviewState::ToReview || it.predicted < 0 || (it.hard && !rule.includeHard))
            continue;
        if (double(it.score) + 1e-6 >= thresholds[it.predicted])
            rows.append(row);
    }
    return rows;
}

QMap<QString, qint64> ReviewSession::thresholdPreview(const ThresholdRule &rule) const
{
    QMap<QString, qint64> counts;
    for (const QString &label : m_model->labels())
        counts.insert(label, 0);
    for (int row : thresholdRows(rule))
        ++counts[m_model->labelName(m_model->item(row).predicted)];
    return counts;
}

int ReviewSession::acceptAbove(const ThresholdRule &rule)
{
    const QList<int> rows = thresholdRows(rule);
    if (rows.isEmpty())
        return 0;
    const bool ok = decide(rows, QList<Decision>(rows.size(), Decision::accept()),
                           tr("Accept %n sample(s) above the threshold", nullptr, int(rows.size())));
    return ok ? int(rows.size()) : -1;
}

bool ReviewSession::startSpotCheck(const QList<int> &rows, const spotcheck::Target &target, quint64 seed, const QString &scopeText)
{
    ReviewJournal::SpotCheck check = m_spotCheck->prepare(rows, scopeText);
    QString refusal;
    if (isSaving())
        refusal = tr("The last decision is still being saved: start the spot-check in a moment.");
    else if (!m_journal.isOpen())
        refusal = tr("Decisions cannot be kept: there is no review journal. %1").arg(m_lastError);
    else if (check.plan.members.isEmpty())
        refusal = tr("There is nothing to check in this scope.");
    if (!refusal.isEmpty()) {
        emit spotCheckDrawn(false, refusal);
        return false;
    }
    ++m_saving;
    m_drawing = true;
    emit savingChanged(check.plan.members.size());
    struct Drawn
    {
        ReviewJournal::SpotCheck check;
        QString error;
        QHash<QString, int> memberOf; // made here too: a million members would hold the GUI for seconds
        QSet<QString> ids;
    };
    offthread::run(
            &m_writer, this,
            [path = m_journal.path(), check = std::move(check), target, seed]() mutable {
                check.plan = spotcheck::draw(std::move(check.plan.members), int(check.labels.size()), target, seed);
                ReviewJournal journal; // its own connection, on the writer's thread
                const bool ok = journal.open(path) && journal.saveSpotCheck(check);
                Drawn drawn{ std::move(check), ok ? QString() : journal.lastError(), {}, {} };
                if (ok) {
                    drawn.memberOf = ReviewSpotCheck::indexOf(drawn.check);
                    drawn.ids.reserve(drawn.check.plan.members.size());
                    for (const spotcheck::Member &m : drawn.check.plan.members)
                        drawn.ids.insert(m.id);
                }
                return drawn;
            },
            [this](Drawn drawn) {
                --m_saving;
                m_drawing = false;
                const bool ok = drawn.error.isEmpty();
                if (ok) {
                    m_journal.adoptSpotIds(std::move(drawn.ids));
                    m_spotCheck->adopt(std::move(drawn.check), std::move(drawn.memberOf));
                }
                emit savingChanged(0);
                emit spotCheckDrawn(
                        ok,
                        ok ? QString()
                           : tr("The spot-check was not stored: %1").arg(drawn.error.isEmpty() ? m_journal.lastError() : drawn.error));
            });
    return true;
}

QList<int> ReviewSession::undecidedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->filterKey(row).state == ReviewState::ToReview)
            rows.append(row);
    }
    return rows;
}

QList<int> ReviewSession::pendingRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ReviewItem &it = m_model->item(row);
        if ((it.state == ReviewState::Decided || it.state == ReviewState::Failed) && it.decision != DecisionKind::None)
            rows.append(row);
    }
    return rows;
}

QList<ReviewSession::SummaryLine> ReviewSession::confirmSummary() const
{
    const SampleListModel::Counts counts = m_model->counts();
    QList<SummaryLine> lines;
    for (const SampleListModel::LabelCounts &l : counts.labels) {
        if (l.accepted + l.relabeledTo + l.rejected > 0)
            lines.append(SummaryLine{ l.name, l.accepted, l.relabeledTo, l.rejected });
    }
    return lines;
}

void ReviewSession::confirm()
{
    if (isConfirming())
        return;
    const QList<int> rows = pendingRows();
    ConfirmReport nothing;
    if (isSaving()) { // what is being saved would be left out
        nothing.error = tr("The last decision is still being saved: send again in a moment.");
        emit confirmFinished(nothing);
        return;
    }
    if (rows.isEmpty()) {
        emit confirmFinished(nothing);
        return;
    }
    if (!m_client || !m_confirmer->send(rows)) {
        nothing.notSent = rows.size();
        nothing.error = m_client ? m_confirmer->lastError() : tr("Not logged in: log in again, then send.");
        emit confirmFinished(nothing);
    }
}

void ReviewSession::cancelConfirm() { m_confirmer->cancel(); }
