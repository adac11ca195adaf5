#pragma once

#include "types/ModelArtsTypes.h"

#include <QStringList>
#include <QTextStream>

class CliContext;

// The commands of `autolabel`, one file each. Each ends by CliContext::finish or failWith.
namespace clicommands {

void datasets(CliContext &ctx);
void check(CliContext &ctx, const Dataset &dataset);
void start(CliContext &ctx, const Dataset &dataset);
void status(CliContext &ctx, const Dataset &dataset, const QString &taskId);
void samples(CliContext &ctx, const Dataset &dataset);
void labels(CliContext &ctx, const Dataset &dataset);
void confirm(CliContext &ctx, const Dataset &dataset);
void stop(CliContext &ctx, const Dataset &dataset, const QString &taskId);
void group(CliContext &ctx, const Dataset &dataset);
void suspects(CliContext &ctx, const Dataset &dataset);
void publish(CliContext &ctx, const Dataset &dataset);
void versions(CliContext &ctx, const Dataset &dataset);
void exportLabels(CliContext &ctx, const Dataset &dataset);
void deleteSamples(CliContext &ctx, const Dataset &dataset, const QStringList &sampleIds, bool deleteSource);

// Offline, no login: the spot-check estimate of review journals (paths, or the desktop app's); the exit code.
int audit(const QStringList &journals, bool json, QTextStream &out, QTextStream &err);

} // namespace clicommands
