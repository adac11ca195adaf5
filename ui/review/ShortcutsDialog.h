#pragma once

#include <QDialog>

class QAction;

// Every keyboard shortcut of a list of actions, as the actions have them now (texts follow the labels and
// the language): what the `?` and F1 keys show in the review.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
};
