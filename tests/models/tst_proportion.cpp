#include "stats/Proportion.h"

#include <QTest>

// Reference values computed independently: Wilson from its closed form, Clopper-Pearson by bisection on
// binomial sums (not the beta function used here); they agree with Newcombe (1998), Table II, for
// 81/263, 15/148, 0/20 and 1/29.
class tst_Proportion : public QObject
{
    Q_OBJECT
private slots:
    void normalQuantile()
    {
        QVERIFY(qAbs(proportion::normalQuantile(0.975) - 1.959963984540054) < 1e-9);
        QVERIFY(qAbs(proportion::normalQuantile(0.5)) < 1e-12);
        QVERIFY(qAbs(proportion::normalQuantile(0.05) + 1.6448536269514722) < 1e-9);
    }

    void intervals_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("wilsonLow");
        QTest::addColumn<double>("wilsonHigh");
        QTest::addColumn<double>("exactLow");
        QTest::addColumn<double>("exactHigh");
        QTest::newRow("81/263") << 81 << 263 << 0.2552885199 << 0.3662095770 << 0.2527367456 << 0.3676219226;
        QTest::newRow("15/148") << 15 << 148 << 0.0623863995 << 0.1604872417 << 0.0578440101 << 0.1616504903;
        QTest::newRow("0/20") << 0 << 20 << 0.0 << 0.1611251581 << 0.0 << 0.1684334710;
        QTest::newRow("1/29") << 1 << 29 << 0.0061132143 << 0.1717552188 << 0.0008726469 << 0.1776442955;
        QTest::newRow("29/29") << 29 << 29 << 0.8830302015 << 1.0 << 0.8805551309 << 1.0;
        QTest::newRow("196/200") << 196 << 200 << 0.9497129131 << 0.9921955736 << 0.9495863909 << 0.9945244341;
        QTest::newRow("7/10") << 7 << 10 << 0.3967781475 << 0.8922087326 << 0.3475471499 << 0.9332604888;
    }
    void intervals()
    {
        QFETCH(int, k);
        QFETCH(int, n);
        QFETCH(double, wilsonLow);
        QFETCH(double, wilsonHigh);
        QFETCH(double, exactLow);
        QFETCH(double, exactHigh);
        const proportion::Interval w = proportion::wilson(k, n);
        QVERIFY2(qAbs(w.low - wilsonLow) < 1e-8 && qAbs(w.high - wilsonHigh) < 1e-8,
                 qPrintable(QStringLiteral("%1 %2").arg(w.low).arg(w.high)));
        const proportion::Interval e = proportion::clopperPearson(k, n);
        QVERIFY2(qAbs(e.low - exactLow) < 1e-8 && qAbs(e.high - exactHigh) < 1e-8,
                 qPrintable(QStringLiteral("%1 %2").arg(e.low).arg(e.high)));
    }

    void nothingCheckedIsTheWholeRange()
    {
        QCOMPARE(proportion::wilson(0, 0), (proportion::Interval{ 0, 1 }));
        QCOMPARE(proportion::clopperPearson(0, 0), (proportion::Interval{ 0, 1 }));
    }

    void incompleteBetaKnownValues()
    {
        // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 - (1 - x)^b.
        QVERIFY(qAbs(proportion::incompleteBeta(0.3, 1, 1) - 0.3) < 1e-12);
        QVERIFY(qAbs(proportion::incompleteBeta(0.6, 3, 1) - 0.216) < 1e-12);
        QVERIFY(qAbs(proportion::incompleteBeta(0.6, 1, 3) - (1 - 0.064)) < 1e-12);
        QVERIFY(qAbs(proportion::betaQuantile(0.216, 3, 1) - 0.6) < 1e-9);
    }

    void sampleSizeMeetsTheMarginAndNoMore()
    {
        const qint64 n = proportion::sampleSize(0.98, 0.03, 0.95);
        // The Wilson interval at n fits +-3 % around 98 %; at n - 1 it does not.
        const auto fits = [](qint64 m) {
            const proportion::Interval i = proportion::wilson(0.98 * double(m), double(m));
            return 0.98 - i.low <= 0.03 && i.high - 0.98 <= 0.03;
        };
        QVERIFY(fits(n));
        QVERIFY(!fits(n - 1));
        QVERIFY2(n > 150 && n < 260, qPrintable(QString::number(n))); // the normal approximation's 84 is too few at 98 %
        // From a finite population fewer are needed, never more than there are.
        QVERIFY(proportion::sampleSize(0.98, 0.03, 0.95, 1000) < n);
        QCOMPARE(proportion::sampleSize(0.98, 0.03, 0.95, 40), proportion::sampleSize(0.98, 0.03, 0.95, 40));
        QVERIFY(proportion::sampleSize(0.98, 0.03, 0.95, 40) <= 40);
        QCOMPARE(proportion::sampleSize(0.5, 0.01, 0.95, 7), qint64(7));
    }
};

QTEST_APPLESS_MAIN(tst_Proportion)
#include "tst_proportion.moc"
