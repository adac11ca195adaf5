#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AutoLabel"));
    QApplication::setApplicationName(QStringLiteral("AutoLabel Reviewer"));
    QApplication::setApplicationVersion(QStringLiteral(AUTOLABEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("autolabel-reviewer"));
    auto settings = std::make_unique<Settings>();
    const QString language = settings->language();
    installTranslations(&app, language.isEmpty() ? QLocale::system() : QLocale(language));
    MainWindow window(std::move(settings));
    window.show();
    window.showLogin();
    return QApplication::exec();
}
