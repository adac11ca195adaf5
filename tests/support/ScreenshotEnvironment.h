#pragma once

#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QWidget>

// What scripts/screenshots asks of a GUI test through the environment: AUTOLABEL_LANGUAGE (translations),
// AUTOLABEL_DARK (a dark palette, as a dark desktop theme gives: everything must stay readable) and
// AUTOLABEL_SCREENSHOTS=DIR (save what the test shows there).
namespace screenshots {

inline void applyEnvironment()
{
    const QString language = qEnvironmentVariable("AUTOLABEL_LANGUAGE");
    if (!language.isEmpty())
        installTranslations(QCoreApplication::instance(), QLocale(language));
    if (!qEnvironmentVariableIsSet("AUTOLABEL_DARK"))
        return;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 58));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    QApplication::setPalette(dark);
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
