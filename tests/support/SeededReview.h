#pragma once

#include "support/AutoLabeledSeed.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

// What a review's tests start from: modelarts-local on 127.0.0.1 (port 0) with the user acme/alice, a
// dataset "pets" of `samples` auto-labeled samples over `labels` (seed::autoLabeled), and the app's API
// stack logged in to it.
struct SeededReview
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<TestServer> server;
    std::unique_ptr<LocalClient> local;
    QString dataset;

    static QString taskId() { return QStringLiteral("seedtask0000000001"); }
    QString journalPath() const { return dir->filePath(QStringLiteral("journal.sqlite")); }
    ModelArtsClient *client() const { return local->client.get(); }

    // False when any step failed.
    bool start(int samples, const QStringList &labels)
    {
        dir = std::make_unique<QTemporaryDir>();
        server = std::make_unique<TestServer>(dir->filePath(QStringLiteral("data")));
        if (!server->start())
            return false;
        server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        dataset = seed::autoLabeled(server->storage(), QStringLiteral("pets"), samples, labels);
        if (dataset.isEmpty())
            return false;
        local = std::make_unique<LocalClient>(server->base());
        return local->login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
    }
    void reset()
    {
        local.reset();
        server.reset();
        dir.reset();
    }
};
