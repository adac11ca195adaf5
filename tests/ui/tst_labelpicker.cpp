#include "support/ScreenshotEnvironment.h"
#include "widgets/LabelPicker.h"
#include "widgets/Prompts.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// Choosing one label of many by typing: a Chinese name by its initials, an English one by a word; the
// recent ones first; Enter takes the first shown, the arrows move; nothing matching says so.
class tst_LabelPicker : public QObject
{
    Q_OBJECT
private:
    static QStringList manyLabels()
    {
        const QStringList han{ QStringLiteral("红"), QStringLiteral("黄"), QStringLiteral("蓝"), QStringLiteral("绿"),
                               QStringLiteral("花"), QStringLiteral("草"), QStringLiteral("树"), QStringLiteral("叶") };
        QStringList labels;
        for (int i = 0; i < 1000; ++i)
            labels.append(i % 4 == 0 ? han[i % 8] + han[(i / 8) % 8] + han[(i / 64) % 8]
                                     : QStringLiteral("class %1 item_%2").arg(i).arg(i % 7));
        labels.append(QStringLiteral("红玫瑰"));
        labels.append(QStringLiteral("garden rose"));
        return labels;
    }

private slots:
    void initTestCase() { screenshots::applyEnvironment(); }

    void typingFindsAChineseLabelByItsInitials()
    {
        const QStringList labels = manyLabels();
        LabelPicker picker(labels, {}, QCoreApplication::translate("ReviewPage", "&Label:"));
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QCOMPARE(picker.shown().size(), labels.size());
        QTest::keyClicks(picker.filterField(), QStringLiteral("hmg"));
        QCOMPARE(picker.shown().value(0), QStringLiteral("红玫瑰"));
        screenshots::save(&picker, QStringLiteral("label-picker"));
        QTest::keyClick(picker.filterField(), Qt::Key_Return);
        QCOMPARE(picker.result(), int(QDialog::Accepted));
        QCOMPARE(picker.chosen(), QStringLiteral("红玫瑰"));
    }

    void aWordTheArrowsAndTheRecentOnes()
    {
        const QStringList labels = manyLabels();
        LabelPicker picker(labels, { QStringLiteral("garden rose"), QStringLiteral("not a label") }, QStringLiteral("Label:"));
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QCOMPARE(picker.shown().value(0), QStringLiteral("garden rose")); // recent first; an unknown one left out
        QCOMPARE(picker.shown().size(), labels.size());
        QTest::keyClicks(picker.filterField(), QStringLiteral("item_3"));
        const QStringList shown = picker.shown();
        QVERIFY(!shown.isEmpty());
        QTest::keyClick(picker.filterField(), Qt::Key_Down);
        QTest::keyClick(picker.filterField(), Qt::Key_Return);
        QCOMPARE(picker.chosen(), shown.value(1));
    }

    void theProposalsComeFirstOnTheirKeys()
    {
        const QStringList labels = manyLabels();
        LabelPicker picker(labels, { QStringLiteral("garden rose") }, QStringLiteral("Label:"));
        picker.setProposals({ QStringLiteral("红玫瑰"), QStringLiteral("not a label"), QStringLiteral("class 5 item_5"),
                              QStringLiteral("class 6 item_6"), QStringLiteral("class 7 item_0") });
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        // At most three, the unknown left out; then the recent ones; every label once.
        QCOMPARE(picker.shown().mid(0, 4),
                 (QStringList{ QStringLiteral("红玫瑰"), QStringLiteral("class 5 item_5"), QStringLiteral("class 6 item_6"),
                               QStringLiteral("garden rose") }));
        QCOMPARE(picker.shown().size(), labels.size());
        auto *list = picker.findChild<QListWidget *>(QStringLiteral("labelList"));
        QVERIFY(list->item(0)->text().startsWith(QLatin1Char('1')));
        screenshots::save(&picker, QStringLiteral("label-picker-proposals"));
        // Typing: the matches only, no key marks.
        QTest::keyClicks(picker.filterField(), QStringLiteral("item_5"));
        QVERIFY(!picker.shown().contains(QStringLiteral("红玫瑰")));
        QCOMPARE(list->item(0)->text(), list->item(0)->data(Qt::UserRole).toString());
        // 2 takes the second proposal while nothing is typed.
        picker.filterField()->clear();
        QTest::keyClick(picker.filterField(), Qt::Key_2);
        QCOMPARE(picker.result(), int(QDialog::Accepted));
        QCOMPARE(picker.chosen(), QStringLiteral("class 5 item_5"));
    }

