#pragma once

// The `modelarts-local` command line: serve, user add, key add, dataset import, demo, eval.
namespace cli {
int run(int argc, char **argv);
}
