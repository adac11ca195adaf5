#include "ServerLog.h"

Q_LOGGING_CATEGORY(lcServer, "modelarts.local.server")
Q_LOGGING_CATEGORY(lcStorage, "modelarts.local.storage")
Q_LOGGING_CATEGORY(lcEngine, "modelarts.local.engine", QtInfoMsg)
