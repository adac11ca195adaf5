#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>

// The autolabel command line run as a process against a service at `base` (both endpoints), logged in as
// alice of acme (project local) through the environment; `extra` adds to it ("<unset>" removes a variable).
// Waits on the event loop, so that a service living in the test's thread answers.
namespace autolabelrunner {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run run(const QString &base, const QStringList &args, const QProcessEnvironment &extra = {}, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTOLABEL_USER"), QStringLiteral("alice"));
    env.insert(QStringLiteral("AUTOLABEL_DOMAIN"), QStringLiteral("acme"));
    env.insert(QStringLiteral("AUTOLABEL_PASSWORD"), QStringLiteral("password-123"));
    env.insert(QStringLiteral("AUTOLABEL_PROJECT"), QStringLiteral("local"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    for (const QString &key : env.keys()) {
        if (env.value(key) == QLatin1String("<unset>"))
            env.remove(key);
    }
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(AUTOLABEL_BIN),
            QStringList{ QStringLiteral("--iam-endpoint"), base, QStringLiteral("--modelarts-endpoint"), base } + args);
    p.write(input);
    p.closeWriteChannel();
    if (!finished.wait(120000))
        return {};
    return Run{ p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace autolabelrunner
