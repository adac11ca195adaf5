#pragma once

#include "stats/SpotCheck.h"
#include "types/ReviewItem.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <QSet>

#include <functional>
#include <optional>

// The reviewer's decisions on disk, written (and synced) before the window shows them as made: after a
// crash, a kill or a lost network, a new ReviewSession on the same journal has every decision back.
// Decisions being sent are marked as such, with the label sent, until the service has answered: after a
// crash mid-confirmation the next login finds them (unsentWork) and finishes sending them.
// One SQLite file per endpoint + project + dataset + task, under the user's data location. Holds sample
// ids, labels, times and which review it is (endpoint, project, dataset, task); never a credential.
class ReviewJournal final
{
public:
    ReviewJournal() = default;
    ~ReviewJournal();
    Q_DISABLE_COPY_MOVE(ReviewJournal)

    // <dir>/journals/<hash of the four>.sqlite
    static QString pathFor(const QString &dataDir, const QUrl &endpoint, const QString &projectId, const QString &datasetId,
                           const QString &taskId);

    bool open(const QString &path);

    // Which review the journal is for, kept in it (for unsentWork).
    struct Info
    {
        QString endpoint;
        QString projectId;
        QString datasetId;
        QString datasetName;
        QString taskId;
    };
    bool setInfo(const Info &info);
    Info info() const;

    // The journals under dataDir (pathFor's) for this endpoint and project that hold samples being sent.
    struct Unsent
    {
        Info info;
        QString path;
        qint64 samples = 0;
    };
    static QList<Unsent> unsentWork(const QString &dataDir, const QUrl &endpoint, const QString &projectId);
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Spot-check answers: sample id -> what the reviewer said of it (Unchecked: no answer any more).
    using Answers = QList<QPair<QString, spotcheck::Answer>>;
    static spotcheck::Answer answerOf(const Decision &decision); // accept: right; relabel, reject: wrong
    // All or nothing, in one transaction: a None decision removes the sample's entry; the answers of the
    // spot-check's members among `answers` are stored with them (the others' stay as they were).
    bool record(const QList<QPair<QString, Decision>> &decisions, const Answers &answers = {});
    // Confirmed samples leave the journal (their labels are on the service now). `vouched`: (id, label) of
    // labels a person kept or chose in a suspect review, remembered in the same step so that an audit does
    // not question them again while they carry that label.
    bool forget(const QStringList &sampleIds, const QList<QPair<QString, QString>> &vouched = {});
    QHash<QString, QString> vouched() const;
    QHash<QString, Decision> load() const;

    // Commits go to the disk before they return (FULL), or only to the file (NORMAL, the default: they
    // survive the app's crash or kill -9 at once, a power cut once sync() ran).
    bool setFullSync(bool on);
    // Puts what the journal at `path` has committed on the disk (it then survives a power cut): any
    // thread, its own file handles.
    static bool sync(const QString &path, QString *error);
    // Before a batch update: these samples (id -> the label sent, empty for unlabeled) are being sent.
    bool markSending(const QList<QPair<QString, QString>> &samples);
    // The service answered (refused) or the send was cancelled: decided again, not being sent.
    bool clearSending(const QStringList &sampleIds);
    // Samples being sent when the last answer did not come: id -> the label sent.
    QHash<QString, QString> sending() const;

    // The review's spot-check: the plan (scope, strata, who is drawn) with its answers. An answer is what
    // the reviewer said of one sample while it was the one shown; a bulk or threshold decision gives none
    // (it is not evidence). An answer stays when its decision is confirmed and forgotten.
    struct SpotCheck
    {
        spotcheck::Plan plan;
        QStringList labels; // the review's labels, which plan's label indices refer to
        QString scope; // how the scope was chosen, as the reviewer saw it
        qint64 createdMs = 0;
    };
    bool saveSpotCheck(const SpotCheck &check); // replaces the one there was
    bool saveSpotCheckSizes(const spotcheck::Plan &plan); // after drawMore
    bool removeSpotCheck();
    // After another connection (the writer thread's) saved a check: which samples it holds.
    bool reloadSpotIds();
    // The members' ids as the spot-check just stored says them (read on the thread that stored it).
    void adoptSpotIds(QSet<QString> ids) { m_spotIds = std::move(ids); }
    std::optional<SpotCheck> spotCheck() const;

private:
    bool fail(const QString &what);
    bool putAnswers(const Answers &answers);
    bool insertSpotMembers(const QList<spotcheck::Member> &members);
    bool migrate();
    bool migrateSpotCheck();
    bool inTransaction(const std::function<bool()> &work);
    bool putRows(const QList<QPair<QString, Decision>> &rows);
    bool removeRows(const QStringList &ids);
    static QString endpointKey(const QUrl &endpoint);

    QString m_connection;
    QString m_path;
    QString m_lastError;
    QSet<QString> m_spotIds; // the spot-check's drawn and undrawn members (whose answers record() keeps)
};
