#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

class Storage;

// What the commands of `modelarts-local` share: exit codes, output streams, the --data-dir option and
// opening the database with a clear error.
namespace cli {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();
// Prints "modelarts-local: <message>" on standard error; returns `code`.
int fail(const QString &message, int code = Failure);

// A parser for one subcommand, with --help and (by default) --data-dir; `parser.process()` handles --help
// and unknown options (exit 0 / 1).
struct Command
{
    QCommandLineParser parser;
    explicit Command(const QString &description, bool needsDataDir = true);
    QString dataDir() const;
};

// Opens the database of --data-dir: nullopt when it is open, else the exit code (the error printed).
std::optional<int> openStorage(Storage &storage);

} // namespace cli
