#include "widgets/FormWidgets.h"

#include <QDoubleSpinBox>
#include <QLineEdit>

namespace formwidgets {

QLineEdit *searchField(QWidget *parent, const QString &hint)
{
    auto *search = new QLineEdit(parent);
    search->setObjectName(QStringLiteral("search"));
    search->setPlaceholderText(hint);
    search->setAccessibleName(hint);
    search->setClearButtonEnabled(true);
    return search;
}

QDoubleSpinBox *scoreSpinBox(QWidget *parent, const QString &accessibleName, double value, double step)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, 1);
    spin->setDecimals(2);
    spin->setSingleStep(step);
    spin->setValue(value);
    return spin;
}

} // namespace formwidgets
