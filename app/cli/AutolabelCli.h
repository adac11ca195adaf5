#pragma once

#include "api/ApiTransport.h"
#include "api/IamAuthenticator.h"
#include "api/ModelArtsClient.h"
#include "Preconditions.h"
#include "workflow/TaskMonitor.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <memory>

// `autolabel`: the auto-labeling workflow from a terminal or a script, on the same app/ layer as the GUI.
// run() parses the command line, logs in, runs one command on the event loop and returns its exit code.
class AutolabelCli final : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Negative = 1, Usage = 2, Auth = 3, Service = 4, Network = 5 };

    AutolabelCli();
    ~AutolabelCli() override;
    Q_DISABLE_COPY_MOVE(AutolabelCli)

    int run(const QStringList &arguments);

private:
    void start();
    void finish(int code);
    void failWith(const ApiError &error);
    void resolveDataset(const QString &key, std::function<void(const Dataset &)> then);

    void cmdDatasets();
    void cmdCheck(const Dataset &dataset);
    void cmdStart(const Dataset &dataset);
    void cmdStatus(const Dataset &dataset, const QString &taskId);
    void cmdSamples(const Dataset &dataset);
    void cmdConfirm(const Dataset &dataset);
    void cmdStop(const Dataset &dataset, const QString &taskId);
    void waitForTask(const Dataset &dataset, const QString &taskId);
    void printTask(const TaskInfo &task);
    ModelArtsClient::AutoQuery autoQuery(bool *ok);

    QTextStream m_out;
    QTextStream m_err;
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_args;
    bool m_json = false;
    bool m_stderrIsTerminal = false;
    int m_exitCode = Ok;
    ApiTransport m_transport;
    std::unique_ptr<IamAuthenticator> m_iam;
    std::unique_ptr<ModelArtsClient> m_client;
    std::unique_ptr<TaskMonitor> m_monitor;
};
