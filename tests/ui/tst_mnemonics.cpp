#include "Translations.h"
#include "dataset/StartTaskDialog.h"
#include "review/ReviewDialogs.h"
#include "review/ReviewPage.h"
#include "review/ReviewSession.h"
#include "session/Settings.h"
#include "spotcheck/SpotCheckDialog.h"
#include "window/LoginDialog.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

// No Alt+letter does two things: within every menu and every dialog, each mnemonic is used once, in
// English and in Chinese.
class tst_Mnemonics : public QObject
{
    Q_OBJECT

    // The mnemonic of a text ("&Undo" -> "u", "撤销(&U)" -> "u"), empty without one ("&&" is a literal &).
    static QString mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] != QLatin1Char('&'))
                continue;
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.mid(i + 1, 1).toLower();
        }
        return {};
    }
    // The texts that are taken twice, as "u: &Undo / &Undecide".
    static QStringList clashes(const QStringList &texts)
    {
        QHash<QString, QString> seen;
        QStringList out;
        for (const QString &text : texts) {
            const QString m = mnemonic(text);
            if (m.isEmpty())
                continue;
            if (seen.contains(m))
                out << QStringLiteral("%1: %2 / %3").arg(m, seen.value(m), text);
            seen.insert(m, text);
        }
        return out;
    }
    // Every text with a mnemonic a window shows: buttons, labels, group boxes, tabs.
    static QStringList textsOf(QWidget *top)
    {
        QStringList texts;
        for (QAbstractButton *b : top->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(top))
                texts << b->text();
        for (QLabel *l : top->findChildren<QLabel *>())
            if (l->isVisibleTo(top))
                texts << l->text();
        for (QGroupBox *g : top->findChildren<QGroupBox *>())
            if (g->isVisibleTo(top))
                texts << g->title();
        for (QTabBar *t : top->findChildren<QTabBar *>())
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        return texts;
    }
    void useLanguage(const QString &language)
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            std::unique_ptr<QTranslator> gone(t); // installed by installTranslations, a child of the app
        }
        installTranslations(QCoreApplication::instance(), QLocale(language));
    }

private slots:
    void everyMenuAndDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void everyMenuAndDialog()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QTemporaryDir dir;
        Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        MainWindow window(
                std::make_unique<Settings>(std::make_unique<QSettings>(dir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat)));
        QStringList found;
        QStringList menuTitles;
        for (QAction *menuAction : window.menuBar()->actions()) {
            menuTitles << menuAction->text();
            QStringList texts;
            for (QAction *a : menuAction->menu()->actions())
                if (!a->isSeparator() && a->isVisible())
                    texts << a->text();
            for (const QString &c : clashes(texts))
                found << menuAction->text() + QStringLiteral(" menu: ") + c;
        }
        for (const QString &c : clashes(menuTitles))
            found << QStringLiteral("menu bar: ") + c;
        LoginDialog login;
        PreferencesDialog preferences(settings);
        StartTaskDialog start(QStringLiteral("flowers"));
        // The review's own: the threshold and confirmation dialogs over a session, and the review page.
        ReviewSession review(nullptr, QStringLiteral("d"), QStringLiteral("t"));
        review.setLabels({ QStringLiteral("cat"), QStringLiteral("dog") });
        ThresholdDialog threshold(&review);
        ConfirmDialog confirm(&review);
        SpotCheckDialog spotCheck(&review);
        ReviewPage page;
        page.setSession(&review);
        for (QWidget *dialog : std::initializer_list<QWidget *>{ &login, &preferences, &start, &threshold, &confirm, &spotCheck, &page }) {
            for (const QString &c : clashes(textsOf(dialog)))
                found << dialog->objectName() + QStringLiteral(": ") + c;
        }
        if (!found.isEmpty())
            qWarning().noquote() << found.join(QLatin1Char('\n'));
        QVERIFY(found.isEmpty());
    }
};

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
