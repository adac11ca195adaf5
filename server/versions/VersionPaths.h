#pragma once

#include "storage/Records.h"

#include <QJsonObject>

// Where a dataset's published versions live. The service's one OBS bucket, "modelarts-local", is its data
// directory: "/modelarts-local/<key>" (the API's paths) is "<data dir>/<key>" on disk.
namespace versionpaths {

inline const QString bucket = QStringLiteral("/modelarts-local/");

// "<dataset>/output/<dataset>-<id>/annotation/<version>/", below the data directory.
inline QString versionDir(const DatasetRecord &dataset, const QString &versionName)
{
    return QStringLiteral("%1/output/%1-%2/annotation/%3/").arg(dataset.name, dataset.id, versionName);
}

inline QString manifestKey(const DatasetRecord &dataset, const QString &versionName)
{
    return versionDir(dataset, versionName) + versionName + QStringLiteral(".manifest");
}

// A failed version's document loses the paths of what was removed with it (the manifest, the data).
inline void dropPaths(QJsonObject &state)
{
    state.remove(QStringLiteral("manifest_path"));
    state.remove(QStringLiteral("data_path"));
}

// The URI a manifest line names an image of the data directory by.
inline QString sourceUri(const SampleRecord &sample) { return QStringLiteral("s3://modelarts-local/") + sample.relPath; }

} // namespace versionpaths
