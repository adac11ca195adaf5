#pragma once

#include "Translations.h"
#include "window/Theme.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QWidget>

// What scripts/screenshots asks of a GUI test through the environment: AUTOLABEL_LANGUAGE (translations),
// AUTOLABEL_DARK (the dark theme: everything must stay readable) and
// AUTOLABEL_SCREENSHOTS=DIR (save what the test shows there).
namespace screenshots {

inline void applyEnvironment()
{
    const QString language = qEnvironmentVariable("AUTOLABEL_LANGUAGE");
    if (!language.isEmpty())
        installTranslations(QCoreApplication::instance(), QLocale(language));
    if (!qEnvironmentVariableIsSet("AUTOLABEL_DARK"))
        return;
    theme::apply(QStringLiteral("dark")); // the app's own dark colours, as Preferences sets them
}

inline void save(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AUTOLABEL_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace screenshots
