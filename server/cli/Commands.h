#pragma once

#include <QStringList>

// The commands of `modelarts-local`, one file each; `args` starts with the command's own name.
namespace cli {

int serve(const QStringList &args);
int userAdd(const QStringList &args);
int userUnlock(const QStringList &args);
int keyAdd(const QStringList &args);
int datasetImport(const QStringList &args);
int demo(const QStringList &args);
int eval(const QStringList &args);
int versionExport(const QStringList &args);

} // namespace cli
