#include "review/ReviewPage.h"
#include "session/Settings.h"
#include "support/ScreenshotEnvironment.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"
#include "window/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What the user sets is kept: the preferences (language, polling, thumbnails, colours), and the window's
// size and the review's "Names" box across a restart of the app.
class tst_Preferences : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<Settings> settings() const
    {
        return std::make_unique<Settings>(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        screenshots::applyEnvironment(); // AUTOLABEL_LANGUAGE: the same in Chinese
    }

    // The window is never larger than a small screen by itself: every page's minimum fits 1024x700.
    void theWindowFitsASmallScreen()
    {
        MainWindow window(settings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize hint = window.minimumSizeHint();
        QVERIFY2(hint.width() <= 1024 && hint.height() <= 700, qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
        window.resize(1024, 700);
        QTRY_COMPARE(window.size(), QSize(1024, 700));
    }

    void preferencesAreKept()
    {
        auto s = settings();
        PreferencesDialog dialog(*s);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        dialog.findChild<QSpinBox *>(QStringLiteral("pollInterval"))->setValue(5);
        dialog.findChild<QSpinBox *>(QStringLiteral("thumbnailSize"))->setValue(200);
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        dialog.apply();
        const auto reread = settings();
        QCOMPARE(reread->language(), QStringLiteral("zh_CN"));
        QCOMPARE(reread->pollIntervalSeconds(), 5);
        QCOMPARE(reread->thumbnailSize(), 200);
        QCOMPARE(reread->theme(), QStringLiteral("dark"));
        PreferencesDialog again(*reread);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(), QStringLiteral("zh_CN"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("theme"))->currentData().toString(), QStringLiteral("dark"));
    }

    // Dark and light whatever the system uses; the system's look comes back as it was.
    void theColoursApplyAtOnceAndGoBack()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        theme::apply(QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        theme::apply(QStringLiteral("light"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        theme::apply(QString());
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(theme::current(), QString());
    }

    // The window's size and the "Names" box survive a restart (the tile size did already).
    void theWindowAndTheNamesBoxSurviveARestart()
    {
        {
            MainWindow window(settings());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1024, 700);
            QTRY_COMPARE(window.size(), QSize(1024, 700));
            window.reviewPage()->findChild<QCheckBox *>(QStringLiteral("showNames"))->setChecked(true);
        }
        MainWindow again(settings());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1024, 700));
        QVERIFY(again.reviewPage()->findChild<QCheckBox *>(QStringLiteral("showNames"))->isChecked());
    }
};

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
