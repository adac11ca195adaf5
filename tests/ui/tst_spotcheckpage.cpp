#include "review/ReviewDialogs.h"
#include "review/ReviewPage.h"
#include "review/ReviewSession.h"
#include "review/ThumbnailLoader.h"
#include "samples/SampleFilterModel.h"
#include "samples/SampleListModel.h"
#include "spotcheck/SpotCheckDialog.h"
#include "spotcheck/SpotCheckPanel.h"
#include "spotcheck/SpotCheckText.h"
#include "support/ScreenshotEnvironment.h"
#include "support/SeededReview.h"
#include "widgets/MessageArea.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>

// The spot-check in the review page, offscreen against modelarts-local over real HTTP: drawn from the
// dialog, checked from the keyboard in the grid that shows only the drawn samples, estimated in the panel,
// and the thresholds it suggests taken by the threshold dialog in one click. The machine's labels in the
// seeded dataset are taken as wrong below a score of 0.5. With AUTOLABEL_SCREENSHOTS=DIR it saves the
// dialog, the panel and the threshold dialog.
class tst_SpotCheckPage : public QObject
{
    Q_OBJECT
private:
    static constexpr int kSamples = 600;
    const QStringList m_labels{ QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("fox") };
    SeededReview m_seed;
    std::unique_ptr<ReviewSession> m_session;
    std::unique_ptr<ReviewPage> m_page;

    SampleFilterModel *filter() const { return m_page->filterModel(); }
    // A text as the user reads it (the screenshots run these tests in Chinese too).
    static QString says(const char *context, const char *text) { return QCoreApplication::translate(context, text); }
    SampleGrid *grid() const { return m_page->view(); }
    ReviewItem current() const { return m_session->model()->item(filter()->mapToSource(grid()->currentIndex()).row()); }
    static bool machineIsRight(const ReviewItem &item) { return item.score >= 0.5f; }
    // The share of `label`'s samples at or above `threshold` the machine has right, and how many there are.
    QPair<double, qint64> truePrecision(const QString &label, double threshold) const
    {
        qint64 n = 0;
        qint64 right = 0;
        for (int row = 0; row < m_session->model()->rowCount(); ++row) {
            const ReviewItem &item = m_session->model()->item(row);
            if (m_labels.value(item.predicted) == label && double(item.score) >= threshold) {
                ++n;
                right += machineIsRight(item) ? 1 : 0;
            }
        }
        return { n ? double(right) / double(n) : 1.0, n };
    }

