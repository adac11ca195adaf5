#pragma once

#include "storage/Records.h"

class Storage;

// Datasets and labels as the ModelArts API writes them.
namespace datasetjson {

// A dataset's details (modelarts-api.md 3.2), its counts and labels read from `storage`.
QJsonObject dataset(const Storage &storage, const DatasetRecord &dataset);
// {name, type, property: {"@modelarts:color"}}
QJsonObject label(const LabelRecord &label);

} // namespace datasetjson
