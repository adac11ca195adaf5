#include "cli/CliContext.h"

#include "api/ApiTransport.h"
#include "api/ModelArtsClient.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

CliContext::CliContext(const QCommandLineParser &parser, Session &session)
    : m_parser(parser)
    , m_session(session)
    , m_out(stdout)
    , m_err(stderr)
    , m_json(parser.isSet(QStringLiteral("json")))
{
#ifdef Q_OS_UNIX
    m_stderrIsTerminal = ::isatty(STDERR_FILENO) != 0;
#elif defined(Q_OS_WIN)
    m_stderrIsTerminal = _isatty(_fileno(stderr)) != 0;
#endif
}

ModelArtsClient *CliContext::client() const { return m_session.client(); }

QSslConfiguration CliContext::sslConfiguration() const { return m_session.transport()->sslConfiguration(); }

void CliContext::finish(int code)
{
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

void CliContext::failWith(const ApiError &error)
{
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{ { QStringLiteral("error"),
                                              QJsonObject{ { QStringLiteral("code"), error.code },
                                                           { QStringLiteral("message"), error.message },
                                                           { QStringLiteral("http_status"), error.httpStatus },
                                                           { QStringLiteral("request_id"), error.requestId } } } })
                         .toJson(QJsonDocument::Compact)
              << "\n";
    }
    m_err << "autolabel: " << error.toString() << "\n";
    switch (error.kind) {
    case ApiError::Kind::Auth:
    case ApiError::Kind::Forbidden: finish(Auth); break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Redirect: finish(Network); break;
    case ApiError::Kind::Io: finish(LocalFile); break;
    default: finish(Service); break;
    }
}

void CliContext::resolveDataset(const QString &key, std::function<void(const Dataset &)> then)
{
    client()->listDatasets({}, this, [this, key, then](const Result<QList<Dataset>> &r) {
        if (!r.ok()) {
            failWith(r.error);
            return;
        }
        QList<Dataset> byName;
        for (const Dataset &d : *r.value) {
            if (d.id == key) {
                then(d);
                return;
            }
            if (d.name == key)
                byName.append(d);
        }
        if (byName.size() == 1) {
            then(byName.first());
            return;
        }
        if (byName.isEmpty()) {
            m_err << "autolabel: no dataset with the id or name " << key << "\n";
        } else {
            m_err << "autolabel: several datasets are named " << key << "; use an id:";
            for (const Dataset &d : byName)
                m_err << " " << d.id;
            m_err << "\n";
        }
        finish(Usage);
    });
}
