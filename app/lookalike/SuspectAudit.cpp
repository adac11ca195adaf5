#include "lookalike/SuspectAudit.h"

#include "learn/LabelAudit.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "samples/SampleListModel.h"
#include "threads/OffThread.h"

#include <QLocale>

#include <atomic>

namespace {

struct Input
{
    std::vector<std::int8_t> vectors;
    std::vector<int> labels;
    QStringList ids;
    QStringList names;
    QStringList labelNames;
    int dims = 0;
};

Input gather(const LabeledSamples &labeled)
{
    Input in;
    const SampleListModel &model = labeled.model();
    const LookAlikes *looks = labeled.looks();
    in.dims = looks->dims();
    in.labelNames = model.labels();
    for (int row = 0; row < model.rowCount(); ++row) {
        const ReviewItem &it = model.item(row);
        const std::int8_t *v = looks->vectorOf(row);
        if (!v || it.predicted < 0 || it.state == ReviewState::Deleted)
            continue;
        in.vectors.insert(in.vectors.end(), v, v + in.dims);
        in.labels.push_back(it.predicted);
        in.ids.append(it.id);
        in.names.append(it.name);
    }
    return in;
}

QStringList reasonsOf(const engine::AuditFinding &f, const Input &in)
{
    const QLocale locale;
    QStringList reasons;
    const QString given = in.labelNames.value(in.labels[size_t(f.index)]);
    if (f.duplicateOf >= 0)
        reasons.append(SuspectAudit::tr("the same image as %1, labeled %2")
                               .arg(in.names.value(f.duplicateOf), in.labelNames.value(in.labels[size_t(f.duplicateOf)])));
    if (f.neighbourCount > 0 && f.neighbourCount * 2 >= f.neighbours)
        reasons.append(
                SuspectAudit::tr("%1 of its %2 nearest look-alikes are labeled %3")
                        .arg(locale.toString(f.neighbourCount), locale.toString(f.neighbours), in.labelNames.value(f.neighbourLabel)));
    if (f.confident || f.likelyProbability > f.givenProbability)
        reasons.append(SuspectAudit::tr("a model trained without it gives %1 %2 and %3 %4")
                               .arg(given, locale.toString(f.givenProbability, 'f', 2), in.labelNames.value(f.likely),
                                    locale.toString(f.likelyProbability, 'f', 2)));
    return reasons;
}

QList<Suspect> describe(const std::vector<engine::AuditFinding> &findings, const Input &in)
{
    QList<Suspect> out;
    out.reserve(qsizetype(findings.size()));
    for (const engine::AuditFinding &f : findings) {
        Suspect s;
        s.id = in.ids.value(f.index);
        s.name = in.names.value(f.index);
        s.label = in.labelNames.value(in.labels[size_t(f.index)]);
        const int likely = f.duplicateOf >= 0                        ? in.labels[size_t(f.duplicateOf)]
                : f.confident || f.neighbourCount * 2 < f.neighbours ? f.likely
                                                                     : f.neighbourLabel;
        s.likely = in.labelNames.value(likely);
        s.score = f.score;
        s.flagged = f.flagged;
        s.reasons = reasonsOf(f, in);
        out.append(s);
    }
    return out;
}

} // namespace

SuspectAudit::SuspectAudit(QObject *parent)
    : QObject(parent)
{
    // The worker only stores how far it is; the GUI thread reads it (no event posted from the worker).
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        if (m_done)
            emit progress(m_done->load());
    });
}

qint64 SuspectAudit::flaggedCount() const
{
    return std::count_if(m_suspects.cbegin(), m_suspects.cend(), [](const Suspect &s) { return s.flagged; });
}

bool SuspectAudit::start(const LabeledSamples &labeled)
{
    if (m_running || !labeled.isReady())
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic<double>>(0.0);
    m_ticker.start();
    auto input = std::make_shared<Input>(gather(labeled));
    const auto cancel = m_cancel;
    const auto done = m_done;
    offthread::run(
            this,
            [input, cancel, done] {
                const auto report = [cancel, done](double part) {
                    done->store(part);
                    return !cancel->load();
                };
                const int classes = int(input->labelNames.size());
                const auto findings = engine::auditLabels(input->vectors.data(), int(input->labels.size()), input->dims, input->labels,
                                                          classes, {}, report);
                return std::make_shared<QList<Suspect>>(describe(findings, *input));
            },
            [this, cancel, input](const std::shared_ptr<QList<Suspect>> &suspects) {
                m_running = false;
                m_ticker.stop();
                if (cancel->load()) {
                    emit finished(false, tr("Cancelled."));
                    return;
                }
                m_suspects = *suspects;
                if (m_suspects.isEmpty() && !input->labels.empty())
                    emit finished(false, tr("The labels could not be audited: at least two labels with samples are needed."));
                else
                    emit finished(true, {});
            });
    return true;
}

void SuspectAudit::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}
