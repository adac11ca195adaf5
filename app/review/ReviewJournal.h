#pragma once

#include "ReviewItem.h"

#include <QHash>
#include <QString>
#include <QUrl>

// The reviewer's decisions on disk, written (and synced) before the window shows them as made: after a
// crash, a kill or a lost network, a new ReviewSession on the same journal has every decision back.
// One SQLite file per endpoint + project + dataset + task, under the user's data location. Holds sample
// ids, labels and times only; never a credential.
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
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // All or nothing, in one transaction: a None decision removes the sample's entry.
    bool record(const QList<QPair<QString, Decision>> &decisions);
    // Confirmed samples leave the journal (their labels are on the service now).
    bool forget(const QStringList &sampleIds);
    QHash<QString, Decision> load() const;

private:
    bool fail(const QString &what);

    QString m_connection;
    QString m_path;
    QString m_lastError;
};
