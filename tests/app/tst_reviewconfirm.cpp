#include "api/BatchUpdateJob.h"
#include "support/ReviewSessionFixture.h"

// A review's confirmation against modelarts-local over real HTTP: a refused sample stays pending, Cancel
// loses nothing, a service gone mid-way is not a refusal, and what was being sent outlives the app.
class tst_ReviewConfirm : public QObject, private ReviewSessionFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
        // An accepted label goes as the machine gave it (its score, as the seed copies the auto label); a
        // label a person chose goes with score 1.
        const auto accepted = m_server->storage().samples().find(m_dataset, model->item(0).id);
        QVERIFY(accepted && accepted->labels.size() == 1 && accepted->labels.first().score);
        QVERIFY(qAbs(*accepted->labels.first().score - double(model->item(0).score)) < 1e-4);
        QVERIFY(model->item(0).score < 0.999f);
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
        const auto relabeled = m_server->storage().samples().find(m_dataset, refusedId);
        QVERIFY(relabeled && relabeled->labels.size() == 1 && relabeled->labels.first().score);
        QCOMPARE(*relabeled->labels.first().score, 1.0);
        QVERIFY(reader.load().isEmpty());
    }

    void cancelledConfirmationLosesNothing()
    {
        // Enough for more chunks than go at once (3 of batchLimit): some are never sent.
        constexpr int chunk = BatchUpdateJob::batchLimit;
        constexpr int many = 5 * chunk;
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("many"), many, m_labels);
        auto session = openSession();
        QCOMPARE(session->model()->rowCount(), many);
        QList<int> rows;
        for (int r = 0; r < many; ++r)
            rows.append(r);
        QVERIFY(session->decide(rows, Decision::accept()));
        QTRY_VERIFY(!session->isSaving()); // a decision over more than 2,000 is journaled in the background
        QSignalSpy finished(session.get(), &ReviewSession::confirmFinished);
        connect(session.get(), &ReviewSession::confirmProgress, session.get(), [&] { session->cancelConfirm(); }); // at the first answer
        session->confirm();
        QVERIFY(finished.wait(30000));
        const qint64 confirmed = report(finished).confirmed;
        QVERIFY2(confirmed >= chunk && confirmed <= 4 * chunk, qPrintable(QString::number(confirmed)));
        QCOMPARE(confirmed % chunk, 0);
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
        QSignalSpy progress(session.get(), &ReviewSession::confirmProgress);
        session->confirm();
        QVERIFY(finished.wait(60000));
        const ConfirmReport first = report(finished);
        QVERIFY2(first.confirmed >= 100 && first.confirmed < many, qPrintable(QString::number(first.confirmed)));
        QCOMPARE(first.confirmed + first.notSent, many);
        // The progress counts what the service answered about, never the chunks that did not reach it.
        QCOMPARE(progress.last().at(0).toLongLong(), first.confirmed);
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
        constexpr int many = 6 * BatchUpdateJob::batchLimit; // more chunks than go at once
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
            QTRY_VERIFY(!session->isSaving());
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
};

QTEST_MAIN(tst_ReviewConfirm)
#include "tst_reviewconfirm.moc"
