#pragma once

#include "storage/SampleStore.h"

#include <QString>

// The search_conditions parameter of a sample listing (ListSamples): a JSON array of conditions (or one
// object), ANDed. Each may have "metadata" (SearchProp: {"op": "AND" | "OR", "props": {key: [values]}},
// modelarts-api-grouping.md 3.2: within a key any listed value matches, no values means the key is
// present), "sample_name" (part of the name) and "label_list" ({"labels": [{"name": ...}]}). A condition
// this listing cannot apply is refused, never ignored.
namespace sampleconditions {

bool apply(const QString &conditions, SampleQuery &query, QString *error);

} // namespace sampleconditions
