#pragma once

#include <QString>

class QDoubleSpinBox;
class QLineEdit;
class QWidget;

// Small widgets the pages share, set up one way.
namespace formwidgets {

// A search field: placeholder and accessible name `hint`, a clear button, object name "search".
QLineEdit *searchField(QWidget *parent, const QString &hint);
// A score from 0 to 1 in steps of `step`, two decimals.
QDoubleSpinBox *scoreSpinBox(QWidget *parent, const QString &accessibleName, double value, double step);

} // namespace formwidgets
