// ScriptedServer is header-only; this file gives its QObject meta-object (moc) one home.
#include "support/ScriptedServer.h"
