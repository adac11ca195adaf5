#include "lookalike/SuspectSource.h"

#include "lookalike/LabeledSamples.h"
#include "samples/SampleListModel.h"

#include <cmath>

namespace {

// A flagged suspect as a sample of the review, from the row the listing gave.
Sample asSample(const Suspect &s, const SampleListModel &model, int row)
{
    const ReviewItem &it = model.item(row);
    Sample out;
    out.id = it.id;
    out.name = it.name;
    out.preview = QString::fromUtf8(model.previewUrl(it).toEncoded());
    out.source = QString::fromUtf8(model.sourceUrl(it).toEncoded());
    out.width = it.width;
    out.height = it.height;
    out.channels = it.channels;
    out.sizeBytes = it.sizeBytes;
    SampleLabel label;
    label.name = s.label;
    label.score = 1.0 - s.score;
    out.labels = { label };
    out.status = QStringLiteral("MANUAL_ANNOTATION");
    out.hard.hard = true;
    out.hard.coefficient = s.score;
    return out;
}

} // namespace

SuspectSource::SuspectSource(LabeledSamples *labeled, QObject *parent)
    : QObject(parent)
    , m_labeled(labeled)
{
    const auto half = progressSteps / 2;
    connect(labeled, &LabeledSamples::progress, this, [this, half](qint64 done, qint64 total) {
        if (m_running && total > 0)
            emit progress(half * std::min(done, total) / total, progressSteps);
    });
    connect(labeled, &LabeledSamples::finished, this, [this](bool ok, const QString &error) {
        if (!m_running)
            return;
        if (ok) {
            audit();
            return;
        }
        m_running = false;
        ApiError e = m_labeled->lastError();
        if (!e.isError()) // not the service's nor the network's: cancelled, or the previews or the cache
            e = localError(error);
        emit failed(e);
    });
    connect(&m_audit, &SuspectAudit::progress, this,
            [this, half](double done) { emit progress(half + qint64(std::lround(half * done)), progressSteps); });
    connect(&m_audit, &SuspectAudit::finished, this, &SuspectSource::onAudited);
}

void SuspectSource::start()
{
    if (m_running || !m_labeled)
        return;
    m_running = true;
    m_cancelled = false;
    emit progress(0, progressSteps);
    if (m_labeled->isReady())
        audit();
    else if (!m_labeled->isRunning())
        m_labeled->start(); // else its finish comes
}

void SuspectSource::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_audit.isRunning())
        m_audit.cancel(); // its finish says so
    else if (m_labeled)
        m_labeled->cancel();
}

const Suspect *SuspectSource::suspect(const QString &id) const
{
    const auto it = m_suspects.constFind(id);
    return it == m_suspects.cend() ? nullptr : &*it;
}

ApiError SuspectSource::localError(const QString &message) const
{
    ApiError e;
    e.kind = m_cancelled ? ApiError::Kind::Cancelled : ApiError::Kind::Io;
    e.message = message;
    return e;
}

void SuspectSource::audit()
{
    if (!m_audit.start(*m_labeled)) {
        m_running = false;
        emit failed(localError(tr("The labels could not be audited.")));
    }
}

void SuspectSource::onAudited(bool ok, const QString &error)
{
    m_running = false;
    if (!ok) {
        emit failed(localError(error));
        return;
    }
    const SampleListModel &model = m_labeled->model();
    m_audited = model.rowCount();
    m_suspects.clear();
    m_skipped = 0;
    QList<Sample> samples;
    for (const Suspect &s : m_audit.suspects()) {
        const int row = model.rowOf(s.id);
        if (!s.flagged || row < 0 || (!m_scope.isEmpty() && !m_scope.contains(s.id)))
            continue;
        if (m_vouched.value(s.id) == s.label) {
            ++m_skipped;
            continue;
        }
        m_suspects.insert(s.id, s);
        samples.append(asSample(s, model, row));
    }
    emit ready(samples);
}
