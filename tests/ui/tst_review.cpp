#include "review/ReviewDialogs.h"
#include "review/ShortcutsDialog.h"
#include "support/ReviewPageFixture.h"
#include "widgets/LabelPicker.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

// The review grid offscreen against modelarts-local over real HTTP: filters and sort from the widgets,
// decisions from the keyboard, multi-selection, threshold accept, undo/redo, confirmation with a
// refused sample, and a broken image's error state. With AUTOLABEL_SCREENSHOTS=DIR it saves what it
// shows there (scripts/screenshots).
class tst_Review : public QObject, private ReviewPageFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        screenshots::applyEnvironment();
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

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
        // L opens the label picker, the label just used (dog, by its key) first; Escape chooses nothing.
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            if (auto *picker = qobject_cast<LabelPicker *>(QApplication::activeModalWidget())) {
                offered = picker->shown();
                QTest::keyClick(picker->filterField(), Qt::Key_Escape);
            }
        });
        const QString beforeL = current().id;
        key(Qt::Key_L);
        QCOMPARE(offered.value(0), QStringLiteral("dog"));
        QCOMPARE(offered.size(), model()->labels().size());
        QVERIFY(model()->decision(model()->rowOf(beforeL)).isNone());
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
        // Finding a label hides the other rows (the field shows from ten labels on; it filters the same).
        auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("labelFind"));
        QVERIFY(find && !find->isVisible());
        find->setText(model()->labels().value(1).left(2));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(table->isRowHidden(row), !model()->labels().value(row).contains(model()->labels().value(1).left(2)));
        find->clear();
        for (int row = 0; row < 3; ++row)
            QVERIFY(!table->isRowHidden(row));
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
        QCOMPARE(m_page->messages()->key(), QStringLiteral("threshold")); // "N samples accepted. Undo takes them back."
        action(QStringLiteral("undo"))->trigger();
        QCOMPARE(model()->counts().decided, 0);
        QVERIFY2(m_page->messages()->key() != QLatin1String("threshold"), qPrintable(m_page->messages()->text())); // taken back
        action(QStringLiteral("redo"))->trigger();
        QCOMPARE(model()->counts().decided, total);
    }

    // Delete, after asking, takes the image out of the dataset, the grid and the counts; Cancel keeps it.
    void deleteTakesTheImageOutOfTheDatasetAndTheReview()
    {
        const ReviewItem doomed = current();
        const int shown = filter()->rowCount();
        prompts::setNextChoice(2); // Cancel
        key(Qt::Key_Delete);
        QCOMPARE(filter()->rowCount(), shown);
        prompts::setNextChoice(0); // delete, keep the file
        key(Qt::Key_Delete);
        QTRY_COMPARE(filter()->rowCount(), shown - 1);
        QCOMPARE(model()->counts().total, kSamples - 1);
        QCOMPARE(model()->counts().toReview, kSamples - 1);
        QVERIFY(current().id != doomed.id); // the grid moved on
        QVERIFY(!m_server->storage().samples().find(m_dataset, doomed.id));
        // In the user's language (the screenshots run this in Chinese too).
        const auto says = [](const char *context, const char *text, int n = -1) {
            return QCoreApplication::translate(context, text, nullptr, n);
        };
        QTRY_COMPARE(m_page->messages()->text(), says("ReviewPage", "%n image(s) deleted from the dataset.", 1));
        // The service gone: no answer is no refusal, and nothing leaves the review.
        m_server.reset();
        const ReviewItem kept = current();
        prompts::setNextChoice(0);
        key(Qt::Key_Delete);
        const QString unreachable = says("ReviewPage", "Nothing was deleted: %1")
                                            .arg(says("Session", "The service cannot be reached: %1. Check the endpoint and the network."))
                                            .section(QStringLiteral("%1"), 0, 0);
        QTRY_VERIFY2(m_page->messages()->text().startsWith(unreachable), qPrintable(m_page->messages()->text()));
        QVERIFY(m_page->messages()->isError());
        QCOMPARE(filter()->rowCount(), shown - 1);
        QCOMPARE(current().id, kept.id);
    }

    // With nothing left to review the page says so and offers the confirmation; a decision taken back ends it.
    void everythingDecidedSaysHowToConfirm()
    {
        QCOMPARE(model()->counts().toReview, kSamples);
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_A);
        QCOMPARE(model()->counts().toReview, 0);
        MessageArea *messages = m_page->messages();
        QTRY_COMPARE(messages->key(), QStringLiteral("allDecided"));
        QVERIFY2(messages->text().contains(QStringLiteral("Ctrl+Enter")), qPrintable(messages->text()));
        shot(m_page.get(), QStringLiteral("all-decided"));
        auto *send = messages->findChild<QToolButton *>(QStringLiteral("messageAction"));
        QVERIFY(send && send->isVisible());
        send->click();
        QTRY_VERIFY(m_page->findChild<ConfirmDialog *>());
        m_page->findChild<ConfirmDialog *>()->reject();
        action(QStringLiteral("undo"))->trigger();
        QTRY_VERIFY(messages->key() != QLatin1String("allDecided"));
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
            QStringList keys;
            for (const QTableWidget *table : dialog->findChildren<QTableWidget *>(QStringLiteral("shortcuts")))
                for (int r = 0; r < table->rowCount(); ++r)
                    keys << table->item(r, 1)->text();
            // Every action of the Review menu with a key is listed, with all its keys, and the mouse's and
            // the viewer's own (F, 0, the arrows, the wheel, Ctrl+wheel).
            int withKeys = 0;
            for (QAction *a : m_page->menuActions())
                withKeys += a && a->isVisible() && !a->shortcuts().isEmpty();
            QCOMPARE(keys.size(), withKeys + 7);
            for (const char *own : { "F", "0", "←, →", "Wheel", "Ctrl+wheel" })
                QVERIFY2(keys.contains(QCoreApplication::translate("ShortcutsDialog", own)), own);
            QStringList acceptKeys;
            for (const QKeySequence &s : action(QStringLiteral("accept"))->shortcuts())
                acceptKeys << s.toString(QKeySequence::NativeText);
            QVERIFY(keys.contains(acceptKeys.join(QStringLiteral(", "))));
            if (k == Qt::Key_Question)
                shot(dialog, QStringLiteral("shortcuts"));
            QTest::keyClick(dialog, Qt::Key_Escape); // any key closes it
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

    // Current, selection, detail pane and the target of a key are one thing: after a click and any
    // navigation key (Ctrl held or not) the sample shown is the one selected, and A decides it alone.
    void everyNavigationKeyMovesTheSelectionWithTheCurrent()
    {
        auto *detail = m_page->findChild<QLabel *>(QStringLiteral("detail"));
        const QList<QPair<int, Qt::KeyboardModifiers>> moves{
            { Qt::Key_Home, Qt::ControlModifier },  { Qt::Key_End, Qt::ControlModifier },      { Qt::Key_Home, Qt::NoModifier },
            { Qt::Key_Right, Qt::ControlModifier }, { Qt::Key_Down, Qt::ControlModifier },     { Qt::Key_Left, Qt::ControlModifier },
            { Qt::Key_Up, Qt::ControlModifier },    { Qt::Key_PageDown, Qt::ControlModifier }, { Qt::Key_PageUp, Qt::ControlModifier },
            { Qt::Key_End, Qt::NoModifier },        { Qt::Key_PageUp, Qt::NoModifier },        { Qt::Key_Down, Qt::NoModifier },
        };
        int step = 0;
        for (const auto &[k, modifiers] : moves) {
            // A tile clicked in the middle of the grid, then the key.
            const QModelIndex clicked = filter()->index(7 + step++, 0);
            grid()->scrollTo(clicked);
            QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, grid()->visualRect(clicked).center());
            QCOMPARE(grid()->currentIndex(), clicked);
            key(k, modifiers);
            const int shown = grid()->currentSourceRow();
            const QString what = QStringLiteral("key %1 + %2").arg(k).arg(int(modifiers));
            QVERIFY2(grid()->selectedSourceRows() == QList<int>{ shown }, qPrintable(what));
            QVERIFY2(detail->text().contains(model()->item(shown).name.toHtmlEscaped()), qPrintable(what));
        }
        // The decision lands on the sample shown, not the tile clicked before.
        grid()->scrollTo(filter()->index(5, 0));
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, grid()->visualRect(filter()->index(5, 0)).center());
        const QString clicked = current().id;
        key(Qt::Key_Home, Qt::ControlModifier);
        const QString shown = current().id;
        key(Qt::Key_A);
        QCOMPARE(model()->decision(model()->rowOf(shown)), Decision::accept());
        QVERIFY(model()->decision(model()->rowOf(clicked)).isNone());
        // Ctrl+click takes the current tile out of a selection of three: another selected one is current.
        key(Qt::Key_Home);
        key(Qt::Key_Right, Qt::ShiftModifier);
        key(Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(grid()->selectedCount(), 3);
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, Qt::ControlModifier, grid()->visualRect(grid()->currentIndex()).center());
        QCOMPARE(grid()->selectedCount(), 2);
        QVERIFY(grid()->selectionModel()->isSelected(grid()->currentIndex()));
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
};

QTEST_MAIN(tst_Review)
#include "tst_review.moc"
