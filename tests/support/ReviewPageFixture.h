#pragma once

#include "lookalike/FeatureCache.h"
#include "lookalike/LookAlikes.h"
#include "review/ReviewPage.h"
#include "review/ReviewSession.h"
#include "review/ThumbnailLoader.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "support/AutoLabeledSeed.h"
#include "support/LocalClient.h"
#include "support/ScreenshotEnvironment.h"
#include "support/TestServer.h"

#include <QAction>
#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// The review page offscreen over a session of 120 auto-labeled samples (cat, dog, fox) from
// modelarts-local over real HTTP, loaded, the grid focused: the fixture of the review's widget tests. The
// test class derives from it, calls setUp() in init() and tearDown() in cleanup().
class ReviewPageFixture
{
protected:
    static constexpr int kSamples = 120;
    const QStringList m_labels{ QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("fox") };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<LocalClient> m_local;
    std::unique_ptr<ReviewSession> m_session;
    std::unique_ptr<ReviewPage> m_page;
    QString m_dataset;

    SampleFilterModel *filter() const { return m_page->filterModel(); }
    SampleListModel *model() const { return m_session->model(); }
    SampleGrid *grid() const { return m_page->view(); }
    QAction *action(const QString &name) const { return m_page->findChild<QAction *>(name); }
    ReviewItem current() const { return model()->item(filter()->mapToSource(grid()->currentIndex()).row()); }

    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(grid(), Qt::Key(k), modifiers); }

    void shot(QWidget *w, const QString &name) { screenshots::save(w, name); }

    // scripts/screenshots runs this test in other languages too; text checks are for English.
    static bool english() { return qEnvironmentVariableIsEmpty("AUTOLABEL_LANGUAGE"); }

    void waitForThumbnails()
    {
        // Everything on screen painted with its thumbnail (or its error state).
        QTRY_VERIFY_WITH_TIMEOUT(m_page->loader()->inFlight() == 0 && m_page->loader()->queued() == 0, 20000);
        QApplication::processEvents();
    }

    // The look-alike vectors of every sample, computed into the test's cache (QVERIFY on a failure).
    void computeLookAlikeVectors()
    {
        LookAlikes *l = m_session->lookAlikes();
        l->setCachePath(
                featurecache::pathFor(m_dir->filePath(QStringLiteral("cache")), m_server->base(), QStringLiteral("local"), m_dataset));
        QSignalSpy finished(l, &LookAlikes::finished);
        l->start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(l->known(), qint64(kSamples));
    }

    // Fails the test (QVERIFY) when the service, the session or the page could not be had.
    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("pets"), kSamples, m_labels);
        QVERIFY(!m_dataset.isEmpty());
        m_local = std::make_unique<LocalClient>(m_server->base());
        QVERIFY(m_local->login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")));

        m_session = std::make_unique<ReviewSession>(m_local->client.get(), m_dataset, QStringLiteral("seedtask0000000001"));
        m_session->setLabels(m_labels);
        QVERIFY(m_session->openJournal(m_dir->filePath(QStringLiteral("journal.sqlite"))));
        m_page = std::make_unique<ReviewPage>();
        m_page->setThumbnailSize(96);
        m_page->resize(1280, 800);
        m_page->setSession(m_session.get(), QStringLiteral("Review: pets"));
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QSignalSpy loaded(m_session.get(), &ReviewSession::loadFinished);
        m_session->load();
        QVERIFY(loaded.wait(30000));
        grid()->setFocus();
        QTRY_VERIFY(grid()->currentIndex().isValid());
    }
    void tearDown()
    {
        m_page.reset();
        m_session.reset();
        m_local.reset();
        m_server.reset();
        m_dir.reset();
    }
};
