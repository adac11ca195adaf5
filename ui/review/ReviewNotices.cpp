#include "review/ReviewNotices.h"

#include "review/ReviewSession.h"
#include "widgets/MessageArea.h"

#include <QLocale>

#include <memory>
#include <utility>

ReviewNotices::ReviewNotices(MessageArea *area, QObject *parent)
    : QObject(parent)
    , m_area(area)
{
}

void ReviewNotices::follow(ReviewSession *session, std::function<void()> reload)
{
    m_context = std::make_unique<QObject>();
    m_session = session;
    m_reload = std::move(reload);
    m_area->clearAll();
    if (!session)
        return;
    QObject *context = m_context.get();
    connect(session, &ReviewSession::restored, context, [this](int n) {
        m_area->show(QStringLiteral("restored"),
                     tr("%n decision(s) from your last session on this task were restored. Nothing was lost.", nullptr, n));
    });
    connect(session, &ReviewSession::decisionFailed, context,
            [this](const QString &error) { m_area->show(QStringLiteral("decision"), error, MessageArea::Kind::Error); });
    connect(session, &ReviewSession::confirmFinished, context, [this](const ConfirmReport &report) {
        if (!report.refused.isEmpty())
            m_area->show(QStringLiteral("refused"),
                         tr("%n sample(s) were refused by the service and stay decided: show them with “Refused by the service”.", nullptr,
                            int(report.refused.size())),
                         MessageArea::Kind::Error);
        else if (report.notSent == 0)
            m_area->clear(QStringLiteral("refused"));
    });
    connect(session, &ReviewSession::unsentChanged, context, [this](qint64 n) { showUnsent(n); });
    // A bulk decision shows when it is durable; until then the reviewer is told it is being saved.
    connect(session, &ReviewSession::savingChanged, context, [this](qint64 n) {
        if (n > 0 && m_session && m_session->isDrawingSpotCheck())
            m_area->show(QStringLiteral("saving"), tr("Drawing the spot-check's sample from %n sample(s)…", nullptr, int(n)));
        else if (n > 0)
            m_area->show(QStringLiteral("saving"), tr("Saving %n decision(s)…", nullptr, int(n)));
        else
            m_area->clear(QStringLiteral("saving"));
    });
    connectLoading(session);
}

void ReviewNotices::connectLoading(ReviewSession *session)
{
    if (session->isSuspectReview()) {
        connectAudit(session);
        return;
    }
    QObject *context = m_context.get();
    connect(session, &ReviewSession::loadFinished, context, [this](qint64 total) {
        m_area->clear(QStringLiteral("load"));
        if (total == 0)
            m_area->show(QStringLiteral("empty"),
                         tr("This task left no auto-labeled samples to review: they are all confirmed, or it labeled none."));
    });
    connect(session, &ReviewSession::loadFailed, context, [this](const ApiError &e) {
        m_area->show(QStringLiteral("load"),
                     tr("The samples could not be listed: %1. What is shown stays, and your decisions are kept; Review > Reload "
                        "the samples (Ctrl+R) tries again.")
                             .arg(e.toString()),
                     MessageArea::Kind::Error, tr("Retry"), m_reload);
    });
}

void ReviewNotices::refusedLeft(qint64 samples)
{
    if (samples == 0)
        m_area->clear(QStringLiteral("refused")); // corrected, undecided or sent since
}

void ReviewNotices::showUnsent(qint64 samples)
{
    if (samples <= 0 || !m_session) {
        m_area->clear(QStringLiteral("unsent"));
        return;
    }
    ReviewConfirmer *confirmer = m_session->confirmer();
    const QString when = confirmer->resumeDelayMs() > 0 ? tr("They go by themselves when the service answers again.")
                                                        : tr("Send them when you are ready.");
    m_area->show(QStringLiteral("unsent"),
                 tr("%n decided sample(s) could not be sent: the service did not answer. They stay decided. %1", nullptr, int(samples))
                         .arg(when),
                 MessageArea::Kind::Error, tr("Send now"), [confirmer] { confirmer->resumeNow(); });
}

void ReviewNotices::connectAudit(ReviewSession *session)
{
    QObject *context = m_context.get();
    auto auditing = [this] {
        m_area->show(QStringLiteral("load"),
                     tr("Auditing the labels already given: listing them, describing their images, then judging each by a model "
                        "trained without it and by its look-alikes…"),
                     MessageArea::Kind::Info, tr("Cancel"), [this] {
                         if (m_session)
                             m_session->cancelLoad();
                     });
    };
    // Shown once when an audit starts (the listing reports 0 again after each page): dismissed, it stays so.
    auto shown = std::make_shared<bool>(session->isLoading());
    if (*shown)
        auditing();
    connect(session, &ReviewSession::loadProgress, context, [auditing, shown](qint64 done) {
        if (done == 0 && !std::exchange(*shown, true))
            auditing();
    });
    connect(session, &ReviewSession::loadFailed, context, [shown] { *shown = false; });
    connect(session, &ReviewSession::loadFinished, context, [this, shown](qint64 total) {
        *shown = false;
        const qint64 audited = m_session ? m_session->auditedCount() : 0;
        const qint64 skipped = m_session ? m_session->vouchedSkipped() : 0;
        const qsizetype scope = m_session ? m_session->suspectScopeSize() : 0;
        const QString of = QLocale().toString(scope > 0 ? qint64(scope) : audited);
        QString text = total == 0 && scope > 0 ? tr("No label is questioned among the %1 this review confirmed.").arg(of)
                : total == 0 ? tr("No label is questioned: each of the %1 labeled samples agrees with its look-alikes and "
                                  "with a model trained without it.")
                                       .arg(of)
                : scope > 0 ? tr("%n of the %1 labels this review confirmed look wrong, most suspect first. A suspect is a reason to "
                                 "look, not a verdict: keep (A), relabel or reject each, then confirm.",
                                 nullptr, int(total))
                                      .arg(of)
                            : tr("%n of the %1 labeled samples look mislabeled, most suspect first. A suspect is a "
                                 "reason to look, not a verdict: keep (A), relabel or reject each, then confirm.",
                                 nullptr, int(total))
                                      .arg(of);
        if (skipped > 0)
            text += QLatin1Char(' ') + tr("%n label(s) you kept or chose before are not questioned again.", nullptr, int(skipped));
        m_area->show(QStringLiteral("load"), text);
    });
    connect(session, &ReviewSession::loadFailed, context, [this](const ApiError &e) {
        if (e.kind == ApiError::Kind::Cancelled)
            m_area->show(QStringLiteral("load"), tr("The audit was cancelled. Review > Reload the samples (Ctrl+R) runs it again."),
                         MessageArea::Kind::Info, tr("Audit again"), m_reload);
        else
            m_area->show(QStringLiteral("load"), tr("The labels could not be audited: %1. Your decisions are kept.").arg(e.toString()),
                         MessageArea::Kind::Error, tr("Retry"), m_reload);
    });
}
