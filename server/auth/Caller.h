#pragma once

#include <QString>

// Who sent a /v2 request, as its token or AK/SK signature says.
struct Caller
{
    QString userId;
    QString projectId;
    QString annotatedBy; // "human/<domain>/<user>"
};
