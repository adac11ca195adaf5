#include "types/HardReasonCatalog.h"

#include <QSet>
#include <QTest>

class tst_HardReasonCatalog : public QObject
{
    Q_OBJECT
private slots:
    void everyDocumentedIdHasItsOwnSentence()
    {
        QSet<QString> seen;
        for (int id = 0; id <= 30; ++id) {
            QVERIFY(HardReasonCatalog::isKnown(id));
            const QString text = HardReasonCatalog::text(id);
            QVERIFY2(text.size() > 15, qPrintable(text));
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
        QVERIFY(HardReasonCatalog::text(1).contains(QStringLiteral("confident")));
        QVERIFY(HardReasonCatalog::text(8).contains(QStringLiteral("saturation")));
        QVERIFY(!HardReasonCatalog::isKnown(31));
        QVERIFY(HardReasonCatalog::text(77).contains(QStringLiteral("77")));
    }
};

QTEST_GUILESS_MAIN(tst_HardReasonCatalog)
#include "tst_hardreasoncatalog.moc"
