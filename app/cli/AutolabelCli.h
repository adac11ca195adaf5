#pragma once

#include <QStringList>

// `autolabel`: the auto-labeling workflow from a terminal or a script, on the same app/ layer as the GUI.
// run() parses the command line (cli/CliOptions), logs in through Session, runs one command
// (cli/*Command.cpp) on the event loop and returns its exit code (CliContext::ExitCode).
namespace autolabelcli {

int run(const QStringList &arguments);

} // namespace autolabelcli
