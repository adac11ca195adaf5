#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    // A translator that loaded goes to the application, which keeps it; one that did not is dropped.
    auto install = [app](std::unique_ptr<QTranslator> translator) {
        translator->setParent(app);
        QCoreApplication::installTranslator(translator.release());
    };
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(std::move(qt));
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("autolabel"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        install(std::move(own));
        return true;
    }
    // No translation for this language: English, whose translation holds the plural forms.
    if (own->load(QStringLiteral("autolabel_en"), QStringLiteral(":/i18n")))
        install(std::move(own));
    return false;
}
