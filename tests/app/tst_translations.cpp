#include "Translations.h"
#include "tables/EventTreeModel.h"
#include "types/HardReasonCatalog.h"
#include "types/Preconditions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <memory>

// The embedded translations: Chinese hard-example reasons and stages, English plurals.
class tst_Translations : public QObject
{
    Q_OBJECT
private:
    static QString labelsDetail(int labels)
    {
        Preconditions::Input in;
        for (int i = 0; i < labels; ++i)
            in.dataset.labels.append(Label{ QStringLiteral("l%1").arg(i), 0, {} });
        return Preconditions::evaluate(in).first().detail;
    }
    void removeAll()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            std::unique_ptr<QTranslator> gone(t); // installed by installTranslations, a child of the app
        }
    }

private slots:
    void cleanup() { removeAll(); }

    void chinese()
    {
        QVERIFY(installTranslations(QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QCOMPARE(HardReasonCatalog::text(1), QStringLiteral("模型对该标签的置信度较低。"));
        QCOMPARE(HardReasonCatalog::text(8), QStringLiteral("图片饱和度与训练图片不同。"));
        QCOMPARE(EventTreeModel::displayName(QStringLiteral("labeling")), QStringLiteral("智能标注"));
        QCOMPARE(EventTreeModel::displayStatus(QStringLiteral("failed")), QStringLiteral("失败"));
        QCOMPARE(labelsDetail(3), QStringLiteral("数据集有 3 种标签。"));
        for (int id = 0; id <= 30; ++id) {
            const QString text = HardReasonCatalog::text(id);
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), qPrintable(text));
        }
    }

    void englishPlurals()
    {
        QVERIFY(installTranslations(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(labelsDetail(1), QStringLiteral("The dataset has 1 label."));
        QCOMPARE(labelsDetail(2), QStringLiteral("The dataset has 2 labels."));
    }

    void otherLanguagesFallBackToEnglish()
    {
        QVERIFY(!installTranslations(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(HardReasonCatalog::text(1), QStringLiteral("The model is not confident about this label."));
        QCOMPARE(labelsDetail(2), QStringLiteral("The dataset has 2 labels.")); // English plurals, not "label(s)"
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
