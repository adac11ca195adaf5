#include "lookalike/FeatureCache.h"
#include "lookalike/LookAlikes.h"
#include "lookalike/SuspectAudit.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewPage.h"
#include "review/ReviewSession.h"
#include "review/SampleDetailPane.h"
#include "review/ThumbnailLoader.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "support/LocalClient.h"
#include "support/ScreenshotEnvironment.h"
#include "support/TestServer.h"
#include "widgets/MessageArea.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

// A suspect review, as a reviewer meets it: the labels already given audited, the suspect ones in the
// grid most suspect first with their reasons in the detail pane; kept, relabeled or rejected with the
// usual keys, journaled, and sent with the batch update that changes a labeled sample's label.
// modelarts-local over real HTTP, a generated dataset whose labels are all given, one of them changed.
class tst_Suspects : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<LocalClient> m_local;
    QString m_dataset;
    QStringList m_labels;
    SampleRecord m_changed; // as it was before its label changed
    QString m_wrongLabel;

    QString journalPath() const { return m_dir->filePath(QStringLiteral("suspects.sqlite")); }

    std::unique_ptr<ReviewSession> openSession()
    {
        auto session = std::make_unique<ReviewSession>(m_local->client.get(), m_dataset, ReviewSession::suspectsTaskId());
        session->setLabels(m_labels);
        session->lookAlikes()->setCachePath(
                featurecache::pathFor(m_dir->filePath(QStringLiteral("cache")), m_server->base(), QStringLiteral("local"), m_dataset));
        [&] { QVERIFY(session->openJournal(journalPath())); }();
        return session;
    }

    static bool load(ReviewSession *session)
    {
        QSignalSpy loaded(session, &ReviewSession::loadFinished);
        session->load();
        return loaded.wait(60000);
    }

    QList<SampleLabelRecord> labelsOnService(const QString &id) const
    {
        return m_server->storage().samples().find(m_dataset, id).value_or(SampleRecord{}).labels;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        screenshots::applyEnvironment();
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 12, 12);
        QVERIFY(!m_dataset.isEmpty());
        m_labels.clear();
        for (const LabelRecord &l : m_server->storage().datasets().labels(m_dataset))
            m_labels.append(l.name);
        SampleQuery labeledOnly;
        labeledOnly.limit = 1000;
        labeledOnly.state = SampleState::Labeled;
        const QList<SampleRecord> labeled = m_server->storage().samples().list(m_dataset, labeledOnly);
        QVERIFY(labeled.size() > 30);
        m_changed = labeled[7];
        m_wrongLabel = m_labels.value(m_labels.indexOf(m_changed.labels.value(0).name) == 0 ? 1 : 0);
        SampleLabelRecord wrong;
        wrong.name = m_wrongLabel;
        QVERIFY(m_server->storage().samples().replaceLabels(m_changed.id, { wrong }, QStringLiteral("test"), 1));
        m_local = std::make_unique<LocalClient>(m_server->base());
        QVERIFY(m_local->login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")));
    }
    void cleanup()
    {
        m_local.reset();
        m_server.reset();
        m_dir.reset();
    }

    // The audit's flagged samples are the review's, most suspect first, each with its reasons; the changed
    // label among them, pointing to the label it had.
    void theSuspectsAreReviewedMostSuspectFirst()
    {
        auto session = openSession();
        QVERIFY(session->isSuspectReview());
        QVERIFY(load(session.get()));
        const SampleListModel *model = session->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < session->auditedCount());
        const int row = model->rowOf(m_changed.id);
        QVERIFY2(row >= 0, "the changed label is not questioned");
        QCOMPARE(model->labelName(model->item(row).predicted), m_wrongLabel);
        const Suspect *suspect = session->suspectOf(m_changed.id);
        QVERIFY(suspect);
        QCOMPARE(suspect->likely, m_changed.labels.value(0).name);
        QVERIFY(!suspect->reasons.isEmpty());
        for (int r = 1; r < model->rowCount(); ++r) {
            const ReviewItem &before = model->item(r - 1);
            QVERIFY(session->suspectOf(before.id)->score >= session->suspectOf(model->item(r).id)->score);
            QVERIFY(before.hard);
        }
    }

    // Relabel, keep and reject: journaled, restored by a new session, and sent with one batch update that
    // changes the labeled samples' labels (a kept one as certain).
    void decisionsAreJournaledAndConfirmed()
    {
        auto session = openSession();
        QVERIFY(load(session.get()));
        SampleListModel *model = session->model();
        QVERIFY(model->rowCount() >= 2);
        const int changedRow = model->rowOf(m_changed.id);
        QVERIFY(changedRow >= 0);
        const QString original = m_changed.labels.value(0).name;
        QVERIFY(session->decide({ changedRow }, Decision::relabel(original)));
        const int keptRow = changedRow == 0 ? 1 : 0;
        const QString keptId = model->item(keptRow).id;
        const QString keptLabel = model->labelName(model->item(keptRow).predicted);
        QVERIFY(session->decide({ keptRow }, Decision::accept()));
        QString rejectedId;
        if (model->rowCount() > 2) {
            const int rejectedRow = changedRow == 2 || keptRow == 2 ? (changedRow == 1 || keptRow == 1 ? 3 : 1) : 2;
            if (rejectedRow < model->rowCount()) {
                rejectedId = model->item(rejectedRow).id;
                QVERIFY(session->decide({ rejectedRow }, Decision::reject()));
            }
        }
        // Nothing was sent: a new session (the app killed and started again) has every decision back.
        session.reset();
        QCOMPARE(labelsOnService(m_changed.id).value(0).name, m_wrongLabel);
        session = openSession();
        QSignalSpy restored(session.get(), &ReviewSession::restored);
        QVERIFY(load(session.get()));
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.first().first().toInt(), rejectedId.isEmpty() ? 2 : 3);
        model = session->model();
        QCOMPARE(model->item(model->rowOf(m_changed.id)).decision, DecisionKind::Relabel);
        QSignalSpy confirmed(session.get(), &ReviewSession::confirmFinished);
        session->confirm();
        QVERIFY(confirmed.wait(20000));
        QCOMPARE(confirmed.first().first().value<ConfirmReport>().confirmed, rejectedId.isEmpty() ? 2 : 3);
        QCOMPARE(labelsOnService(m_changed.id).value(0).name, original);
        const QList<SampleLabelRecord> kept = labelsOnService(keptId);
        QCOMPARE(kept.value(0).name, keptLabel);
        QCOMPARE(kept.value(0).score.value_or(0), 1.0);
        if (!rejectedId.isEmpty())
            QVERIFY(labelsOnService(rejectedId).isEmpty());

        // What a person kept or chose is not questioned again while it carries that label.
        session = openSession();
        QVERIFY(load(session.get()));
        QCOMPARE(session->model()->rowOf(keptId), -1);
        QCOMPARE(session->model()->rowOf(m_changed.id), -1);
        QVERIFY(session->vouchedSkipped() >= 1);
    }

    // The audit can be cancelled; a service that does not answer is said to be the network, not a refusal.
    void aCancelAndAFailureAreToldApart()
    {
        auto session = openSession();
        QSignalSpy failed(session.get(), &ReviewSession::loadFailed);
        session->load();
        QVERIFY(session->isLoading());
        session->cancelLoad(); // said at once while listing, later while describing or judging
        QVERIFY(!failed.isEmpty() || failed.wait(30000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!session->isLoading());
        m_server.reset(); // the service stops
        failed.clear();
        session->load();
        QVERIFY(failed.wait(30000));
        const ApiError e = failed.first().first().value<ApiError>();
        QVERIFY2(e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout, qPrintable(e.toString()));
    }

    // "Auditing…" is said once, when the audit starts: dismissed, it does not come back with the listing's
    // next page (which reports 0 again), and the outcome replaces it.
    void theAuditMessageIsSaidOnce()
    {
        auto session = openSession();
        ReviewPage page;
        page.setSession(session.get(), QStringLiteral("Suspect labels: shapes"));
        QSignalSpy loaded(session.get(), &ReviewSession::loadFinished);
        session->load();
        QTRY_COMPARE(page.messages()->key(), QStringLiteral("load"));
        const QString auditing = page.messages()->text();
        page.messages()->clear(QStringLiteral("load")); // the reviewer dismisses it
        emit session->loadProgress(0, 1000); // as the listing says after each page
        QVERIFY2(page.messages()->text().isEmpty(), qPrintable(page.messages()->text()));
        QVERIFY(loaded.wait(60000));
        QVERIFY(!page.messages()->text().isEmpty());
        QVERIFY(page.messages()->text() != auditing);
    }

    // The page says what it is: the label as given and why it is questioned, the accept key keeps it, and the
    // message area tells how many of how many.
    void thePageShowsTheReasons()
    {
        auto session = openSession();
        ReviewPage page;
        page.setThumbnailSize(96);
        page.resize(1280, 800);
        page.setSession(session.get(), QStringLiteral("Suspect labels: shapes"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(load(session.get()));
        QTRY_VERIFY(page.view()->currentIndex().isValid());
        const bool english = qEnvironmentVariableIsEmpty("AUTOLABEL_LANGUAGE"); // scripts/screenshots runs it in zh_CN too
        auto *detail = page.detailPane()->findChild<QLabel *>(QStringLiteral("detail"));
        QVERIFY(detail);
        const ReviewItem first = session->model()->item(page.filterModel()->mapToSource(page.view()->currentIndex()).row());
        for (const QString &reason : session->suspectOf(first.id)->reasons)
            QVERIFY2(detail->text().contains(reason.toHtmlEscaped()), qPrintable(detail->text()));
        if (english) {
            QVERIFY(detail->text().contains(QStringLiteral("Labeled:")));
            QVERIFY(page.findChild<QAction *>(QStringLiteral("accept"))->text().contains(QStringLiteral("keep")));
            QVERIFY2(page.messages()->text().contains(QStringLiteral("labeled samples look mislabeled")),
                     qPrintable(page.messages()->text()));
            // The counts and the confirmation speak of the labels as given, and of keeping them.
            auto *counts = page.detailPane()->findChild<QTableWidget *>(QStringLiteral("labelCounts"));
            QCOMPARE(counts->horizontalHeaderItem(1)->text(), QStringLiteral("Labeled"));
            QCOMPARE(counts->horizontalHeaderItem(3)->text(), QStringLiteral("Kept"));
            QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("labelFilter"))->accessibleName(), QStringLiteral("Label as given"));
            ConfirmDialog confirm(session.get());
            auto *summary = confirm.findChild<QTableWidget *>(QStringLiteral("summary"));
            QCOMPARE(summary->horizontalHeaderItem(1)->text(), QStringLiteral("Kept"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(page.loader()->inFlight() == 0 && page.loader()->queued() == 0, 20000);
        screenshots::save(&page, QStringLiteral("suspect-labels"));
    }
};

QTEST_MAIN(tst_Suspects)
#include "tst_suspects.moc"
