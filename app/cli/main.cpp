#include "Translations.h"
#include "cli/AutolabelCli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("autolabel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTOLABEL_VERSION));
    installTranslations(&app, QLocale::system());
    return autolabelcli::run(QCoreApplication::arguments());
}
