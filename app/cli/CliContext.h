#pragma once

#include "types/ModelArtsTypes.h"

#include <QCommandLineParser>
#include <QObject>
#include <QSslConfiguration>
#include <QTextStream>

#include <functional>

class ModelArtsClient;
class Session;

// What every command of `autolabel` works with: the parsed options, the output streams, the logged-in
// session's client, and how a command ends (finish with an exit code, or fail with an API error, which
// picks the exit code from the kind of error). Commands hang their helper objects on it.
class CliContext final : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Negative = 1, Usage = 2, Auth = 3, Service = 4, Network = 5, LocalFile = 6 };

    CliContext(const QCommandLineParser &parser, Session &session);
    Q_DISABLE_COPY_MOVE(CliContext)

    const QCommandLineParser &options() const { return m_parser; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    bool json() const { return m_json; }
    bool stderrIsTerminal() const { return m_stderrIsTerminal; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    ModelArtsClient *client() const;
    QSslConfiguration sslConfiguration() const; // the session's (for what is fetched beside the API: previews)

    void finish(int code);
    void failWith(const ApiError &error);
    // The dataset with this id, or the one with this name; a usage error when there is none or several.
    void resolveDataset(const QString &key, std::function<void(const Dataset &)> then);
    int exitCode() const { return m_exitCode; }

private:
    const QCommandLineParser &m_parser;
    Session &m_session;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    bool m_stderrIsTerminal = false;
    int m_exitCode = Ok;
};
