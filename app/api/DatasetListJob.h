#pragma once

#include "api/ApiConnection.h"

#include <QObject>
#include <QPointer>

// Lists every dataset of the project, page after page, until the service's total is reached (or a page
// comes back empty). One job per listing; it deletes itself after `finished`. cancel() sends no further
// page and emits nothing more.
class DatasetListJob final : public QObject
{
    Q_OBJECT
public:
    DatasetListJob(ApiConnection *connection, QString search, QObject *parent);
    Q_DISABLE_COPY_MOVE(DatasetListJob)

    void start();
    void cancel();

signals:
    void progress(qint64 fetched, qint64 total);
    void finished(const Result<QList<Dataset>> &result);

private:
    void requestPage();
    void end(const Result<QList<Dataset>> &result);

    QPointer<ApiConnection> m_connection;
    QString m_search;
    QList<Dataset> m_all;
    int m_page = 0;
    bool m_cancelled = false;
};
