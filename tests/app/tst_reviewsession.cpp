#include "support/ReviewSessionFixture.h"

#include <QUndoStack>

// ReviewJournal and ReviewSession against modelarts-local over real HTTP: loading page by page,
// decisions journaled before they show, undo, threshold accept, crash-resume (confirmation:
// tst_reviewconfirm; the thumbnail loader: tst_thumbnailloader).
class tst_ReviewSession : public QObject, private ReviewSessionFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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

    void bulkDecisionIsShownWhenDurable()
    {
        constexpr int many = ReviewSession::bulkRows + 500;
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("bulk"), many, m_labels);
        auto session = openSession();
        SampleListModel *model = session->model();
        session->setShowSlice(1000);
        QSignalSpy saving(session.get(), &ReviewSession::savingChanged);
        QSignalSpy refused(session.get(), &ReviewSession::decisionFailed);
        QSignalSpy counted(model, &SampleListModel::countsChanged);
        qint64 decidedWhenSaved = -1;
        connect(session.get(), &ReviewSession::savingChanged, this, [&](qint64 rows) {
            if (rows == 0 && decidedWhenSaved < 0)
                decidedWhenSaved = model->counts().decided;
        });
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
        // Shown a slice an event (1,000, 1,000, 500), saving until the last is.
        QCOMPARE(counted.size(), 3);
        QCOMPARE(decidedWhenSaved, many);
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

    // A step made, then the listing changes under it (a sample before its rows leaves the dataset): listed
    // again, each of its samples is a row earlier, and undoing it undoes those samples, not the rows.
    void undoAfterAReloadFollowsTheSamples()
    {
        auto session = openSession();
        SampleListModel *model = session->model();
        const QList<int> rows{ kSamples - 3, kSamples - 2, kSamples - 1 };
        QStringList ids;
        for (int row : rows)
            ids.append(model->item(row).id);
        QVERIFY(session->decide(rows, Decision::reject()));
        QSignalSpy deleted(session.get(), &ReviewSession::samplesDeleted);
        QVERIFY(session->deleteSamples({ 0 }, false));
        QVERIFY(deleted.wait(30000));
        QCOMPARE(deleted.first().first().toLongLong(), 1);
        QSignalSpy loaded(session.get(), &ReviewSession::loadFinished);
        session->load();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model->rowCount(), kSamples - 1);
        QCOMPARE(model->rowOf(ids[0]), kSamples - 4);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(model->decision(model->rowOf(id)), Decision::reject());
        session->undoStack()->undo();
        QCOMPARE(model->counts().decided, 0);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(model->decision(model->rowOf(id)), Decision{});
        session->undoStack()->redo();
        QCOMPARE(model->counts().decided, 3);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(model->decision(model->rowOf(id)), Decision::reject());
    }
};

QTEST_MAIN(tst_ReviewSession)
#include "tst_reviewsession.moc"
