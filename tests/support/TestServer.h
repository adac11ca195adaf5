#pragma once

#include "auth/PasswordHash.h"
#include "http/HttpFrontend.h"
#include "importer/DatasetImporter.h"
#include "importer/DemoImages.h"

#include "service/ServiceWorkers.h"
#include "storage/Storage.h"
#include "tasks/TaskManager.h"
#include "versions/ExportTasks.h"
#include "versions/VersionPublisher.h"
#include <QDir>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

// An in-process modelarts-local on 127.0.0.1 (port 0) over a data directory, and a small HTTP client,
// for the server's tests. The client runs on the test's thread, the front on threads of its own; requests
// are answered on the front's workers, each with its own connection to the database.
class TestServer
{
public:
    explicit TestServer(QString dataDir, TaskOptions taskOptions = {})
        : m_dataDir(std::move(dataDir))
        , m_taskOptions(std::move(taskOptions))
    {
    }

    // With a certificate and key: HTTPS. `port` 0: any free one.
    bool start(ServiceConfig config = {}, const QString &tlsCert = {}, const QString &tlsKey = {}, quint16 port = 0)
    {
        m_storage = std::make_unique<Storage>(m_dataDir);
        if (!m_storage->open())
            return false;
        m_tasks = std::make_unique<TaskManager>(*m_storage, m_taskOptions);
        m_tasks->failInterruptedTasks();
        m_publisher = std::make_unique<VersionPublisher>(m_dataDir, m_publishOptions);
        m_publisher->failInterrupted(*m_storage);
        m_exports = std::make_unique<ExportTasks>(m_dataDir);
        m_exports->failInterrupted(*m_storage);
        m_workers = std::make_unique<ServiceWorkers>(m_dataDir, ServiceJobs{ *m_tasks, *m_publisher, *m_exports }, config);
        m_frontend = std::make_unique<HttpFrontend>(m_workers->factory(), config);
        QString error;
        if (!tlsCert.isEmpty() && !m_frontend->setupTls(tlsCert, tlsKey, &error))
            return false;
        const quint16 bound = m_frontend->listen(QHostAddress::LocalHost, port, &error);
        if (bound == 0)
            return false;
        m_base = QUrl(
                QStringLiteral("%1://127.0.0.1:%2").arg(tlsCert.isEmpty() ? QStringLiteral("http") : QStringLiteral("https")).arg(bound));
        m_workers->setPublicUrl(m_base);
        m_frontend->startAccepting();
        return true;
    }

    // Everything goes, as when the process ends (a running task's worker is told to stop and joined
    // first, like at a SIGTERM; its state stays as the database last had it).
    void stop()
    {
        m_frontend.reset();
        m_workers.reset();
        m_tasks.reset();
        m_publisher.reset();
        m_exports.reset();
        m_storage.reset();
    }

    // The service again after stop(), on the same port and data (HTTP): as when it is started again.
    bool restart() { return start({}, {}, {}, quint16(m_base.port())); }

