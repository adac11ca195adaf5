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
    int previewMaxSide = 256;
    // Failed password logins (LoginThrottle): a user locked after this many in a row, for this long; a
    // source held back after this many in a window.
    int loginFailuresBeforeLock = 5;
    qint64 loginLockSeconds = 5 * 60;
    int loginSourceFailures = 30;
    qint64 loginSourceWindowSeconds = 60;
    std::function<qint64()> nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
};
