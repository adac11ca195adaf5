#pragma once

#include "ModelArtsTypes.h"

class CliContext;

// The commands of `autolabel`, one file each. Each ends by CliContext::finish or failWith.
namespace clicommands {

void datasets(CliContext &ctx);
void check(CliContext &ctx, const Dataset &dataset);
void start(CliContext &ctx, const Dataset &dataset);
void status(CliContext &ctx, const Dataset &dataset, const QString &taskId);
void samples(CliContext &ctx, const Dataset &dataset);
void confirm(CliContext &ctx, const Dataset &dataset);
void stop(CliContext &ctx, const Dataset &dataset, const QString &taskId);

} // namespace clicommands
