#pragma once

#include "types/ModelArtsTypes.h"
#include "types/VersionTypes.h"

#include <QJsonObject>
#include <QTextStream>

// How `autolabel` writes tasks and samples: as text for a person, as JSON for a script.
namespace clioutput {

QString statusName(TaskStatus status);
QJsonObject taskJson(const TaskInfo &task);
QJsonObject sampleJson(const Sample &sample);
// One compact JSON document and a newline.
void printJson(QTextStream &out, const QJsonObject &object);
// The task with its event tree (text), or taskJson (json).
void printTask(QTextStream &out, const TaskInfo &task, bool json);

// Versions (VersionOutput.cpp).
QString versionStatusName(VersionStatus status);
QJsonObject versionJson(const DatasetVersion &version);
void printVersion(QTextStream &out, const DatasetVersion &version, bool json);
void printVersions(QTextStream &out, const QList<DatasetVersion> &versions, bool json);

} // namespace clioutput