    QUrl url(const QString &path) const
    {
        QUrl u = m_base;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    QUrl base() const { return m_base; }
    Storage &storage() { return *m_storage; }
    TaskManager &tasks() { return *m_tasks; }
    VersionPublisher &publisher() { return *m_publisher; }
    ExportTasks &exports() { return *m_exports; }
    // Before start(): how publishes run (tests publish without ModelArts' one-a-minute limit unless they set it).
    void setPublishOptions(PublishOptions options) { m_publishOptions = std::move(options); }
    HttpFrontend &frontend() { return *m_frontend; }
    QString dataDir() const { return m_dataDir; }

    void addUser(const QString &domain, const QString &name, const QString &password, const QString &project = QStringLiteral("local"))
    {
        QVERIFY(m_storage->identity().upsertUser(domain, name, project, passwordhash::hash(password, 1000)));
    }

    // Generates `perClass` demo images per class in `workDir` (and `rgba` 4-channel ones) and imports them
    // with `labeledPerClass`.
    QString importGenerated(const QString &workDir, const QString &name, int perClass, int labeledPerClass,
                            const QString &project = QStringLiteral("local"), int rgba = 0)
    {
        QString error;
        const QString folder = workDir + QLatin1Char('/') + name;
        if (!demoimages::generate(folder, perClass, 3, &error, 96, 72))
            return {};
        const QString firstClass = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name).value(0);
        for (int i = 0; i < rgba; ++i) {
            if (!demoimages::generateRgba(QDir(folder).filePath(firstClass + QStringLiteral("/alpha_%1.png").arg(i)), quint32(i + 1),
                                          &error))
                return {};
        }
        ImportOptions options;
        options.datasetName = name;
        options.projectName = project;
        options.folder = folder;
        options.labeledPerClass = labeledPerClass;
        const ImportReport report = importFolder(*m_storage, options);
        return report.ok ? report.datasetId : QString();
    }

private:
    QString m_dataDir;
    TaskOptions m_taskOptions;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<TaskManager> m_tasks;
    PublishOptions m_publishOptions{ 0, 0, {} };
    std::unique_ptr<VersionPublisher> m_publisher;
    std::unique_ptr<ExportTasks> m_exports;
    std::unique_ptr<ServiceWorkers> m_workers;
    std::unique_ptr<HttpFrontend> m_frontend;
    QUrl m_base;
};

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class HttpClient
{
public:
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(30000);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult result;
        if (!finished.wait(30000)) {
            reply->abort();
            reply->deleteLater();
            result.error = QNetworkReply::TimeoutError;
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QUrl &url, const QByteArray &token = {})
    {
        return send("GET", url, {},
                    token.isEmpty() ? QList<QPair<QByteArray, QByteArray>>{}
                                    : QList<QPair<QByteArray, QByteArray>>{ { "X-Auth-Token", token } });
    }

    HttpResult withToken(const QByteArray &method, const QUrl &url, const QByteArray &token, const QByteArray &body = {})
    {
        return send(method, url, body, { { "X-Auth-Token", token } });
    }

    // IAM's password login body.
    static QByteArray loginBody(const QString &domain, const QString &user, const QString &password, const QString &project)
    {
        const QJsonObject body{
            { QStringLiteral("auth"),
              QJsonObject{ { QStringLiteral("identity"),
                             QJsonObject{ { QStringLiteral("methods"), QJsonArray{ QStringLiteral("password") } },
                                          { QStringLiteral("password"),
                                            QJsonObject{ { QStringLiteral("user"),
                                                           QJsonObject{ { QStringLiteral("name"), user },
                                                                        { QStringLiteral("password"), password },
                                                                        { QStringLiteral("domain"),
                                                                          QJsonObject{ { QStringLiteral("name"), domain } } } } } } } } },
                           { QStringLiteral("scope"),
                             QJsonObject{ { QStringLiteral("project"), QJsonObject{ { QStringLiteral("name"), project } } } } } } }
        };
        return QJsonDocument(body).toJson();
    }

    HttpResult loginRequest(const QUrl &base, const QString &domain, const QString &user, const QString &password,
                            const QString &project = QStringLiteral("local"))
    {
        QUrl url = base;
        url.setPath(QStringLiteral("/v3/auth/tokens"));
        return send("POST", url, loginBody(domain, user, password, project));
    }

    // A token and project id for the user, or empty ones on failure.
    QPair<QByteArray, QString> login(const QUrl &base, const QString &domain, const QString &user, const QString &password,
                                     const QString &project = QStringLiteral("local"))
    {
        const HttpResult r = loginRequest(base, domain, user, password, project);
        if (r.status != 201)
            return {};
        return { r.header("X-Subject-Token"),
                 r.json().value(QStringLiteral("token"))
                         .toObject()
                         .value(QStringLiteral("project"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString() };
    }

private:
    QNetworkAccessManager m_nam;
};

// A fixture of tests/data; fails the test (through qFatal) when it is missing or not JSON.
inline QJsonDocument readFixture(const QString &name)
{
    QFile file(QStringLiteral(AUTOLABEL_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture %s is not JSON: %s", qPrintable(name), qPrintable(error.errorString()));
    return doc;
}

// Every key of `expected` is in `actual` with a value of the same JSON type, recursively (arrays: their
// first elements). Returns the path of the first difference, or an empty string.
inline QString shapeDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path = QStringLiteral("$"))
{
    if (expected.type() != actual.type())
        return QStringLiteral("%1: expected JSON type %2, got %3").arg(path).arg(expected.type()).arg(actual.type());
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                return QStringLiteral("%1.%2: missing").arg(path, it.key());
            const QString diff = shapeDifference(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key());
            if (!diff.isEmpty())
                return diff;
        }
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!e.isEmpty() && !a.isEmpty())
            return shapeDifference(e.first(), a.first(), path + QStringLiteral("[0]"));
    }
    return {};
}

inline QString sharedDir() { return QStringLiteral(AUTOLABEL_SHARED_DIR); }
