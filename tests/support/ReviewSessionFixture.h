#pragma once

#include "review/ReviewJournal.h"
#include "review/ReviewSession.h"
#include "samples/SampleListModel.h"
#include "support/AutoLabeledSeed.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

#include <QUndoStack>

#include <QTest>

#include <memory>
#include <optional>

// A review session's world: modelarts-local on 127.0.0.1 with 250 auto-labeled samples (cat, dog, fox) and
// alice logged in through the app's client; sessions opened over it with a journal in a temporary folder.
// The fixture of ReviewSession's tests: the test class derives from it, calls setUp() in init() and
// tearDown() in cleanup().
class ReviewSessionFixture
{
protected:
    static constexpr int kSamples = 250;
    const QStringList m_labels{ QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("fox") };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<LocalClient> m_local;
    ModelArtsClient *m_client = nullptr;
    QString m_dataset;

    QString journalPath() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    static QString taskId() { return QStringLiteral("seedtask0000000001"); }

    std::unique_ptr<ReviewSession> openSession(bool wait = true, const QString &journal = {})
    {
        auto session = std::make_unique<ReviewSession>(m_client, m_dataset, taskId());
        session->setLabels(m_labels);
        [&] { QVERIFY2(session->openJournal(journal.isEmpty() ? journalPath() : journal), qPrintable(session->lastError())); }();
        if (wait) {
            QSignalSpy finished(session.get(), &ReviewSession::loadFinished);
            session->load();
            [&] { QVERIFY(finished.wait(30000)); }();
        }
        return session;
    }

    qint64 autoCountOnService()
    {
        std::optional<Result<SamplePage>> out;
        ModelArtsClient::AutoQuery q;
        q.limit = 1;
        QObject context;
        m_client->autoAnnotations(m_dataset, q, &context, [&](const Result<SamplePage> &r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out && out->ok() ? out->value->total : -1;
    }

    static ConfirmReport report(const QSignalSpy &spy) { return spy.first().first().value<ConfirmReport>(); }

    QList<int> rowsOf(const SampleListModel *model, std::function<bool(const ReviewItem &)> pred)
    {
        QList<int> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            if (pred(model->item(r)))
                rows.append(r);
        return rows;
    }

    QList<int> allRows(const SampleListModel *model)
    {
        return rowsOf(model, [](const ReviewItem &) { return true; });
    }

    // Fails the test (QVERIFY) when the service or the login could not be had.
    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("pets"), kSamples, m_labels);
        QVERIFY(!m_dataset.isEmpty());
        m_local = std::make_unique<LocalClient>(m_server->base());
        m_client = m_local->client.get();
        QVERIFY(m_local->login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")));
    }
    void tearDown()
    {
        m_client = nullptr;
        m_local.reset();
        m_server.reset();
        m_dir.reset();
    }
};
