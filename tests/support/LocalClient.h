#pragma once

#include "api/ApiTransport.h"
#include "api/IamAuthenticator.h"
#include "api/ModelArtsClient.h"

#include <QSignalSpy>

#include <memory>

// The app's API stack (transport, IAM, ModelArts client) pointed at a modelarts-local at `base`, as the
// tests and benchmarks of the review use it. Retries wait 20 ms, not seconds.
struct LocalClient
{
    std::unique_ptr<ApiTransport> transport = std::make_unique<ApiTransport>();
    std::unique_ptr<IamAuthenticator> iam;
    std::unique_ptr<ModelArtsClient> client;

    explicit LocalClient(const QUrl &base)
    {
        RetryPolicy policy;
        policy.baseDelayMs = 20;
        transport->setPolicy(policy);
        iam = std::make_unique<IamAuthenticator>(transport.get(), base);
        client = std::make_unique<ModelArtsClient>(transport.get(), base);
        client->useToken(iam.get());
    }
    ~LocalClient()
    {
        client.reset();
        iam.reset();
    }

    // Logs in with a password and waits for the token; false on failure or time-out.
    bool login(const QString &domain, const QString &user, const QString &password, const QString &project = QStringLiteral("local"))
    {
        QSignalSpy ok(iam.get(), &IamAuthenticator::loggedIn);
        iam->login(PasswordCredentials{ domain, user, password, project });
        return ok.wait(20000);
    }
};
