#include "review/ReviewDialogs.h"
#include "review/ReviewProgressChart.h"
#include "review/SampleDetailPane.h"
#include "review/SampleViewer.h"
#include "review/ZoomImageView.h"
#include "support/ReviewPageFixture.h"
#include "widgets/MessageArea.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QWheelEvent>

// What the review shows of its samples, offscreen against modelarts-local over real HTTP: the detail pane,
// the viewer, the tiles and their counts, a broken image, and the messages, each cleared with its cause.
// With AUTOLABEL_SCREENSHOTS=DIR it saves what it shows there (scripts/screenshots).
class tst_ReviewView : public QObject, private ReviewPageFixture
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
        // The decisions as buttons too: Reject decides the one shown and moves on.
        auto *reject = viewer->findChild<QToolButton *>(QStringLiteral("rejectButton"));
        QVERIFY(reject && reject->isVisible() && viewer->findChild<QToolButton *>(QStringLiteral("acceptButton")));
        reject->click();
        QCOMPARE(model()->decision(model()->rowOf(second)), Decision::reject());
        QVERIFY(viewer->shownId() != second);
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

QTEST_MAIN(tst_ReviewView)
#include "tst_reviewview.moc"
