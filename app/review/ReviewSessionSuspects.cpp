#include "review/ReviewSession.h"

#include "lookalike/LabelProposer.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "lookalike/SuspectSource.h"

// The dataset's labeled samples, and a suspect review's samples: those of them an audit questions.

LabeledSamples *ReviewSession::labeledSamples()
{
    if (!m_labeledSamples) {
        m_labeledSamples = new LabeledSamples(this);
        m_proposer->setLabeled(m_labeledSamples);
        connect(m_labeledSamples, &LabeledSamples::finished, m_proposer, &LabelProposer::refresh);
        m_labeledSamples->setSource(m_client, m_datasetId, m_model->labels(), m_lookAlikes->cachePath(), m_lookAlikes->sslConfiguration());
    }
    return m_labeledSamples;
}

void ReviewSession::loadSuspects()
{
    if (!m_suspects) { // the labeled samples over the cache set by now
        m_suspects = new SuspectSource(labeledSamples(), this);
        m_confirmer->setKeptAsCertain(true);
        connect(m_suspects, &SuspectSource::progress, this, &ReviewSession::loadProgress);
        connect(m_suspects, &SuspectSource::ready, this, [this](const QList<Sample> &samples) { m_loader->loadGiven(samples); });
        connect(m_suspects, &SuspectSource::failed, this, &ReviewSession::loadFailed);
    }
    m_suspects->setVouched(m_journal.vouched());
    m_suspects->setScope(m_suspectScope);
    m_suspects->start();
}

void ReviewSession::cancelLoad()
{
    if (m_suspects)
        m_suspects->cancel();
}

const Suspect *ReviewSession::suspectOf(const QString &id) const { return m_suspects ? m_suspects->suspect(id) : nullptr; }

qint64 ReviewSession::auditedCount() const { return m_suspects ? m_suspects->auditedCount() : 0; }

qint64 ReviewSession::vouchedSkipped() const { return m_suspects ? m_suspects->vouchedSkipped() : 0; }
