#pragma once

#include <QLoggingCategory>

// Never log tokens, passwords, SKs or presigned URLs' signatures: log origins and paths.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