    void nothingMatchingSaysSoAndTakesNothing()
    {
        LabelPicker picker(manyLabels(), {}, QStringLiteral("Label:"));
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QTest::keyClicks(picker.filterField(), QStringLiteral("zzzz"));
        QVERIFY(picker.shown().isEmpty());
        QVERIFY(picker.findChild<QLabel *>(QStringLiteral("labelCount"))->text().contains(QStringLiteral("zzzz")));
        QTest::keyClick(picker.filterField(), Qt::Key_Return);
        QVERIFY(picker.isVisible()); // still open: nothing was chosen
        QVERIFY(picker.chosen().isEmpty());
    }

    // A keystroke over a thousand labels filters well within a frame.
    void eachKeystrokeIsQuick()
    {
        LabelPicker picker(manyLabels(), {}, QStringLiteral("Label:"));
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QElapsedTimer timer;
        qint64 worst = 0;
        for (const QChar c : QStringLiteral("class 9")) {
            timer.start();
            QTest::keyClick(picker.filterField(), c.toLatin1());
            worst = qMax(worst, timer.elapsed());
        }
        qInfo("slowest keystroke over 1,002 labels: %lld ms", worst);
        QVERIFY2(worst < 50, qPrintable(QString::number(worst))); // 16 ms on a quiet machine; CI shares its cores
    }

    // The tables of one row per label (threshold, spot-check, publish) find their rows the same way.
    void aTableOfLabelsFindsItsRows()
    {
        QWidget host;
        auto *table = new QTableWidget(0, 2, &host);
        const auto fill = [table](const QStringList &labels) {
            table->setRowCount(int(labels.size()));
            for (int row = 0; row < labels.size(); ++row)
                table->setItem(row, 0, new QTableWidgetItem(labels[row]));
        };
        fill({ QStringLiteral("cat"), QStringLiteral("dog") });
        QLineEdit *find = labelFindField(table, 0, &host);
        host.show();
        QVERIFY(!find->isVisible()); // two labels: no need
        QStringList many;
        for (int i = 0; i < 20; ++i)
            many.append(QStringLiteral("label %1").arg(i));
        many.append(QStringLiteral("向日葵"));
        find->setText(QStringLiteral("xrk"));
        fill(many); // filled again, larger: the field shows, the filter holds
        QTRY_VERIFY(find->isVisible());
        QTRY_VERIFY(table->isRowHidden(0));
        QVERIFY(!table->isRowHidden(20));
        find->setText(QStringLiteral("label 1"));
        QVERIFY(!table->isRowHidden(1) && !table->isRowHidden(10) && table->isRowHidden(2) && table->isRowHidden(20));
        find->clear();
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(!table->isRowHidden(row));
    }

    // The seam: a label chosen in advance, or cancelled.
    void theSeamAnswersInAdvance()
    {
        prompts::setNextItem(QStringLiteral("红玫瑰"));
        QCOMPARE(prompts::chooseLabel(nullptr, QStringLiteral("Relabel"), QStringLiteral("Label:"), manyLabels(), {}),
                 QStringLiteral("红玫瑰"));
        prompts::setNextItem(QString());
        QVERIFY(!prompts::chooseLabel(nullptr, QStringLiteral("Relabel"), QStringLiteral("Label:"), manyLabels(), {}));
    }
};

QTEST_MAIN(tst_LabelPicker)
#include "tst_labelpicker.moc"
