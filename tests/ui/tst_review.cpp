#include "Translations.h"
#include "grid/SampleDelegate.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewPage.h"
#include "review/ReviewProgressChart.h"
#include "review/ReviewSession.h"
#include "review/SampleDetailPane.h"
#include "review/SampleViewer.h"
#include "review/ShortcutsDialog.h"
#include "review/ThumbnailLoader.h"
#include "review/ZoomImageView.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "support/AutoLabeledSeed.h"
#include "support/LocalClient.h"
#include "support/ScreenshotEnvironment.h"
#include "support/TestServer.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

// The review grid offscreen against modelarts-local over real HTTP: filters and sort from the widgets,
// decisions from the keyboard, multi-selection, threshold accept, undo/redo, confirmation with a
// refused sample, and a broken image's error state. With AUTOLABEL_SCREENSHOTS=DIR it saves what it
// shows there (scripts/screenshots).
class tst_Review : public QObject
{
    Q_OBJECT
private:
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

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_local.reset();
        m_server.reset();
        m_dir.reset();
    }

    void showsDoubtfulFirstWithCounts()
    {
        QCOMPARE(filter()->rowCount(), kSamples);
        QCOMPARE(grid()->currentIndex().row(), 0);
        QCOMPARE(current().score, float(0.30)); // the lowest score of the seed
        auto *counts = m_page->findChild<QLabel *>(QStringLiteral("counts"));
        if (english()) {
            QTRY_VERIFY(counts->text().contains(QStringLiteral("To review 120")));
            QVERIFY(counts->text().contains(QStringLiteral("Hard 30")));
        }
        auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("labelCounts"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("40"));
        waitForThumbnails();
        shot(m_page.get(), QStringLiteral("review"));
    }

    void filtersAndSortFromTheWidgets()
    {
        auto *hard = m_page->findChild<QComboBox *>(QStringLiteral("hardFilter"));
        hard->setCurrentIndex(hard->findData(int(SampleFilterModel::HardFilter::HardOnly)));
        QCOMPARE(filter()->rowCount(), 30);
        auto *label = m_page->findChild<QComboBox *>(QStringLiteral("labelFilter"));
        label->setCurrentIndex(label->findData(1)); // dog: i % 3 == 1, and hard: i % 4 == 0
        QCOMPARE(filter()->rowCount(), 10);
        auto *reason = m_page->findChild<QComboBox *>(QStringLiteral("reasonFilter"));
        QVERIFY(reason->findData(2) > 0);
        reason->setCurrentIndex(reason->findData(2)); // every 8th
        QCOMPARE(filter()->rowCount(), 5);
        reason->setCurrentIndex(0);
        label->setCurrentIndex(0);
        hard->setCurrentIndex(0);
        auto *low = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("lowScore"));
        low->setValue(0.9);
        int expected = 0;
        for (int i = 0; i < kSamples; ++i)
            expected += seed::scoreOf(i, kSamples) >= 0.9 - 1e-6;
        QCOMPARE(filter()->rowCount(), expected);
        low->setValue(0);
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("img_00010"));
        QCOMPARE(filter()->rowCount(), 10); // img_000100 .. img_000109
        search->clear();
        auto *sort = m_page->findChild<QComboBox *>(QStringLiteral("sort"));
        sort->setCurrentIndex(3); // name
        QCOMPARE(filter()->index(0, 0).data(SampleListModel::NameRole).toString(), QStringLiteral("img_000000.jpg"));
        sort->setCurrentIndex(1); // score, highest first
        QVERIFY(filter()->index(0, 0).data(SampleListModel::ScoreRole).toDouble() > 0.99);
    }

    void keyboardDecidesAndMovesOn()
    {
        const ReviewItem first = current();
        key(Qt::Key_A);
        QCOMPARE(model()->decision(model()->rowOf(first.id)), Decision::accept());
        QCOMPARE(grid()->currentIndex().row(), 1); // moved on
        const ReviewItem second = current();
        key(Qt::Key_2);
        QCOMPARE(model()->decision(model()->rowOf(second.id)), Decision::relabel(QStringLiteral("dog")));
        const ReviewItem third = current();
        key(Qt::Key_R);
        QCOMPARE(model()->decision(model()->rowOf(third.id)), Decision::reject());
        const ReviewItem fourth = current();
        key(Qt::Key_S);
        QVERIFY(model()->decision(model()->rowOf(fourth.id)).isNone());
        QCOMPARE(grid()->currentIndex().row(), 4);
        key(Qt::Key_K); // back
        QCOMPARE(current().id, fourth.id);
        auto *counts = m_page->findChild<QLabel *>(QStringLiteral("counts"));
        if (english())
            QTRY_VERIFY(counts->text().contains(QStringLiteral("Decided 3")));
        // Showing only what is left to review: a decision takes the sample out and the next one comes up.
        auto *state = m_page->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findData(int(SampleFilterModel::StateFilter::ToReview)));
        grid()->setCurrentIndex(filter()->index(0, 0));
        const QString next = filter()->index(1, 0).data(SampleListModel::IdRole).toString();
        key(Qt::Key_A);
        QCOMPARE(filter()->rowCount(), kSamples - 4);
        QCOMPARE(current().id, next);
        // Every decision is in the Review menu's actions with its key.
        QCOMPARE(action(QStringLiteral("accept"))->shortcut(), QKeySequence(Qt::Key_A));
        if (english())
            QCOMPARE(action(QStringLiteral("relabel2"))->text(), QStringLiteral("Relabel to dog"));
        // Everything not confirmed: the decided ones with their frames and badges.
        state->setCurrentIndex(state->findData(int(SampleFilterModel::StateFilter::Pending)));
        grid()->setCurrentIndex(filter()->index(0, 0));
        waitForThumbnails();
        shot(m_page.get(), QStringLiteral("review-decided"));
    }

    void multiSelectionDecidesAllAndUndoTakesItBack()
    {
        auto *hard = m_page->findChild<QComboBox *>(QStringLiteral("hardFilter"));
        hard->setCurrentIndex(hard->findData(int(SampleFilterModel::HardFilter::HardOnly)));
        key(Qt::Key_A, Qt::ControlModifier); // select all shown
        QCOMPARE(grid()->selectionModel()->selectedIndexes().size(), 30);
        key(Qt::Key_A);
        QCOMPARE(model()->counts().decided, 30);
        for (int r = 0; r < filter()->rowCount(); ++r)
            QCOMPARE(DecisionKind(filter()->index(r, 0).data(SampleListModel::DecisionRole).toInt()), DecisionKind::Accept);
        QCOMPARE(m_session->undoStack()->count(), 1);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->counts().decided, 0);
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model()->counts().decided, 30);
        // Shift+click extends, Ctrl+click adds.
        hard->setCurrentIndex(0);
        grid()->clearSelection();
        grid()->setCurrentIndex(filter()->index(0, 0));
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, Qt::NoModifier, grid()->visualRect(filter()->index(0, 0)).center());
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, Qt::ShiftModifier, grid()->visualRect(filter()->index(3, 0)).center());
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, Qt::ControlModifier, grid()->visualRect(filter()->index(6, 0)).center());
        QCOMPARE(grid()->selectionModel()->selectedIndexes().size(), 5);
        prompts::setNextChoice(1); // some are accepted already: overwrite them too
        key(Qt::Key_R);
        const auto c = model()->counts();
        QCOMPARE(c.labels[0].rejected + c.labels[1].rejected + c.labels[2].rejected, 5);
    }

    void thresholdPreviewThenApplyAsOneStep()
    {
        action(QStringLiteral("threshold"))->trigger();
        ThresholdDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<ThresholdDialog *>()) && dialog->isVisible());
        auto *threshold = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("threshold"));
        threshold->setValue(0.8);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("preview"));
        qint64 total = 0;
        for (int row = 0; row < 3; ++row) {
            int expected = 0;
            for (int i = row; i < kSamples; i += 3)
                expected += i % 4 != 0 && seed::scoreOf(i, kSamples) >= 0.8 - 1e-6;
            QCOMPARE(table->item(row, 2)->text(), QString::number(expected));
            total += expected;
        }
        dialog->findChild<QCheckBox *>(QStringLiteral("includeHard"))->setChecked(true);
        int withHard = 0;
        for (int i = 0; i < kSamples; ++i)
            withHard += seed::scoreOf(i, kSamples) >= 0.8 - 1e-6;
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("total"))->text().contains(QString::number(withHard)));
        dialog->findChild<QCheckBox *>(QStringLiteral("includeHard"))->setChecked(false);
        shot(dialog, QStringLiteral("threshold"));
        auto *undoButton = m_page->findChild<QToolButton *>(QStringLiteral("undoButton"));
        QVERIFY(undoButton);
        const QRect undoPlace = undoButton->geometry();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ThresholdDialog *>());
        // The undo button keeps its place and width; what it would undo is in its tooltip.
        QCoreApplication::processEvents();
        QCOMPARE(undoButton->geometry(), undoPlace);
        QVERIFY(undoButton->isEnabled());
        QCOMPARE(undoButton->toolTip(), action(QStringLiteral("undo"))->toolTip());
        QVERIFY2(undoButton->toolTip().contains(m_session->undoStack()->undoText()),
                 qPrintable(undoButton->toolTip())); // "Undo: Accept ..."
        QVERIFY(undoButton->toolTip().size() > undoButton->text().size());
        QCOMPARE(model()->counts().decided, total);
        QCOMPARE(m_session->undoStack()->count(), 1);
        action(QStringLiteral("undo"))->trigger();
        QCOMPARE(model()->counts().decided, 0);
        action(QStringLiteral("redo"))->trigger();
        QCOMPARE(model()->counts().decided, total);
    }

    void confirmListsARefusedSampleThatStaysPending()
    {
        key(Qt::Key_A);
        key(Qt::Key_A);
        key(Qt::Key_3);
        // An unknown label (renamed on the service meanwhile, say): the service refuses that one sample.
        const int refusedRow = filter()->sourceRow(3);
        QVERIFY(m_session->decide({ refusedRow }, Decision::relabel(QStringLiteral("wolf"))));
        action(QStringLiteral("confirm"))->trigger();
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<ConfirmDialog *>()) && dialog->isVisible());
        auto *summary = dialog->findChild<QTableWidget *>(QStringLiteral("summary"));
        QVERIFY(summary->rowCount() >= 2);
        shot(dialog, QStringLiteral("confirm"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
        auto *failures = dialog->findChild<QTreeWidget *>(QStringLiteral("failures"));
        QTRY_VERIFY_WITH_TIMEOUT(failures->isVisible(), 20000);
        QCOMPARE(failures->topLevelItemCount(), 1);
        QCOMPARE(failures->topLevelItem(0)->text(0), model()->item(refusedRow).name);
        QVERIFY(failures->topLevelItem(0)->text(1).contains(QStringLiteral("ModelArts.4410"))); // the service's code, in any language
        shot(dialog, QStringLiteral("confirm-refused"));
        QCOMPARE(model()->counts().confirmed, 3);
        QCOMPARE(model()->item(refusedRow).state, ReviewState::Failed);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("send"))->isEnabled()); // send again
        dialog->findChild<QPushButton *>(QStringLiteral("close"))->click();
        // Confirmed samples leave the list; the refused one is found with its filter.
        QCOMPARE(filter()->rowCount(), kSamples - 3);
        auto *state = m_page->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findData(int(SampleFilterModel::StateFilter::Failed)));
        QCOMPARE(filter()->rowCount(), 1);
        // The counts name the refused one, the separator as it is written (not UTF-8 read as Latin-1, "Â·").
        auto *counts = m_page->findChild<QLabel *>(QStringLiteral("counts"));
        QTRY_VERIFY(counts->text().contains(QStringLiteral(" · ")));
        QVERIFY(!counts->text().contains(QChar(0x00C2)));
    }

    void reloadKeepsTheDecisions()
    {
        const QString first = current().id;
        key(Qt::Key_A);
        QSignalSpy loaded(m_session.get(), &ReviewSession::loadFinished);
        QSignalSpy restored(m_session.get(), &ReviewSession::restored);
        action(QStringLiteral("reload"))->trigger();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model()->rowCount(), kSamples);
        QCOMPARE(model()->decision(model()->rowOf(first)), Decision::accept());
        QCOMPARE(restored.size(), 1);
    }

    void enterAndSpaceAcceptAndMoveOn()
    {
        for (int k : { int(Qt::Key_Return), int(Qt::Key_Enter), int(Qt::Key_Space) }) {
            const ReviewItem before = current();
            const int row = grid()->currentIndex().row();
            key(k);
            QCOMPARE(model()->decision(model()->rowOf(before.id)), Decision::accept());
            QCOMPARE(grid()->currentIndex().row(), row + 1);
        }
        QCOMPARE(model()->counts().decided, 3);
    }

    void questionMarkListsEveryShortcut()
    {
        for (int k : { int(Qt::Key_Question), int(Qt::Key_F1) }) {
            key(k);
            ShortcutsDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = m_page->findChild<ShortcutsDialog *>()) && dialog->isVisible());
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcuts"));
            QStringList keys;
            for (int r = 0; r < table->rowCount(); ++r)
                keys << table->item(r, 1)->text();
            // Every action of the Review menu with a key is listed, with all its keys.
            int withKeys = 0;
            for (QAction *a : m_page->menuActions())
                withKeys += a && a->isVisible() && !a->shortcuts().isEmpty();
            QCOMPARE(table->rowCount(), withKeys);
            QStringList acceptKeys;
            for (const QKeySequence &s : action(QStringLiteral("accept"))->shortcuts())
                acceptKeys << s.toString(QKeySequence::NativeText);
            QVERIFY(keys.contains(acceptKeys.join(QStringLiteral(", "))));
            if (k == Qt::Key_Question)
                shot(dialog, QStringLiteral("shortcuts"));
            dialog->close();
            QTRY_VERIFY(!m_page->findChild<ShortcutsDialog *>());
            m_page->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        }
    }

    void filterChoicesAreNotClipped()
    {
        auto *reasons = m_page->findChild<QComboBox *>(QStringLiteral("reasonFilter"));
        QVERIFY(reasons->count() > 1);
        for (int i = 0; i < reasons->count(); ++i) {
            reasons->setCurrentIndex(i);
            QApplication::processEvents();
            const int needed = reasons->fontMetrics().horizontalAdvance(reasons->currentText());
            QVERIFY2(reasons->width() > needed, qPrintable(reasons->currentText()));
            QCOMPARE(reasons->toolTip(), reasons->currentText());
        }
    }

    void bulkDecisionAsksBeforeOverwriting()
    {
        auto *selected = m_page->findChild<QLabel *>(QStringLiteral("selected"));
        // Two manual relabels, then everything selected and accepted.
        key(Qt::Key_2);
        key(Qt::Key_2);
        const QString first = model()->item(filter()->sourceRow(0)).id;
        const QString second = model()->item(filter()->sourceRow(1)).id;
        key(Qt::Key_A, Qt::ControlModifier);
        if (english())
            QTRY_COMPARE(selected->text(), QStringLiteral("Selected %1").arg(kSamples));
        prompts::setNextChoice(0); // the undecided only
        key(Qt::Key_A);
        if (english())
            QVERIFY(prompts::lastText().contains(QStringLiteral("2 of the %1 selected samples are decided already").arg(kSamples)));
        QCOMPARE(prompts::lastChoices().size(), 3);
        QCOMPARE(model()->decision(model()->rowOf(first)), Decision::relabel(QStringLiteral("dog")));
        QCOMPARE(model()->decision(model()->rowOf(second)), Decision::relabel(QStringLiteral("dog")));
        QCOMPARE(model()->counts().decided, kSamples);
        // Overwrite, when asked to.
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->counts().decided, 2);
        prompts::setNextChoice(1);
        key(Qt::Key_A);
        QCOMPARE(model()->decision(model()->rowOf(first)), Decision::accept());
        // Cancel changes nothing.
        key(Qt::Key_Z, Qt::ControlModifier);
        prompts::setNextChoice(2);
        key(Qt::Key_R);
        QCOMPARE(model()->counts().decided, 2);
        QCOMPARE(model()->decision(model()->rowOf(first)), Decision::relabel(QStringLiteral("dog")));
    }

    void reloadWhileOfflineKeepsTheGrid()
    {
        auto *counts = m_page->findChild<QLabel *>(QStringLiteral("counts"));
        const QString undecided = counts->text();
        key(Qt::Key_A);
        const int shown = filter()->rowCount();
        const ReviewItem before = current();
        QTRY_VERIFY(counts->text() != undecided); // the counts say the decision
        const QString countsBefore = counts->text();
        m_server->stop();
        QSignalSpy failed(m_session.get(), &ReviewSession::loadFailed);
        key(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(failed.wait(30000));
        QCOMPARE(filter()->rowCount(), shown);
        QCOMPARE(current().id, before.id);
        QTRY_COMPARE(counts->text(), countsBefore);
        QCOMPARE(m_session->undoStack()->count(), 1);
        MessageArea *messages = m_page->messages();
        QCOMPARE(messages->key(), QStringLiteral("load"));
        QVERIFY(messages->isError());
        // The whole listing is still there: confirming is possible (not "still loading").
        key(Qt::Key_Return, Qt::ControlModifier);
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<ConfirmDialog *>()) && dialog->isVisible());
        dialog->reject();
        // The service back: the reload goes through and the message goes.
        QVERIFY(m_server->restart());
        QSignalSpy loaded(m_session.get(), &ReviewSession::loadFinished);
        key(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(loaded.wait(30000));
        QVERIFY(messages->key().isEmpty() || messages->key() == QStringLiteral("restored"));
        QCOMPARE(m_session->undoStack()->count(), 1);
    }

    void detailPaneShowsTheSelectedSampleOrNothing()
    {
        auto *detail = m_page->detailPane()->findChild<QLabel *>(QStringLiteral("detail"));
        QVERIFY(detail);
        QTRY_VERIFY(!detail->text().isEmpty());
        grid()->setCurrentIndex({});
        QTRY_VERIFY(detail->text().isEmpty());
    }

    void networkFailureIsNotARefusal()
    {
        m_session->confirmer()->setResumeDelays(100, 400);
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_A);
        auto *filterBar = m_page->findChild<QWidget *>(QStringLiteral("filterBar"));
        const int filterTop = filterBar->mapTo(m_page.get(), QPoint(0, 0)).y();
        m_server->stop();
        action(QStringLiteral("confirm"))->trigger();
        ConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<ConfirmDialog *>()) && dialog->isVisible());
        QSignalSpy finished(m_session.get(), &ReviewSession::confirmFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto *text = dialog->findChild<QLabel *>(QStringLiteral("confirmText"));
        if (english()) {
            QVERIFY2(text->text().contains(QStringLiteral("could not be reached")), qPrintable(text->text()));
            QVERIFY(text->text().contains(QStringLiteral("confirmed before that")));
            QVERIFY(text->text().contains(QStringLiteral("%1 were not sent").arg(kSamples)));
            QVERIFY(!text->text().contains(QStringLiteral("refused by the service")));
        }
        QVERIFY(!dialog->findChild<QTreeWidget *>(QStringLiteral("failures"))->isVisible());
        // The whole text is on screen (the label takes the lines it wraps to).
        auto *summary = dialog->findChild<QTableWidget *>(QStringLiteral("summary"));
        QTRY_VERIFY(text->height() >= text->minimumHeight() && summary->geometry().top() > text->geometry().bottom());
        shot(dialog, QStringLiteral("confirm-unreachable"));
        dialog->findChild<QPushButton *>(QStringLiteral("close"))->click();
        // Nothing marked refused: all still decided, and a message that does not move the page.
        const auto c = model()->counts();
        QCOMPARE(c.failed, 0);
        QCOMPARE(c.decided, kSamples);
        MessageArea *messages = m_page->messages();
        QCOMPARE(messages->key(), QStringLiteral("unsent"));
        QCOMPARE(filterBar->mapTo(m_page.get(), QPoint(0, 0)).y(), filterTop);
        shot(m_page.get(), QStringLiteral("review-unsent"));
        // The service answers again: sending resumes by itself, the message goes.
        QVERIFY(m_server->restart());
        QTRY_COMPARE_WITH_TIMEOUT(model()->counts().confirmed, kSamples, 30000);
        QTRY_VERIFY(messages->key().isEmpty());
        QCOMPARE(filterBar->mapTo(m_page.get(), QPoint(0, 0)).y(), filterTop);
    }

    void messagesAreDismissedAndClearedWithTheirCause()
    {
        auto *filterBar = m_page->findChild<QWidget *>(QStringLiteral("filterBar"));
        const int filterTop = filterBar->mapTo(m_page.get(), QPoint(0, 0)).y();
        // A refused sample: the red message, cleared when a corrected one is sent.
        const int refusedRow = filter()->sourceRow(0);
        QVERIFY(m_session->decide({ refusedRow }, Decision::relabel(QStringLiteral("wolf"))));
        QSignalSpy finished(m_session.get(), &ReviewSession::confirmFinished);
        m_session->confirm();
        QVERIFY(finished.wait(30000));
        MessageArea *messages = m_page->messages();
        QCOMPARE(messages->key(), QStringLiteral("refused"));
        QCOMPARE(filterBar->mapTo(m_page.get(), QPoint(0, 0)).y(), filterTop);
        QVERIFY(m_session->decide({ refusedRow }, Decision::relabel(QStringLiteral("fox"))));
        finished.clear();
        m_session->confirm();
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(messages->key().isEmpty());
        // Any message can be dismissed.
        messages->show(QStringLiteral("test"), QStringLiteral("Something to say"));
        auto *dismiss = messages->findChild<QToolButton *>(QStringLiteral("dismissMessage"));
        QVERIFY(dismiss->isVisible());
        dismiss->click();
        QVERIFY(messages->key().isEmpty());
        QCOMPARE(filterBar->mapTo(m_page.get(), QPoint(0, 0)).y(), filterTop);
    }

    void viewerShowsTheSourceLargeAndTakesTheKeys()
    {
        // Some labeled samples in the dataset, to compare with.
        QVERIFY(m_session->decide({ 0, 1, 2, 3, 4, 5 }, Decision::accept()));
        QSignalSpy finished(m_session.get(), &ReviewSession::confirmFinished);
        m_session->confirm();
        QVERIFY(finished.wait(30000));
        grid()->setCurrentIndex(filter()->index(0, 0));
        const ReviewItem first = current();
        // A double-click as the window system sends it: a click, then the double-click.
        const QPoint cell = grid()->visualRect(grid()->currentIndex()).center();
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
        QTest::mouseDClick(grid()->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
        SampleViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = m_page->findChild<SampleViewer *>()) && viewer->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(viewer));
        ZoomImageView *image = viewer->imageView();
        QCOMPARE(viewer->shownId(), first.id);
        // The source image, at its own size (not the preview).
        QTRY_COMPARE_WITH_TIMEOUT(image->image().size(), QSize(first.width, first.height), 20000);
        QVERIFY(image->isFitted());
        // The wheel zooms at the cursor: the image point under it stays.
        const QPointF imagePoint(10, 10);
        const QPointF at = image->toWidget(imagePoint);
        const double before = image->scale();
        QWheelEvent wheel(at, image->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(image, &wheel);
        QCOMPARE(image->scale(), before * 1.25);
        QVERIFY((image->toWidget(imagePoint) - at).manhattanLength() < 0.01);
        // Dragging pans.
        QTest::mousePress(image, Qt::LeftButton, Qt::NoModifier, at.toPoint());
        QTest::mouseMove(image, at.toPoint() + QPoint(30, 20));
        QTest::mouseRelease(image, Qt::LeftButton, Qt::NoModifier, at.toPoint() + QPoint(30, 20));
        QVERIFY((image->toWidget(imagePoint) - (at + QPointF(30, 20))).manhattanLength() < 0.01);
        QTest::keyClick(image, Qt::Key_0);
        QCOMPARE(image->scale(), 1.0);
        QTest::keyClick(image, Qt::Key_F);
        QVERIFY(image->isFitted());
        // The arrow keys go through the samples; the decision keys decide the one shown and move on.
        QTest::keyClick(image, Qt::Key_Right);
        const QString second = viewer->shownId();
        QVERIFY(second != first.id);
        QTest::keyClick(image, Qt::Key_Left);
        QCOMPARE(viewer->shownId(), first.id);
        QTest::keyClick(image, Qt::Key_A);
        QCOMPARE(model()->decision(model()->rowOf(first.id)), Decision::accept());
        QCOMPARE(viewer->shownId(), second);
        // Labeled samples of the predicted label beside it.
        auto *strip = viewer->findChild<QListWidget *>(QStringLiteral("predictedStrip"));
        QTRY_VERIFY_WITH_TIMEOUT(strip->count() > 0, 20000);
        QVERIFY(strip->item(0)->text().startsWith(QStringLiteral("img_")));
        QSet<QString> names;
        for (int i = 0; i < strip->count(); ++i)
            names.insert(strip->item(i)->text());
        QCOMPARE(names.size(), strip->count()); // each sample once, however often the strip was asked for
        QTRY_VERIFY_WITH_TIMEOUT(!strip->item(0)->icon().isNull(), 20000);
        QVERIFY(viewer->findChild<QListWidget *>(QStringLiteral("compareStrip")));
        shot(viewer, QStringLiteral("viewer"));
        viewer->close();
    }

    void tilesAndCountsShowWhatTheReviewerAsks()
    {
        // The file name on hover, and under the tile when asked.
        const QModelIndex first = filter()->index(0, 0);
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(first.data(SampleListModel::NameRole).toString()));
        const int cellHeight = grid()->gridSize().height();
        m_page->findChild<QCheckBox *>(QStringLiteral("showNames"))->setChecked(true);
        QCOMPARE(grid()->gridSize().height(), cellHeight + grid()->fontMetrics().height());
        // The tiles' size from the grid: the slider, and Ctrl+wheel.
        auto *slider = m_page->findChild<QSlider *>(QStringLiteral("thumbnailSlider"));
        QSignalSpy sized(m_page.get(), &ReviewPage::thumbnailSizeChanged);
        slider->setValue(128);
        QCOMPARE(m_page->loader()->thumbnailSize(), 128);
        QCOMPARE(sized.last().first().toInt(), 128);
        const QPointF at = grid()->viewport()->rect().center();
        QWheelEvent wheel(at, grid()->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(grid()->viewport(), &wheel);
        QCOMPARE(slider->value(), 128 + slider->singleStep());
        QCOMPARE(m_page->loader()->thumbnailSize(), 128 + slider->singleStep());
        // Each label's colour (the dataset's own where it has one) on the tiles and in the table.
        model()->setLabelColors({ { QStringLiteral("cat"), QColor(QStringLiteral("#ff0000")) } });
        QCOMPARE(model()->labelColor(0), QColor(QStringLiteral("#ff0000")));
        QVERIFY(model()->labelColor(1).isValid() && model()->labelColor(1) != model()->labelColor(2));
        // The per-label table follows the filters and counts the rejected.
        const int catRow = model()->rowOf(model()->item(0).id); // sample 0 is a cat
        QVERIFY(m_session->decide({ catRow }, Decision::reject()));
        auto *labelFilter = m_page->findChild<QComboBox *>(QStringLiteral("labelFilter"));
        labelFilter->setCurrentIndex(labelFilter->findData(0)); // cat
        auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("labelCounts"));
        QTRY_COMPARE(table->item(1, 1)->text(), QStringLiteral("0")); // no dog among the cats shown
        QCOMPARE(table->item(0, 1)->text(), QString::number(kSamples / 3));
        QCOMPARE(table->horizontalHeaderItem(5)->text(), QCoreApplication::translate("SampleDetailPane", "Rejected"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("1"));
        QVERIFY(!table->item(0, 0)->icon().isNull());
        // The progress chart: the whole review, per label.
        auto *chart = m_page->detailPane()->progressChart();
        if (english())
            QTRY_VERIFY2(chart->toolTip().contains(QStringLiteral("cat: 0 confirmed, 1 decided, %1 left").arg(kSamples / 3 - 1)),
                         qPrintable(chart->toolTip()));
        labelFilter->setCurrentIndex(0);
        waitForThumbnails();
        shot(m_page.get(), QStringLiteral("review-tiles"));
    }

    void brokenImageIsDrawnAsSuch()
    {
        // Break one image on disk (its preview not made yet), then show it.
        const ReviewItem &broken = model()->item(model()->rowCount() - 1);
        const auto record = m_server->storage().samples().find(m_dataset, broken.id);
        QVERIFY(record);
        QFile file(QDir(m_server->dataDir()).filePath(record->relPath));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not an image");
        file.close();
        m_page->findChild<QLineEdit *>(QStringLiteral("search"))->setText(broken.name);
        QCOMPARE(filter()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->loader()->failure(broken.id).isEmpty(), false, 20000);
        QApplication::processEvents();
        // The cell shows the drawn error state: the red picture frame, no thumbnail.
        const QImage cell = grid()->viewport()->grab(grid()->visualRect(filter()->index(0, 0))).toImage();
        int red = 0;
        for (int y = 0; y < cell.height(); ++y)
            for (int x = 0; x < cell.width(); ++x) {
                const QColor c = cell.pixelColor(x, y);
                red += c.red() > 170 && c.green() < 110 && c.blue() < 100;
            }
        QVERIFY2(red > 20, qPrintable(QString::number(red)));
        shot(m_page.get(), QStringLiteral("review-broken"));
    }
};

QTEST_MAIN(tst_Review)
#include "tst_review.moc"
