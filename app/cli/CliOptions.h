#pragma once

#include "api/ModelArtsClient.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>
#include <variant>

// The command line of `autolabel`: its options and help, the checks of their values, and the login
// they describe (endpoints from --region or the endpoint options, credentials from the environment).
namespace clioptions {

// Adds the options, the help and the version to the parser.
void define(QCommandLineParser &parser);

// The command and its arguments once the options are checked; or the exit code (help and version: 0,
// anything wrong: 2, the reason written on `err`).
struct Invocation
{
    QString command;
    QStringList args;
};
std::variant<Invocation, int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);

// The login the options and the environment describe, or nullopt with the reason written on `err`.
std::optional<LoginRequest> loginRequest(const QCommandLineParser &parser, QTextStream &err);

// --min-score, --max-score, --label, --hard / --not-hard / --skip-hard as a query; *ok false when the
// scores are not numbers from 0 to 1 with min <= max.
ModelArtsClient::AutoQuery autoQuery(const QCommandLineParser &parser, bool *ok);

} // namespace clioptions
