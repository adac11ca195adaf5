#include "AppLog.h"

Q_LOGGING_CATEGORY(lcNet, "autolabel.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "autolabel.auth", QtWarningMsg)
