#include "Translations.h"
#include "dataset/DatasetPage.h"
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
#include <QKeySequence>
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
    // A page's Alt+letters share the window with the menu bar's: the dataset page with its finished task.
    void thePagesAndTheMenuBar_data() { everyMenuAndDialog_data(); }
    void thePagesAndTheMenuBar()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QTemporaryDir dir;
        MainWindow window(
                std::make_unique<Settings>(std::make_unique<QSettings>(dir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat)));
        DatasetOverview::Data data;
        data.dataset.id = QStringLiteral("d1");
        data.dataset.datasetVersion = QStringLiteral("v1");
        TaskInfo done;
        done.taskId = QStringLiteral("t1");
        done.status = TaskStatus::Succeeded;
        done.unconfirmedSamples = 4;
        data.unconfirmedTask = done;
        window.datasetPage()->showOverview(data);
        auto *openTask = window.datasetPage()->findChild<QAbstractButton *>(QStringLiteral("openTask"));
        QVERIFY(openTask && openTask->isVisibleTo(window.datasetPage()));
        QStringList texts = textsOf(window.datasetPage());
        for (QAction *menuAction : window.menuBar()->actions())
            texts << menuAction->text();
        const QStringList found = clashes(texts);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
    // In the Review menu an Alt+letter that is another action's key reads as that key ("确认标签(C)" while C
    // starts a spot-check): a mnemonic is either the action's own key or no action's key.
    void noMnemonicIsAnotherActionsKey_data() { everyMenuAndDialog_data(); }
    void noMnemonicIsAnotherActionsKey()
    {
        QFETCH(QString, language);
        useLanguage(language);
        ReviewPage page;
        QHash<QString, QAction *> keyOwner; // "c" -> the action the key C triggers
        const QList<QAction *> actions = page.menuActions();
        for (QAction *a : actions) {
            if (!a)
                continue;
            for (const QKeySequence &k : a->shortcuts()) {
                const QString text = k.toString(QKeySequence::PortableText);
                if (k.count() == 1 && text.size() == 1)
                    keyOwner.insert(text.toLower(), a);
            }
        }
        QVERIFY(keyOwner.contains(QStringLiteral("c")));
        QStringList found;
        for (QAction *a : actions) {
            if (!a)
                continue;
            QAction *owner = keyOwner.value(mnemonic(a->text()));
            if (owner && owner != a)
                found << QStringLiteral("%1 takes the key of %2").arg(a->text(), owner->text());
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
