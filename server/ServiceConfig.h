#pragma once

#include <QDateTime>
#include <QUrl>

#include <functional>

struct ServiceConfig
{
    QUrl publicUrl; // where clients reach the service; base of presigned URLs
    qint64 tokenLifetimeSeconds = 24 * 3600;
    qint64 urlLifetimeSeconds = 6 * 3600;
    qint64 maxClockSkewSeconds = 15 * 60;
    qint64 maxBodyBytes = 12 * 1024 * 1024;
    // The memory of request bodies in flight at once (BodyBudget): bodies past smallBodyBytes share it, and
    // one that does not fit is answered 503 with Retry-After before it is read.
    qint64 bodyBudgetBytes = 64 * 1024 * 1024;
    qint64 smallBodyBytes = 64 * 1024;
    int previewMaxSide = 256;
    // Failed password logins (LoginThrottle): a user locked after this many in a row, for this long; a
    // source held back after this many in a window.
    int loginFailuresBeforeLock = 5;
    qint64 loginLockSeconds = 5 * 60;
    int loginSourceFailures = 30;
    qint64 loginSourceWindowSeconds = 60;
    // The HTTP front (HttpFrontend): what a request and a connection may hold, and the threads that answer.
    qsizetype maxRequestLineBytes = 16 * 1024; // 414 past it
    qsizetype maxHeaderBytes = 32 * 1024; // 431 past it
    int maxConnections = 512; // 503 past it (lowered to fit the process's descriptor limit)
    int maxConnectionsPerSource = 256; // from one address: 503 past it, so one client cannot take every slot
    int idleTimeoutMs = 60 * 1000; // an idle connection is closed after it
    int requestTimeoutMs = 30 * 1000; // 408 when a request takes longer to arrive
    int ioThreads = 2; // move bytes: read requests, write answers (connections spread over them)
    int workerThreads = 4; // answer requests
    int heavyWorkerThreads = 2; // answer what costs (logins, task creation, previews, large bodies)
    std::function<qint64()> nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
};
