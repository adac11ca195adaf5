#include "review/ReviewJournal.h"
#include "review/ReviewSession.h"
#include "samples/SampleListModel.h"
#include "support/AutoLabeledSeed.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

#include <QUndoStack>

// ReviewJournal and ReviewSession against modelarts-local over real HTTP: loading page by page,
// decisions journaled before they show, undo, threshold accept, crash-resume, confirmation with a
// refused sample and with Cancel (the thumbnail loader: tst_thumbnailloader).
class tst_ReviewSession : public QObject
{
    Q_OBJECT
private:
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
        m_client->autoAnnotations(m_dataset, q, this, [&](const Result<SamplePage> &r) { out = r; });
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

private slots:
    void init()
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
    void cleanup()
    {
        m_client = nullptr;
        m_local.reset();
        m_server.reset();
        m_dir.reset();
    }

    void journalKeepsDecisionsAcrossReopening()
    {
        const QString path = ReviewJournal::pathFor(m_dir->path(), QUrl(QStringLiteral("https://modelarts.example.com/")),
                                                    QStringLiteral("p1"), QStringLiteral("d1"), QStringLiteral("t1"));
        QVERIFY(path.startsWith(m_dir->filePath(QStringLiteral("journals/"))));
        QVERIFY(path
                != ReviewJournal::pathFor(m_dir->path(), QUrl(QStringLiteral("https://modelarts.example.com/")), QStringLiteral("p1"),
                                          QStringLiteral("d1"), QStringLiteral("t2")));
        {
            ReviewJournal j;
            QVERIFY(j.open(path));
            QVERIFY(j.record({ { QStringLiteral("a"), Decision::accept() },
                               { QStringLiteral("b"), Decision::relabel(QStringLiteral("dog")) },
                               { QStringLiteral("c"), Decision::reject() } }));
            QVERIFY(j.record({ { QStringLiteral("c"), Decision{} } })); // undone
            QVERIFY(j.forget({ QStringLiteral("a") })); // confirmed
        }
        ReviewJournal again;
        QVERIFY(again.open(path));
        const auto d = again.load();
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.value(QStringLiteral("b")), Decision::relabel(QStringLiteral("dog")));
        // Nothing but ids and labels in it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("password"));
    }

    void journalThatCannotOpenSaysWhy()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ReviewJournal j;
        QVERIFY(!j.open(m_dir->filePath(QStringLiteral("blocked/journal.sqlite"))));
        QVERIFY(!j.lastError().isEmpty());
        ReviewSession session(m_client, m_dataset, QStringLiteral("t"));
        QVERIFY(!session.openJournal(m_dir->filePath(QStringLiteral("blocked/journal.sqlite"))));
        QSignalSpy finished(&session, &ReviewSession::loadFinished);
        session.load();
        QVERIFY(finished.wait(30000));
        QSignalSpy refused(&session, &ReviewSession::decisionFailed);
        QVERIFY(!session.decide({ 0 }, Decision::accept()));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(session.model()->item(0).decision, DecisionKind::None); // not shown as made
    }

    void loadsEveryPageInScoreOrder()
    {
        auto session = openSession(false);
        QSignalSpy first(session.get(), &ReviewSession::firstPageLoaded);
        QSignalSpy finished(session.get(), &ReviewSession::loadFinished);
        session->load();
        QVERIFY(finished.wait(30000));
        QCOMPARE(first.size(), 1);
        QCOMPARE(finished.first().first().toLongLong(), qint64(kSamples));
        const SampleListModel *model = session->model();
        QCOMPARE(model->rowCount(), kSamples);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->item(r - 1).score <= model->item(r).score);
        QCOMPARE(model->labels(), m_labels);
        const auto counts = model->counts();
        QCOMPARE(counts.hard, qint64((kSamples + 3) / 4));
        QCOMPARE(counts.toReview, qint64(kSamples));
        const ReviewItem &any = model->item(0);
        QVERIFY(model->previewUrl(any).toString().contains(QStringLiteral("/obs/")));
        QCOMPARE(model->previewUrl(any).path().section(QLatin1Char('/'), -2, -2), any.id); // put together again
        QCOMPARE(any.width, 48);
    }

    void firstPageIsSaidBeforeTheEnd_data()
    {
        QTest::addColumn<int>("samples");
        QTest::newRow("one page") << 30;
        QTest::newRow("many pages") << kSamples;
    }
    void firstPageIsSaidBeforeTheEnd()
    {
        QFETCH(int, samples);
        const QString dataset =
                samples == kSamples ? m_dataset : seed::autoLabeled(m_server->storage(), QStringLiteral("few"), samples, m_labels);
        QVERIFY(!dataset.isEmpty());
        ReviewSession session(m_client, dataset, QStringLiteral("seedtask0000000001"));
        QVERIFY(session.openJournal(m_dir->filePath(QStringLiteral("order.sqlite"))));
        QStringList said;
        connect(&session, &ReviewSession::firstPageLoaded, this,
                [&] { said.append(QStringLiteral("first page, %1 rows").arg(session.model()->rowCount())); });
        connect(&session, &ReviewSession::loadFinished, this,
                [&](qint64 total) { said.append(QStringLiteral("finished, %1 rows of %2").arg(session.model()->rowCount()).arg(total)); });
        session.load();
        QTRY_COMPARE_WITH_TIMEOUT(said.size(), 2, 30000);
        QCOMPARE(said,
                 (QStringList{ QStringLiteral("first page, %1 rows").arg(qMin(samples, 100)),
                               QStringLiteral("finished, %1 rows of %1").arg(samples) }));
    }

    void decisionIsJournaledBeforeItShows()
    {
        auto session = openSession();
        int checked = 0;
        connect(session->model(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from) {
            // Another reader of the file, as the next start would be: the decision is there already.
            ReviewJournal reader;
            QVERIFY(reader.open(journalPath()));
            QCOMPARE(reader.load().value(session->model()->item(from.row()).id), session->model()->decision(from.row()));
            ++checked;
        });
        QVERIFY(session->decide({ 5 }, Decision::relabel(QStringLiteral("fox"))));
        QCOMPARE(checked, 1);
    }

    void undoRedoGoThroughTheJournal()
    {
        auto session = openSession();
        QVERIFY(session->decide({ 0, 1, 2 }, Decision::accept()));
        QVERIFY(session->decide({ 1 }, Decision::reject()));
        QCOMPARE(session->undoStack()->count(), 2);
        session->undoStack()->undo();
        QCOMPARE(session->model()->decision(1), Decision::accept());
        session->undoStack()->undo();
        QCOMPARE(session->model()->item(0).state, ReviewState::ToReview);
        ReviewJournal reader;
        QVERIFY(reader.open(journalPath()));
        QVERIFY(reader.load().isEmpty());
        session->undoStack()->redo();
        QCOMPARE(session->model()->counts().decided, 3);
        QCOMPARE(reader.load().size(), 3);
    }

    void thresholdPreviewCountsAndOneStepApply()
    {
        auto session = openSession();
        ReviewSession::ThresholdRule rule;
        rule.threshold = 0.9;
        // Expected from the seed's formula.
        QMap<QString, qint64> expected;
        QMap<QString, qint64> expectedWithHard;
        for (int i = 0; i < kSamples; ++i) {
            if (seed::scoreOf(i, kSamples) + 1e-6 < 0.9)
                continue;
            ++expectedWithHard[m_labels[i % 3]];
            if (i % 4 != 0)
                ++expected[m_labels[i % 3]];
        }
        const auto preview = session->thresholdPreview(rule);
        for (const QString &l : m_labels)
            QCOMPARE(preview.value(l), expected.value(l));
        rule.includeHard = true;
        for (const QString &l : m_labels)
            QCOMPARE(session->thresholdPreview(rule).value(l), expectedWithHard.value(l));
        rule.includeHard = false;
        rule.perLabel.insert(QStringLiteral("dog"), 2.0); // none for dog
        QCOMPARE(session->thresholdPreview(rule).value(QStringLiteral("dog")), 0);
        const qint64 total = expected.value(QStringLiteral("cat")) + expected.value(QStringLiteral("fox"));
        QCOMPARE(session->acceptAbove(rule), int(total));
        QCOMPARE(session->undoStack()->count(), 1);
        QCOMPARE(session->model()->counts().decided, total);
        session->undoStack()->undo();
        QCOMPARE(session->model()->counts().decided, 0);
    }

    void crashResumeRestoresEveryDecision()
    {
        QHash<QString, Decision> made;
        {
            auto session = openSession();
            const SampleListModel *model = session->model();
            QVERIFY(session->decide({ 0, 1 }, Decision::accept()));
            QVERIFY(session->decide({ 2 }, Decision::relabel(QStringLiteral("dog"))));
            QVERIFY(session->decide({ 3 }, Decision::reject()));
            ReviewSession::ThresholdRule rule;
            rule.threshold = 0.97;
            QVERIFY(session->acceptAbove(rule) > 0);
            for (int r = 0; r < model->rowCount(); ++r)
                if (!model->decision(r).isNone())
                    made.insert(model->item(r).id, model->decision(r));
            // Gone without a goodbye, as after a crash: nothing was confirmed.
        }
        auto session = openSession(false);
        QSignalSpy restored(session.get(), &ReviewSession::restored);
        QSignalSpy finished(session.get(), &ReviewSession::loadFinished);
        session->load();
        QVERIFY(finished.wait(30000));
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.first().first().toInt(), int(made.size()));
        const SampleListModel *model = session->model();
        int seen = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const Decision d = model->decision(r);
            if (d.isNone())
                continue;
            ++seen;
            QCOMPARE(d, made.value(model->item(r).id));
            QCOMPARE(model->item(r).state, ReviewState::Decided);
        }
        QCOMPARE(seen, int(made.size()));
    }

    void confirmKeepsARefusedSamplePending()
    {
        auto session = openSession();
        SampleListModel *model = session->model();
        QVERIFY(session->decide({ 0, 1, 2, 3 }, Decision::accept()));
        QVERIFY(session->decide({ 4 }, Decision::reject()));
        QVERIFY(session->decide({ 5 }, Decision::relabel(QStringLiteral("wolf")))); // not a label of the dataset
        const QString refusedId = model->item(5).id;
        const QString rejectedId = model->item(4).id;
        qint64 summed = 0;
        for (const auto &line : session->confirmSummary()) {
            summed += line.accepted + line.relabeledTo + line.rejected;
            if (line.label == QLatin1String("wolf"))
                QCOMPARE(line.relabeledTo, 1);
        }
        QCOMPARE(summed, 6);

        QSignalSpy progress(session.get(), &ReviewSession::confirmProgress);
        QSignalSpy finished(session.get(), &ReviewSession::confirmFinished);
        session->confirm();
        QVERIFY(finished.wait(30000));
        QCOMPARE(report(finished).confirmed, 5);
        QCOMPARE(report(finished).notSent, 0);
        const auto failures = report(finished).refused;
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().sampleId, refusedId);
        QCOMPARE(failures.first().errorCode, QStringLiteral("ModelArts.4410"));
        QVERIFY(progress.size() >= 1);
        QCOMPARE(model->item(5).state, ReviewState::Failed);
        QCOMPARE(model->decision(5), Decision::relabel(QStringLiteral("wolf")));
        QCOMPARE(model->item(0).state, ReviewState::Confirmed);
        QCOMPARE(autoCountOnService(), qint64(kSamples - 5));
        // The service has them: a rejected one is unlabeled now.
        const auto s = m_server->storage().samples().find(m_dataset, rejectedId);
        QVERIFY(s && s->labels.isEmpty());
        // The refused one is still in the journal, the confirmed ones are not.
        ReviewJournal reader;
        QVERIFY(reader.open(journalPath()));
        QCOMPARE(reader.load().keys(), QStringList{ refusedId });

        // Corrected and sent again.
        QVERIFY(session->decide({ 5 }, Decision::relabel(QStringLiteral("fox"))));
        finished.clear();
        session->confirm();
        QVERIFY(finished.wait(30000));
        QCOMPARE(report(finished).confirmed, 1);
        QCOMPARE(model->item(5).state, ReviewState::Confirmed);
        QVERIFY(reader.load().isEmpty());
    }

    void cancelledConfirmationLosesNothing()
    {
        // Enough for more chunks than go at once (3 of 100): some are never sent.
        constexpr int many = 900;
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("many"), many, m_labels);
        auto session = openSession();
        QCOMPARE(session->model()->rowCount(), many);
        QList<int> rows;
        for (int r = 0; r < many; ++r)
            rows.append(r);
        QVERIFY(session->decide(rows, Decision::accept()));
        QSignalSpy finished(session.get(), &ReviewSession::confirmFinished);
        connect(session.get(), &ReviewSession::confirmProgress, session.get(), [&] { session->cancelConfirm(); }); // at the first answer
        session->confirm();
        QVERIFY(finished.wait(30000));
        const qint64 confirmed = report(finished).confirmed;
        QVERIFY2(confirmed >= 100 && confirmed <= 400, qPrintable(QString::number(confirmed)));
        QCOMPARE(confirmed % 100, 0);
        QCOMPARE(report(finished).cancelled, true);
        QVERIFY(report(finished).refused.isEmpty());
        const auto c = session->model()->counts();
        QCOMPARE(c.confirmed, confirmed);
        QCOMPARE(c.decided, many - confirmed); // not sent: still decided, still in the journal
        QCOMPARE(c.failed, 0);
        QCOMPARE(autoCountOnService(), qint64(many - confirmed));
        ReviewJournal reader;
        QVERIFY(reader.open(journalPath()));
        QCOMPARE(reader.load().size(), many - confirmed);
    }

    QList<int> allRows(const SampleListModel *model)
    {
        return rowsOf(model, [](const ReviewItem &) { return true; });
    }

    void serviceGoneMidConfirmationIsNotARefusal()
    {
        // More chunks than go at once: the service stops after the first answer, so some were confirmed
        // and the rest never got an answer.
        constexpr int many = 900;
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("many"), many, m_labels);
        auto session = openSession();
        session->confirmer()->setResumeDelays(50, 200);
        SampleListModel *model = session->model();
        QVERIFY(session->decide(allRows(model), Decision::accept()));
        QSignalSpy finished(session.get(), &ReviewSession::confirmFinished);
        QMetaObject::Connection stopAtFirst = connect(session.get(), &ReviewSession::confirmProgress, this, [&] {
            disconnect(stopAtFirst);
            m_server->stop();
        });
        session->confirm();
        QVERIFY(finished.wait(60000));
        const ConfirmReport first = report(finished);
        QVERIFY2(first.confirmed >= 100 && first.confirmed < many, qPrintable(QString::number(first.confirmed)));
        QCOMPARE(first.confirmed + first.notSent, many);
        QVERIFY(first.refused.isEmpty()); // a network failure is nobody's refusal
        QCOMPARE(first.fault.kind, ApiError::Kind::Network);
        auto c = model->counts();
        QCOMPARE(c.failed, 0); // unmarked: still decided
        QCOMPARE(c.decided, first.notSent);
        QCOMPARE(session->confirmer()->unsentCount(), first.notSent);
        // On their way, in the journal: a crash now would not lose that they were being sent.
        {
            ReviewJournal reader;
            QVERIFY(reader.open(journalPath()));
            QCOMPARE(reader.sending().size(), first.notSent);
        }
        // The service answers again: what was not sent goes by itself, each sample counted once.
        QVERIFY(m_server->restart());
        finished.clear();
        QVERIFY(finished.wait(60000));
        const ConfirmReport second = report(finished);
        QVERIFY(second.resumed);
        QCOMPARE(second.notSent, 0);
        QCOMPARE(first.confirmed + second.confirmed, many);
        c = model->counts();
        QCOMPARE(c.confirmed, many);
        QCOMPARE(c.decided, 0);
        QCOMPARE(autoCountOnService(), 0);
        ReviewJournal reader;
        QVERIFY(reader.open(journalPath()));
        QVERIFY(reader.load().isEmpty());
        QCOMPARE(session->confirmer()->unsentCount(), 0);
    }

    void sendingSurvivesTheAppEnding()
    {
        constexpr int many = 600;
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("sent"), many, m_labels);
        const QString dataDir = m_dir->filePath(QStringLiteral("app"));
        const QString journal = ReviewJournal::pathFor(dataDir, m_client->endpoint(), m_client->projectId(), m_dataset, taskId());
        {
            // The app with its own network stack, which ends with it: nothing it sent can arrive later.
            LocalClient app(m_server->base());
            QVERIFY(app.login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")));
            ModelArtsClient *shared = std::exchange(m_client, app.client.get());
            auto session = openSession(true, journal);
            m_client = shared;
            QVERIFY(session->setJournalInfo(
                    { m_client->endpoint().toString(), m_client->projectId(), m_dataset, QStringLiteral("sent"), taskId() }));
            QVERIFY(session->decide(allRows(session->model()), Decision::reject()));
            QSignalSpy progress(session.get(), &ReviewSession::confirmProgress);
            session->confirm();
            QVERIFY(progress.wait(30000)); // some answered, the rest on their way
        } // the app ends here: the answers still to come are lost
        // The app starts again after the service has dealt with what the old one had sent. (A listing made
        // while other confirmations land can miss rows: ModelArts pages by offset.)
        QTRY_COMPARE_WITH_TIMEOUT(m_server->frontend().requestsInFlight(), 0, 30000);
        const auto work = ReviewJournal::unsentWork(dataDir, m_client->endpoint(), m_client->projectId());
        QCOMPARE(work.size(), 1);
        QCOMPARE(work.first().info.datasetId, m_dataset);
        QCOMPARE(work.first().info.datasetName, QStringLiteral("sent"));
        QCOMPARE(work.first().info.taskId, taskId());
        QVERIFY(work.first().samples > 0 && work.first().samples <= many);
        // Another endpoint's login does not see it.
        QVERIFY(ReviewJournal::unsentWork(dataDir, QUrl(QStringLiteral("https://modelarts.example.com")), m_client->projectId()).isEmpty());

        // The next session finishes sending, then nothing is left on its way.
        auto session = openSession(false, journal);
        session->resumeSendingWhenLoaded();
        QSignalSpy finished(session.get(), &ReviewSession::confirmFinished);
        session->load();
        QVERIFY(finished.wait(60000));
        QVERIFY(report(finished).resumed);
        QCOMPARE(report(finished).notSent, 0);
        QCOMPARE(autoCountOnService(), 0);
        QVERIFY(ReviewJournal::unsentWork(dataDir, m_client->endpoint(), m_client->projectId()).isEmpty());
        for (int r = 0; r < session->model()->rowCount(); ++r)
            QCOMPARE(session->model()->item(r).state, ReviewState::Confirmed);
    }

    void bulkDecisionIsShownWhenDurable()
    {
        constexpr int many = ReviewSession::bulkRows + 500;
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("bulk"), many, m_labels);
        auto session = openSession();
        SampleListModel *model = session->model();
        QSignalSpy saving(session.get(), &ReviewSession::savingChanged);
        QSignalSpy refused(session.get(), &ReviewSession::decisionFailed);
        QVERIFY(session->decide(allRows(model), Decision::accept()));
        // Written on the journal's thread: not shown until it is durable, and nothing else decided meanwhile.
        QVERIFY(session->isSaving());
        QCOMPARE(saving.first().first().toLongLong(), many);
        QCOMPARE(model->counts().decided, 0);
        QVERIFY(!session->decide({ 0 }, Decision::reject()));
        QCOMPARE(refused.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isSaving(), 30000);
        QCOMPARE(model->counts().decided, many);
        QCOMPARE(saving.last().first().toLongLong(), 0);
        {
            ReviewJournal reader;
            QVERIFY(reader.open(journalPath()));
            QCOMPARE(reader.load().size(), many);
        }
        // Undone the same way.
        session->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isSaving(), 30000);
        QCOMPARE(model->counts().decided, 0);
        ReviewJournal reader;
        QVERIFY(reader.open(journalPath()));
        QVERIFY(reader.load().isEmpty());
    }

    void failedReloadKeepsWhatIsShown()
    {
        auto session = openSession();
        SampleListModel *model = session->model();
        QVERIFY(session->decide({ 0 }, Decision::accept()));
        const QString decidedId = model->item(0).id;
        m_server->stop();
        QSignalSpy failed(session.get(), &ReviewSession::loadFailed);
        session->load();
        QVERIFY(failed.wait(30000));
        QCOMPARE(model->rowCount(), kSamples); // nothing emptied
        QVERIFY(session->isLoaded()); // still the whole listing: confirming is possible
        QCOMPARE(session->undoStack()->count(), 1);
        // Back again: the reload replaces the rows, the history still applies (by sample, not by row).
        QVERIFY(m_server->restart());
        QSignalSpy loaded(session.get(), &ReviewSession::loadFinished);
        session->load();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model->decision(model->rowOf(decidedId)), Decision::accept());
        QCOMPARE(session->undoStack()->count(), 1);
        session->undoStack()->undo();
        QCOMPARE(model->decision(model->rowOf(decidedId)), Decision{});
    }
};

QTEST_MAIN(tst_ReviewSession)
#include "tst_reviewsession.moc"
