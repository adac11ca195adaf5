#pragma once

#include "support/TestServer.h"

#include <QDateTime>
#include <QTest>

#include <memory>

// modelarts-local on 127.0.0.1 with two users (alice, bob of acme) and a generated dataset, alice logged
// in: the fixture of the service's HTTP tests. The test class derives from it, calls setUp() in init() and
// tearDown() in cleanup().
class ServiceFixture
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    qint64 m_clockOffsetMs = 0;
    QByteArray m_token;
    QString m_project;
    QString m_dataset;

    ServiceConfig config()
    {
        ServiceConfig c;
        c.nowMs = [this] { return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs; };
        return c;
    }
    QUrl v2(const QString &rest) const { return m_server->url(QStringLiteral("/v2/%1/%2").arg(m_project, rest)); }
    QUrl ds(const QString &rest = {}) const
    {
        return v2(QStringLiteral("datasets/") + m_dataset + (rest.isEmpty() ? QString() : QLatin1Char('/') + rest));
    }
    QJsonArray samplesOf(const QString &query)
    {
        return m_http.get(ds(QStringLiteral("data-annotations/samples?") + query), m_token)
                .json()
                .value(QStringLiteral("samples"))
                .toArray();
    }

    // Fails the test (QVERIFY) when the service, the users, the dataset or the login could not be had.
    void setUp()
    {
        m_clockOffsetMs = 0;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start(config()));
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("bob"), QStringLiteral("password-456"), QStringLiteral("other"));
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 6, 5);
        QVERIFY(!m_dataset.isEmpty());
        const auto login = m_http.login(m_server->base(), QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_token = login.first;
        m_project = login.second;
        QVERIFY(!m_token.isEmpty());
    }
    void tearDown()
    {
        m_server.reset();
        m_dir.reset();
    }
};
