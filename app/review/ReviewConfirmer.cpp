#include "review/ReviewConfirmer.h"

#include "review/ReviewJournal.h"
#include "samples/SampleListModel.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConfirm, "autolabel.review.confirm", QtWarningMsg)

ReviewConfirmer::ReviewConfirmer(SampleListModel *model, ReviewJournal &journal, QString datasetId, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_journal(journal)
    , m_datasetId(std::move(datasetId))
{
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setObjectName(QStringLiteral("resumeSending"));
    connect(&m_resumeTimer, &QTimer::timeout, this, &ReviewConfirmer::resumeNow);
}

void ReviewConfirmer::setClient(ModelArtsClient *client)
{
    m_client = client;
    // A new login after the session was gone: what could not go, goes now.
    if (client && !m_sending && !m_unsent.isEmpty())
        m_resumeTimer.start(0);
}

void ReviewConfirmer::setResumeDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
}

QList<SampleLabel> ReviewConfirmer::labelsFor(int row) const
{
    const ReviewItem &it = m_model->item(row);
    QString name;
    if (it.decision == DecisionKind::Accept)
        name = m_model->labelName(it.predicted);
    else if (it.decision == DecisionKind::Relabel)
        name = m_model->labelName(it.decidedLabel);
    if (name.isEmpty())
        return {}; // rejected: unlabeled
    // As the seed's confirmation does: an accepted label as the machine gave it (the auto label copied, with
    // its score: what an export later reports as the machine's score), a label a person chose as certain;
    // neither is hard any more.
    SampleLabel label;
    label.name = name;
    label.type = 0;
    label.score = it.decision == DecisionKind::Accept && !m_keptAsCertain ? double(it.score) : 1.0;
    label.property = QJsonObject{ { QStringLiteral("@modelarts:hard_coefficient"), QStringLiteral("0.0") },
                                  { QStringLiteral("@modelarts:hard"), QStringLiteral("false") } };
    return { label };
}

QList<int> ReviewConfirmer::unsentRows() const
{
    QList<int> rows;
    for (const QString &id : m_unsent) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->item(row).state == ReviewState::Decided && m_model->item(row).decision != DecisionKind::None)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ReviewConfirmer::adoptJournal()
{
    const QHash<QString, QString> sending = m_journal.sending();
    QStringList answered;
    for (auto it = sending.cbegin(); it != sending.cend(); ++it) {
        if (m_model->rowOf(it.key()) >= 0)
            m_unsent.insert(it.key());
        else
            answered.append(it.key()); // no longer listed: the service has it
    }
    if (!answered.isEmpty() && !m_journal.forget(answered))
        qCWarning(lcConfirm) << "journal: samples the service has were not forgotten:" << m_journal.lastError();
    emit unsentChanged(unsentCount());
}

void ReviewConfirmer::resumeNow()
{
    m_resumeTimer.stop();
    const QList<int> rows = unsentRows();
    if (!m_sending && !rows.isEmpty())
        send(rows, true);
}

bool ReviewConfirmer::send(const QList<int> &rows, bool resumed)
{
    if (m_sending || !m_client || rows.isEmpty())
        return false;
    QList<SampleUpdate> updates;
    updates.reserve(rows.size());
    QList<QPair<QString, QString>> marks;
    marks.reserve(rows.size());
    QHash<QString, int> rowOf;
    rowOf.reserve(rows.size());
    for (int row : rows) {
        const QString &id = m_model->item(row).id;
        updates.append(SampleUpdate{ id, labelsFor(row), {} });
        marks.append({ id, updates.last().labels.isEmpty() ? QString() : updates.last().labels.first().name });
        rowOf.insert(id, row);
    }
    // On its way first, in the journal: a crash from here on leaves the next session knowing it.
    if (!m_journal.markSending(marks)) {
        m_lastError = tr("The samples were not sent: the review journal cannot record them as being sent: %1").arg(m_journal.lastError());
        return false;
    }
    m_resumeTimer.stop();
    m_sending = true;
    m_job = m_client->batchUpdate(
            m_datasetId, updates, this, [this, rowOf, resumed](const Result<BatchUpdateResult> &r) { onFinished(r, rowOf, resumed); },
            [this](qint64 answered, qint64 total) { emit progress(answered, total); });
    return true;
}

void ReviewConfirmer::cancel()
{
    if (m_job)
        m_job->cancel();
    m_resumeTimer.stop();
}

void ReviewConfirmer::onFinished(const Result<BatchUpdateResult> &r, const QHash<QString, int> &rowOf, bool resumed)
{
    m_sending = false;
    ConfirmReport report;
    report.resumed = resumed;
    QList<int> confirmedRows;
    QStringList confirmedIds;
    QStringList answeredOrCancelled; // no longer on their way
    for (const SampleOutcome &o : r.value ? r.value->outcomes : QList<SampleOutcome>{}) {
        const int row = rowOf.value(o.sampleId, -1);
        if (row < 0)
            continue;
        if (o.ok) {
            confirmedRows.append(row);
            confirmedIds.append(o.sampleId);
            m_unsent.remove(o.sampleId);
        } else if (o.errorCode == ModelArtsClient::cancelledCode) {
            report.cancelled = true; // not sent: still decided, nothing to say
            answeredOrCancelled.append(o.sampleId);
            m_unsent.remove(o.sampleId);
        } else if (o.notSent) {
            ++report.notSent; // stays decided and unmarked, and on its way in the journal
            m_unsent.insert(o.sampleId);
        } else {
            report.refused.append(o);
            answeredOrCancelled.append(o.sampleId);
            m_unsent.remove(o.sampleId);
            m_model->setState({ row }, ReviewState::Failed,
                              o.errorCode.isEmpty() ? o.errorMessage : QStringLiteral("%1: %2").arg(o.errorCode, o.errorMessage));
        }
    }
    if (!r.ok())
        report.fault = r.error; // the whole update could not start (no session)
    else if (report.notSent > 0)
        report.fault = r.value->fault;
    report.confirmed = confirmedRows.size();
    m_model->setState(confirmedRows, ReviewState::Confirmed);
    // The service has them now; if this write is lost, the journal keeps entries for samples that no
    // longer come back from the service, which adoptJournal() forgets on the next load.
    QList<QPair<QString, QString>> vouched; // a suspect review's labels kept or chosen
    for (int row : std::as_const(confirmedRows)) {
        const QList<SampleLabel> labels = m_keptAsCertain ? labelsFor(row) : QList<SampleLabel>();
        if (!labels.isEmpty())
            vouched.append({ m_model->item(row).id, labels.first().name });
    }
    if (!m_journal.forget(confirmedIds, vouched))
        qCWarning(lcConfirm) << "journal: confirmed samples not forgotten:" << m_journal.lastError();
    if (!m_journal.clearSending(answeredOrCancelled))
        qCWarning(lcConfirm) << "journal: answered samples still marked as being sent:" << m_journal.lastError();
    if (report.notSent > 0 && !report.cancelled)
        scheduleResume(report.fault);
    else
        m_resumeTimer.setInterval(0);
    emit unsentChanged(unsentCount());
    emit finished(report);
}

void ReviewConfirmer::scheduleResume(const ApiError &fault)
{
    if (fault.kind == ApiError::Kind::Auth)
        return; // after the next login (setClient)
    // 5 s, then twice as long each time it still cannot go, up to the maximum.
    const int last = m_resumeTimer.interval();
    const int next = last <= 0 ? m_firstDelayMs : qMin(m_maxDelayMs, last * 2);
    m_resumeTimer.start(next);
}
