#pragma once

#include <QString>

// The app's colours: the system's (the platform style and palette, as the app started with them), or light
// or dark whatever the system uses (Fusion with a palette of its own; Qt 6.4 cannot ask the platform for a
// colour scheme). Applies at once, to every window.
namespace theme {

// "" (the system's), "light" or "dark"; anything else is the system's.
void apply(const QString &name);
// What apply() last set ("" before any).
QString current();

} // namespace theme
