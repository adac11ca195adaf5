#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

class LabeledSamples;

// A labeled sample whose label the audit questions, with its reasons in words (the app's language).
struct Suspect
{
    QString id;
    QString name;
    QString label; // as given
    QString likely; // the label the evidence points to (may be empty)
    double score = 0; // 0..1
    bool flagged = false; // false: ranked, but below every rule
    QStringList reasons;
};

// The audit of a dataset's labeled samples (engine::auditLabels over the vectors LabeledSamples has), off
// the GUI thread, the suspects most suspect first with their reasons: "7 of its 8 nearest look-alikes are
// labeled tulips", "a model trained without it gives roses 0.03 and tulips 0.81", "the same image as
// img_0412.jpg, labeled daisy". A suspect is a reason to look, not a verdict.
class SuspectAudit final : public QObject
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(SuspectAudit)
    explicit SuspectAudit(QObject *parent = nullptr);

    // Audits what `labeled` has described (it must be ready); finished follows. False when it is not ready
    // or an audit runs.
    bool start(const LabeledSamples &labeled);
    void cancel();
    bool isRunning() const { return m_running; }
    // Every audited sample, the flagged first, each part most suspect first.
    const QList<Suspect> &suspects() const { return m_suspects; }
    qint64 flaggedCount() const;

signals:
    void progress(double done); // 0..1
    void finished(bool ok, const QString &error);

private:
    QList<Suspect> m_suspects;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic<double>> m_done;
    QTimer m_ticker;
};
