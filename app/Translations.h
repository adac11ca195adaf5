#pragma once

#include <QLocale>

class QCoreApplication;

// Installs the application's translations (and Qt's own) for `locale`: zh_CN and en ship inside the
// binary. Returns false when the application has none for that language (it then speaks English).
bool installTranslations(QCoreApplication *app, const QLocale &locale);
