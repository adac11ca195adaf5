#include "Translations.h"
#include "dataset/DatasetPage.h"
#include "tables/DatasetTableModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// How the desktop app starts: its help and version without any display, Qt's own strings in the
// user's language.
class tst_AppStart : public QObject
{
    Q_OBJECT

    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : { QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY") })
            env.remove(name);
        return env;
    }
    static QByteArray run(const QStringList &arguments, int *exitCode)
    {
        QProcess p;
        p.setProcessEnvironment(withoutDisplay());
        p.start(QStringLiteral(AUTOLABEL_REVIEWER_BIN), arguments);
        if (!p.waitForFinished(30000))
            return {};
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput();
    }

private slots:
    void helpAndVersionWithoutADisplay()
    {
        int code = -1;
        const QByteArray help = run({ QStringLiteral("--help") }, &code);
        QCOMPARE(code, 0);
        QVERIFY(help.contains("--endpoint"));
        const QByteArray version = run({ QStringLiteral("--version") }, &code);
        QCOMPARE(code, 0);
        QVERIFY(version.contains("AutoLabel Reviewer"));
    }

    // The datasets come in the service's order, and the header says so: no sort arrow until a column is picked.
    void datasetsInTheServicesOrderWithoutASortArrow()
    {
        DatasetPage page;
        QList<Dataset> datasets(2);
        datasets[0].id = QStringLiteral("d2");
        datasets[0].name = QStringLiteral("zebras");
        datasets[1].id = QStringLiteral("d1");
        datasets[1].name = QStringLiteral("ants");
        page.setDatasets(datasets);
        auto *table = page.findChild<QTableView *>(QStringLiteral("datasets"));
        QVERIFY(table);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
        QCOMPARE(table->model()->index(0, DatasetTableModel::NameColumn).data().toString(), QStringLiteral("zebras"));
        table->sortByColumn(DatasetTableModel::NameColumn, Qt::AscendingOrder); // a click on the header
        QCOMPARE(table->model()->index(0, DatasetTableModel::NameColumn).data().toString(), QStringLiteral("ants"));
    }

    // Qt's standard buttons in Chinese come from Qt's own translations (Debian's qt6-translations-l10n).
    void standardButtonsInChinese()
    {
        if (!QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).exists(QStringLiteral("qtbase_zh_CN.qm")))
            QSKIP("Qt's translations are not installed (qt6-translations-l10n; scripts/install-deps installs them)");
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Yes | QDialogButtonBox::No);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text().remove(QLatin1Char('&')).left(1), QStringLiteral("是"));
    }
};

QTEST_MAIN(tst_AppStart)
#include "tst_appstart.moc"
