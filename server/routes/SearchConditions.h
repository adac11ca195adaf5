#pragma once

#include "storage/AnnotationStore.h"

#include <QString>

// The search_conditions parameter of an auto-annotation listing (modelarts-api.md 5.1): a JSON array of
// conditions (or one object) with "hard", "sample_name", "label_list", "score" and "coefficient".
namespace searchconditions {

// Narrows `query` by `conditions`. False with *error (the parameter message, naming the condition) when
// they cannot apply.
bool apply(const QString &conditions, AutoQuery &query, QString *error);

} // namespace searchconditions
