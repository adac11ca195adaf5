#pragma once

#include <QDialog>

class QAction;

// Every keyboard shortcut of a list of actions, as the actions have them now (texts follow the labels and
// the language), in the menu's groups side by side, and what the mouse and the viewer add: the overlay
// the `?` and F1 keys show over the review, read at a glance and gone with any key or a click outside.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};
