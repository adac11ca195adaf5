#pragma once

#include "lookalike/SuspectAudit.h"
#include "types/ModelArtsTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class LabeledSamples;

// The samples of a suspect review: the dataset's labeled samples listed and described (a LabeledSamples,
// the review's), audited off the GUI thread (SuspectAudit), and the flagged ones handed on as the samples
// of a review, most suspect first. In it, the label as given is what the reviewer keeps (accepts),
// changes or rejects; its score is the audit's belief in it (1 - the suspicion), and each is a hard
// example whose coefficient is the suspicion. The reasons stay here for the detail pane.
class SuspectSource final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(SuspectSource)
    explicit SuspectSource(LabeledSamples *labeled, QObject *parent = nullptr);

    // Lists and describes the labeled samples when they are not yet, then audits them; ready or failed
    // follows. Nothing when it runs.
    void start();
    void cancel();
    // Labels a person kept or chose before (sample id -> label): not questioned again while they carry it.
    void setVouched(QHash<QString, QString> vouched) { m_vouched = std::move(vouched); }
    qint64 vouchedSkipped() const { return m_skipped; } // flagged by the last audit, but vouched for
    // Only these samples are handed on (empty: all); the audit learns from every labeled sample.
    void setScope(QSet<QString> ids) { m_scope = std::move(ids); }
    bool isRunning() const { return m_running; }
    // The suspect behind a sample of the review (nullptr for any other).
    const Suspect *suspect(const QString &id) const;
    qint64 auditedCount() const { return m_audited; }
    static constexpr int progressSteps = 1000; // progress(done, progressSteps): the listing half, the audit half

signals:
    void progress(qint64 done, qint64 total);
    void ready(const QList<Sample> &samples);
    void failed(const ApiError &error);

private:
    void audit();
    void onAudited(bool ok, const QString &error);
    ApiError localError(const QString &message) const; // cancelled, or a failure here (the previews, the audit)

    QPointer<LabeledSamples> m_labeled;
    SuspectAudit m_audit;
    QHash<QString, Suspect> m_suspects; // the flagged, by sample id
    QHash<QString, QString> m_vouched;
    QSet<QString> m_scope;
    qint64 m_skipped = 0;
    qint64 m_audited = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
