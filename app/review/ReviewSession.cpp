#include "review/ReviewSession.h"

#include "lookalike/LabelProposer.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "lookalike/SuspectSource.h"
#include "samples/SampleListModel.h"

#include <QLoggingCategory>
#include <QUndoStack>

Q_LOGGING_CATEGORY(lcReview, "autolabel.review", QtWarningMsg)

ReviewSession::ReviewSession(ModelArtsClient *client, const QString &datasetId, const QString &taskId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_datasetId(datasetId)
    , m_taskId(taskId)
    , m_model(new SampleListModel(this))
    , m_undo(new QUndoStack(this))
    , m_loader(new ReviewLoader(m_model, &m_journal, datasetId, this))
    , m_confirmer(new ReviewConfirmer(m_model, m_journal, datasetId, this))
    , m_spotCheck(new ReviewSpotCheck(&m_journal, m_model, this))
    , m_lookAlikes(new LookAlikes(m_model, this))
    , m_proposer(new LabelProposer(m_model, m_lookAlikes, this))
{
    connect(m_lookAlikes, &LookAlikes::finished, this, [this](bool cancelled, const QString &error) {
        m_proposer->refresh();
        if (!cancelled && error.isEmpty() && m_computeLookAlikes)
            labeledSamples()->start(); // what the proposals learn from first
    });
    m_confirmer->setClient(client);
    m_loader->setClient(client);
    m_lookAlikes->setService(client, datasetId);
    connect(m_loader, &ReviewLoader::firstPageLoaded, this, &ReviewSession::firstPageLoaded);
    connect(m_loader, &ReviewLoader::loadProgress, this, &ReviewSession::loadProgress);
    connect(m_loader, &ReviewLoader::finished, this, &ReviewSession::onLoaded);
    connect(m_confirmer, &ReviewConfirmer::progress, this, &ReviewSession::confirmProgress);
    connect(m_confirmer, &ReviewConfirmer::finished, this, &ReviewSession::confirmFinished);
    connect(m_confirmer, &ReviewConfirmer::finished, this, [this](const ConfirmReport &report) {
        // What it confirmed is labeled now: the labeled samples are listed again (at once when the review
        // describes them for the proposals, else when next asked for).
        if (report.confirmed > 0 && m_labeledSamples) {
            const bool again = m_labeledSamples->isReady() || m_labeledSamples->isRunning();
            m_labeledSamples->setSource(m_client, m_datasetId, m_model->labels(), m_lookAlikes->cachePath(),
                                        m_lookAlikes->sslConfiguration());
            if (again && m_computeLookAlikes)
                m_labeledSamples->start();
        }
    });
    connect(m_confirmer, &ReviewConfirmer::unsentChanged, this, &ReviewSession::unsentChanged);
    m_writer.setMaxThreadCount(1);
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
    m_loader->setClient(client);
    m_lookAlikes->setService(client, m_datasetId);
    if (m_labeledSamples) // listed again, with the new client, when next asked for
        m_labeledSamples->setSource(client, m_datasetId, m_model->labels(), m_lookAlikes->cachePath(), m_lookAlikes->sslConfiguration());
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
    if (isSaving()) // a bulk decision in writing names rows of this listing
        return;
    m_lookAlikes->reset(); // the rows are listed again
    if (isSuspectReview())
        loadSuspects();
    else
        m_loader->load();
}

bool ReviewSession::isLoading() const { return m_loader->isLoading() || (m_suspects && m_suspects->isRunning()); }

void ReviewSession::onLoaded(const ApiError &error, int decisionsRestored)
{
    if (error.isError()) {
        emit loadFailed(error);
        return;
    }
    m_confirmer->adoptJournal();
    emit loadFinished(m_model->rowCount());
    if (m_computeLookAlikes)
        m_lookAlikes->start();
    if (std::exchange(m_resumeOnLoad, false))
        m_confirmer->resumeNow();
    if (decisionsRestored > 0)
        emit restored(decisionsRestored);
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
    const int n = m_model->rowCount();
    rows.reserve(n);
    for (int row = 0; row < n; ++row) {
        const SampleListModel::FilterKey &it = m_model->filterKey(row);
        if (it.state != ReviewState::ToReview || it.predicted < 0 || (it.hard && !rule.includeHard))
            continue;
        if (double(it.score) + 1e-6 >= std::as_const(thresholds)[it.predicted])
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
    const bool ok = decide(rows, DecisionList(rows.size(), Decision::accept()),
                           tr("Accept %n sample(s) above the threshold", nullptr, int(rows.size())));
    return ok ? int(rows.size()) : -1;
}

bool ReviewSession::startSpotCheck(const QList<int> &rows, const spotcheck::Target &target, quint64 seed, const QString &scopeText)
{
    const qsizetype members = m_spotCheck->membersIn(rows);
    QString refusal;
    if (isSaving())
        refusal = tr("The last decision is still being saved: start the spot-check in a moment.");
    else if (!m_journal.isOpen())
        refusal = tr("Decisions cannot be kept: there is no review journal. %1").arg(m_lastError);
    else if (members == 0)
        refusal = tr("There is nothing to check in this scope.");
    if (!refusal.isEmpty()) {
        emit spotCheckDrawn(false, refusal);
        return false;
    }
    ++m_saving;
    m_drawing = true;
    emit savingChanged(members);
    m_spotCheck->draw(&m_writer, rows, scopeText, target, seed, [this](const QString &error) {
        --m_saving;
        m_drawing = false;
        emit savingChanged(0);
        emit spotCheckDrawn(error.isEmpty(), error.isEmpty() ? QString() : tr("The spot-check was not stored: %1").arg(error));
    });
    return true;
}

QList<int> ReviewSession::undecidedRows() const
{
    QList<int> rows;
    const int n = m_model->rowCount();
    rows.reserve(n);
    for (int row = 0; row < n; ++row) {
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

bool ReviewSession::deleteSamples(const QList<int> &rows, bool deleteSource)
{
    m_deleteRefusal.clear();
    QStringList ids;
    for (int row : rows) {
        if (row < 0 || row >= m_model->rowCount() || m_model->item(row).state == ReviewState::Deleted)
            continue;
        const QString &id = m_model->item(row).id;
        if (m_spotCheck->isActive() && m_spotCheck->isDrawn(id))
            m_deleteRefusal = tr("%1 is drawn in the spot-check: answer it (reject a broken image) or discard the check first.")
                                      .arg(m_model->item(row).name);
        ids.append(id);
    }
    if (!m_client)
        m_deleteRefusal = tr("Not logged in: log in again, then delete.");
    else if (isConfirming())
        m_deleteRefusal = tr("Labels are being sent: delete when the confirmation has ended.");
    if (!m_deleteRefusal.isEmpty() || ids.isEmpty())
        return false;
    m_client->deleteSamples(m_datasetId, ids, deleteSource, this, [this](const Result<BatchUpdateResult> &r) {
        if (!r.ok()) {
            emit samplesDeleted(0, {}, r.error);
            return;
        }
        QList<int> gone;
        QStringList refused;
        for (const SampleOutcome &o : r.value->outcomes) {
            if (o.ok)
                gone.append(m_model->rowOf(o.sampleId));
            else
                refused.append(QStringLiteral("%1: %2 (%3)").arg(o.sampleId, o.errorMessage, o.errorCode));
        }
        m_model->setState(gone, ReviewState::Deleted);
        emit samplesDeleted(gone.size(), refused, {});
    });
    return true;
}

ReviewRound ReviewSession::nextRound() const
{
    ReviewRound next;
    next.number = m_round ? m_round->number + 1 : 2;
    next.previousTaskId = m_taskId;
    const SampleListModel::Counts &counts = m_model->counts();
    next.confirmedBefore = counts.confirmed + (m_round ? m_round->confirmedBefore : 0);
    if (const ReviewJournal::SpotCheck *check = m_spotCheck->check()) {
        next.before = m_spotCheck->estimate();
        next.confidence = check->plan.target.confidence;
        next.beforeScope = check->scope;
    }
    return next;
}
