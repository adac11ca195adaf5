#pragma once

#include <QStringList>

// The confusion view at scale: a review page of `samples` samples over `labels` (machine label i % labels,
// no service: the rows put in the model directly), a tenth of them decided (accepted, or relabeled to one of
// two other labels), the confusion view open. Prints confusion_update_ms (the slowest of 50 single
// decisions, from the decision until the view, the grid and the filter have followed; the journal's write
// is issue 35's stall_decision_ms, not in it) and confusion_filter_stall_ms (a click on the most confused
// cell, until the grid shows its samples: the GUI thread's longest hold). False after saying why.
namespace confusionbench {

bool run(int samples, const QStringList &labels);

} // namespace confusionbench