    template<typename T>
    T *waitForDialog()
    {
        T *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_page->findChild<T *>()) && dialog->isVisible()); }();
        return dialog;
    }

    // Opens the spot-check dialog, sets a 90 % +- 5 % target and seed 7, and draws.
    void draw()
    {
        QTest::keyClick(grid(), Qt::Key_C); // its own key
        auto *dialog = waitForDialog<SpotCheckDialog>();
        QVERIFY(dialog);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("targetPrecision"))->setValue(90);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("targetMargin"))->setValue(5);
        dialog->findChild<QSpinBox *>(QStringLiteral("seed"))->setValue(7);
        // What it will ask for, before anything is drawn: each label's sample size over its population.
        const qint64 perLabel = proportion::sampleSize(0.9, 0.05, 0.95, kSamples / 3);
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("sampleSize"))->text().contains(QLocale().toString(3 * perLabel)),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("sampleSize"))->text()));
        screenshots::save(dialog, QStringLiteral("spotcheck-start"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<SpotCheckDialog *>());
        // Drawn on the journal's thread; then the grid shows the drawn samples.
        QTRY_VERIFY(m_session->spotCheck()->isActive() && filter()->hasOnlySamples());
        // Offscreen, nothing gives the window back its activation when a dialog closes (a window manager does).
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        screenshots::applyEnvironment();
    }

    void init()
    {
        QVERIFY(m_seed.start(kSamples, m_labels));
        m_session = std::make_unique<ReviewSession>(m_seed.client(), m_seed.dataset, SeededReview::taskId());
        m_session->setLabels(m_labels);
        QVERIFY(m_session->openJournal(m_seed.journalPath()));
        m_page = std::make_unique<ReviewPage>();
        m_page->setThumbnailSize(96);
        m_page->resize(1400, 860);
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
        m_seed.reset();
    }

    void checkFromTheKeyboardThenThresholdsFromTheEvidence()
    {
        SpotCheckPanel *panel = m_page->spotCheckPanel();
        QVERIFY(!panel->isVisible());
        draw();
        // The grid shows the drawn samples only, in the order to check them, the first one current.
        const QStringList drawn = m_session->spotCheck()->drawnIds();
        QVERIFY(drawn.size() > 100 && drawn.size() < kSamples);
        QCOMPARE(filter()->rowCount(), drawn.size());
        for (int r = 0; r < drawn.size(); ++r)
            QCOMPARE(filter()->index(r, 0).data(SampleListModel::IdRole).toString(), drawn[r]);
        QCOMPARE(current().id, drawn.first());
        QTRY_VERIFY(panel->isVisible());
        auto *progress = panel->findChild<QProgressBar *>(QStringLiteral("spotProgress"));
        QCOMPARE(progress->maximum(), drawn.size());
        QCOMPARE(progress->value(), 0);

        // The reviewer answers one after another with the usual keys: A right, R wrong.
        for (int i = 0; i < drawn.size(); ++i) {
            QVERIFY2(current().id == drawn[i], qPrintable(QStringLiteral("at %1").arg(i)));
            QTest::keyClick(grid(), machineIsRight(current()) ? Qt::Key_A : Qt::Key_R);
        }
        QTRY_COMPARE(progress->value(), drawn.size());
        const spotcheck::Estimate e = m_session->spotCheck()->estimate();
        QCOMPARE(e.checked, drawn.size());
        const auto *overall = panel->findChild<QLabel *>(QStringLiteral("spotOverall"));
        QVERIFY2(overall->text().contains(SpotCheckText::percent(e.precision)), qPrintable(overall->text()));
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("spotTable"));
        QCOMPARE(table->rowCount(), 3);
        // Everything on screen painted with its thumbnail before the picture.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->loader()->inFlight() == 0 && m_page->loader()->queued() == 0, 20000);
        QApplication::processEvents();
        screenshots::save(m_page.get(), QStringLiteral("spotcheck-panel"));

        // The thresholds the evidence supports: above each, the machine's labels are in truth at least
        // target - margin right.
        const QList<spotcheck::Suggestion> suggestions = m_session->spotCheck()->suggestions();
        int found = 0;
        for (const spotcheck::Suggestion &s : suggestions) {
            if (s.status != spotcheck::Suggestion::Status::Found)
                continue;
            ++found;
            QCOMPARE(truePrecision(m_labels[s.label], s.threshold).first >= 0.85, true);
        }
        QVERIFY(found > 0);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("spotThresholds")), Qt::LeftButton);
        auto *dialog = waitForDialog<ThresholdDialog>();
        auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("preview"));
        QCOMPARE(preview->columnCount(), 6);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("useSuggested")), Qt::LeftButton);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("perLabel"))->isChecked());
        for (const spotcheck::Suggestion &s : suggestions) {
            const double expected = s.status == spotcheck::Suggestion::Status::Found ? s.threshold : 1.0;
            QCOMPARE(static_cast<QDoubleSpinBox *>(preview->cellWidget(s.label, 1))->value(), expected);
            QVERIFY(!preview->item(s.label, 3)->text().isEmpty());
        }
        screenshots::save(dialog, QStringLiteral("threshold-spotcheck"));
        // Applied: of the samples it accepted, at least target - margin are right.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ThresholdDialog *>());
        qint64 accepted = 0;
        qint64 right = 0;
        for (int row = 0; row < m_session->model()->rowCount(); ++row) {
            const ReviewItem &item = m_session->model()->item(row);
            if (item.decision == DecisionKind::Accept && !m_session->spotCheck()->isDrawn(item.id)) {
                ++accepted;
                right += machineIsRight(item) ? 1 : 0;
            }
        }
        QVERIFY(accepted > 0);
        QVERIFY2(double(right) / double(accepted) >= 0.85, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(accepted)));
        // The confirmation says what the check found.
        m_page->openConfirmDialog();
        auto *confirm = waitForDialog<ConfirmDialog>();
        QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("confirmText"))->text().contains(SpotCheckText::percent(e.precision)));
        confirm->reject();
    }

    void aRestartResumesTheCheckWhereItWas()
    {
        draw();
        const QStringList drawn = m_session->spotCheck()->drawnIds();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(grid(), Qt::Key_A);
        QTRY_COMPARE(m_session->spotCheck()->estimate().checked, 3);
        // The app closes; the next one opens the same review.
        m_page->setSession(nullptr);
        m_session = std::make_unique<ReviewSession>(m_seed.client(), m_session->datasetId(), m_session->taskId());
        m_session->setLabels(m_labels);
        QVERIFY(m_session->openJournal(m_seed.journalPath()));
        m_page->setSession(m_session.get(), QStringLiteral("Review: pets"));
        QSignalSpy loaded(m_session.get(), &ReviewSession::loadFinished);
        m_session->load();
        QVERIFY(loaded.wait(30000));
        QVERIFY(m_page->spotCheckPanel()->isVisible());
        QVERIFY(m_page->spotCheckPanel()->isShowingDrawn());
        QCOMPARE(filter()->rowCount(), drawn.size());
        QCOMPARE(m_page->spotCheckPanel()->findChild<QProgressBar *>(QStringLiteral("spotProgress"))->value(), 3);
        QTRY_COMPARE(current().id, drawn[3]); // the first one still to check
    }

    // Answered one by one, then the rest accepted in bulk: the panel counts only what was looked at and says
    // what the bulk decision was not.
    void aBulkAcceptOverTheDrawnIsNotEvidence()
    {
        draw();
        const qint64 drawn = m_session->spotCheck()->drawnIds().size();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(grid(), Qt::Key_A);
        QTest::keyClick(grid(), Qt::Key_A, Qt::ControlModifier);
        prompts::setNextChoice(0); // the undecided only
        QTest::keyClick(grid(), Qt::Key_A);
        QCOMPARE(m_session->model()->counts().decided, drawn);
        SpotCheckPanel *panel = m_page->spotCheckPanel();
        QTRY_COMPARE(m_session->spotCheck()->decidedUnanswered(), drawn - 4);
        auto *progress = panel->findChild<QProgressBar *>(QStringLiteral("spotProgress"));
        QTRY_COMPARE(progress->value(), 4);
        const auto *overall = panel->findChild<QLabel *>(QStringLiteral("spotOverall"));
        const QString bulk =
                says("SpotCheckPanel", "%1 checked, %2 decided in bulk or by a threshold: not evidence (open each of them to check it).")
                        .arg(QLocale().toString(4), QLocale().toString(drawn - 4));
        QVERIFY2(overall->text().contains(bulk), qPrintable(overall->text()));
        QCOMPARE(m_session->spotCheck()->estimate().checked, 4);
    }

    // A check that would draw most of its scope costs more looks than it saves: the dialog says so.
    void aCheckOfMostOfTheScopeSuggestsReviewingAll()
    {
        SpotCheckDialog dialog(m_session.get());
        auto *size = dialog.findChild<QLabel *>(QStringLiteral("sampleSize"));
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("targetPrecision"))->setValue(90);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("targetMargin"))->setValue(8);
        const QString most = says("SpotCheckDialog",
                                  "That is most of the scope: reviewing all %1 costs only %2 more looks and checks every label "
                                  "instead of estimating. Consider Cancel and reviewing them in the grid, hard examples first.")
                                     .section(QStringLiteral("%1"), 0, 0);
        QVERIFY2(!size->text().contains(most), qPrintable(size->text()));
        // 99 % +- 1 % over 200 a label asks for about two thirds of them.
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("targetPrecision"))->setValue(99);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("targetMargin"))->setValue(1);
        QVERIFY2(size->text().contains(most + QLocale().toString(kSamples)), qPrintable(size->text()));
    }

    // A drawn sample is not deleted while the check runs: its answer would be missing from the estimate.
    void aDrawnSampleIsNotDeletedUnderTheCheck()
    {
        draw();
        const qint64 before = m_session->model()->counts().total;
        prompts::setNextChoice(0);
        QTest::keyClick(grid(), Qt::Key_Delete);
        QVERIFY2(m_page->messages()->text().endsWith(
                         says("ReviewSession",
                              "%1 is drawn in the spot-check: answer it (reject a broken image) or discard the check first.")
                                 .section(QStringLiteral("%1"), 1)),
                 qPrintable(m_page->messages()->text()));
        QVERIFY(m_page->messages()->isError());
        QCOMPARE(m_session->model()->counts().total, before);
    }

    // After the last drawn sample the panel says the check is complete and what comes next.
    void theLastAnswerSaysWhatComesNext()
    {
        draw();
        SpotCheckPanel *panel = m_page->spotCheckPanel();
        const auto *next = panel->findChild<QLabel *>(QStringLiteral("spotNext"));
        QVERIFY(next && !next->isVisibleTo(panel));
        const qint64 drawn = m_session->spotCheck()->drawnIds().size();
        for (qint64 i = 0; i < drawn; ++i)
            QTest::keyClick(grid(), Qt::Key_A);
        QTRY_COMPARE(m_session->spotCheck()->estimate().checked, drawn);
        QTRY_VERIFY(next->isVisibleTo(panel));
        QApplication::processEvents();
        screenshots::save(m_page.get(), QStringLiteral("spotcheck-complete"));
        QCOMPARE(next->text(),
                 says("SpotCheckPanel",
                      "<b>The check is complete.</b> Take the thresholds its evidence supports (Thresholds…) to "
                      "accept the rest of each label, or turn off “Drawn samples only” to review the others."));
        QTRY_COMPARE(m_page->messages()->text(),
                     says("SpotCheckPanel",
                          "Spot-check complete: every drawn sample is checked. Thresholds… accepts what the evidence supports."));
    }

    // Panels scroll inside the window; the window never grows by itself: with the spot-check panel open the
    // page still fits 1024x700 (less the menu and status bars), in English and in Chinese.
    void theOpenPanelsFitASmallWindow()
    {
        draw();
        QTRY_VERIFY(m_page->spotCheckPanel()->isVisible());
        // Its longest texts in: a bulk decision's note, the scope.
        QTest::keyClick(grid(), Qt::Key_A, Qt::ControlModifier);
        prompts::setNextChoice(0);
        QTest::keyClick(grid(), Qt::Key_A);
        QApplication::processEvents();
        const QSize hint = m_page->minimumSizeHint();
        m_page->resize(1100, 660); // the default window, less its menu and status bars
        QApplication::processEvents();
        screenshots::save(m_page.get(), QStringLiteral("review-default-size"));
        // At the default size the name filter has room for what it asks (the hard-reason box is as wide as
        // the reason chosen), and the spot-check's columns are all in view, headers whole.
        const auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("search"));
        QVERIFY2(search->width() > search->fontMetrics().horizontalAdvance(search->placeholderText()),
                 qPrintable(QString::number(search->width())));
        const auto *table = m_page->spotCheckPanel()->findChild<QTableWidget *>(QStringLiteral("spotTable"));
        QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(table->horizontalHeader()->length()).arg(table->viewport()->width())));
        QVERIFY2(hint.width() <= 1024 && hint.height() <= 640, qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
    }

    void drawnOnlyCanBeTurnedOffAndTheCheckDiscarded()
    {
        draw();
        SpotCheckPanel *panel = m_page->spotCheckPanel();
        QVERIFY(panel->isShowingDrawn());
        // Shown with room for its figures and buttons, not squeezed to nothing by the splitter.
        QTRY_VERIFY(panel->height() >= panel->minimumSizeHint().height());
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("spotMore"))->height() > 0);
        auto *drawnOnly = panel->findChild<QPushButton *>(QStringLiteral("spotDrawnOnly"));
        auto *counts = m_page->findChild<QLabel *>(QStringLiteral("counts"));
        const auto shown = [&] {
            return says("ReviewPage", "Shown %1 · To review %2 · Decided %3 · Confirmed %4 · Hard %5")
                    .section(QStringLiteral("%2"), 0, 0)
                    .arg(QLocale().toString(filter()->rowCount()));
        };
        QTRY_VERIFY2(counts->text().startsWith(shown()), qPrintable(counts->text()));
        drawnOnly->click();
        QCOMPARE(filter()->rowCount(), kSamples);
        QTRY_VERIFY2(counts->text().startsWith(shown()), qPrintable(counts->text())); // not the drawn count
        drawnOnly->click();
        QTRY_VERIFY2(counts->text().startsWith(shown()), qPrintable(counts->text()));
        const qint64 before = filter()->rowCount();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("spotMore")), Qt::LeftButton);
        QTRY_VERIFY(filter()->rowCount() > before); // the new ones show too
        QCOMPARE(filter()->rowCount(), m_session->spotCheck()->drawnIds().size());
        m_session->spotCheck()->discard();
        QTRY_VERIFY(!panel->isVisible());
        QCOMPARE(filter()->rowCount(), kSamples);
    }
};

QTEST_MAIN(tst_SpotCheckPage)
#include "tst_spotcheckpage.moc"
