#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class MessageArea;
class ReviewSession;

// What a review says in its message area, and when each message ends: decisions restored, a decision not
// stored, a listing that failed (with Retry) or came back empty, samples the service refused (until none
// is left), samples that could not be sent (with Send now, until they are sent).
class ReviewNotices final : public QObject
{
    Q_OBJECT
public:
    ReviewNotices(MessageArea *area, QObject *parent);
    Q_DISABLE_COPY_MOVE(ReviewNotices)

    // Follows this session (nullptr: none); `reload` lists the samples again.
    void follow(ReviewSession *session, std::function<void()> reload);
    // The review's counts changed: a refused message ends when nothing is refused any more.
    void refusedLeft(qint64 samples);

private:
    void connectLoading(ReviewSession *session);
    void connectAudit(ReviewSession *session); // a suspect review's: the audit, with Cancel, and what it found
    void showUnsent(qint64 samples);

    MessageArea *m_area;
    QPointer<ReviewSession> m_session;
    std::function<void()> m_reload;
    std::unique_ptr<QObject> m_context; // the connections to the session followed
};
