#pragma once

#include <QCoreApplication>
#include <QString>

// The hard-example reason ids of ModelArts (modelarts-api.md 7.6, ids 0 to 30) as sentences a reviewer
// understands, in the user's language (the ModelArts console shows none of them).
class HardReasonCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(HardReasonCatalog)
public:
    static QString text(int id);
    static bool isKnown(int id) { return id >= 0 && id <= 30; }
};
