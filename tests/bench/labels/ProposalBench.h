#pragma once

#include <QString>

// How often the label picker's first proposals are right where the machine was wrong: a folder of class
// sub-folders imported into modelarts-local with `labeledPerClass` labeled per class, an auto-label task
// run, its review opened with the app's code (look-alike vectors, the labeled samples described, the
// LabelProposer trained on them), and for every sample whose machine label is wrong, the proposals with
// that label left out (as the picker gets them when relabeling). Prints first_proposal_share and
// first_three_share, and the counts behind them; false after saying why on stderr.
namespace proposalbench {

bool run(const QString &folder, int labeledPerClass, quint32 seed);

} // namespace proposalbench
