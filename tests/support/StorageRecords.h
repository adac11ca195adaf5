#pragma once

// Rows for the storage tests: a sample with a name (and a label), a dataset with the labels cat and dog.

#include "Ids.h"
#include "storage/Storage.h"

namespace storagetest {

inline SampleRecord sample(const QString &datasetId, const QString &name, const QString &label = {})
{
    SampleRecord s;
    s.id = ids::hex32();
    s.datasetId = datasetId;
    s.name = name;
    s.dir = QStringLiteral("/d/");
    s.relPath = QStringLiteral("images/") + name;
    s.width = 10;
    s.height = 20;
    s.channels = 3;
    if (!label.isEmpty())
        s.labels.append(SampleLabelRecord{ label, 0, std::nullopt, {} });
    return s;
}

inline DatasetRecord dataset(Storage &storage, const QString &name)
{
    const ProjectRecord p = storage.identity().ensureProject(QStringLiteral("local"));
    DatasetRecord d{ ids::resourceId(), p.id, name, {}, 0, 1, 1 };
    storage.datasets().insert(d);
    storage.datasets().insertLabel(d.id, LabelRecord{ QStringLiteral("cat"), 0, {} });
    storage.datasets().insertLabel(d.id, LabelRecord{ QStringLiteral("dog"), 0, {} });
    return d;
}

} // namespace storagetest
