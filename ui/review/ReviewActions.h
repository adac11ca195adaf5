#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QLayout;
class QWidget;
class QUndoStack;
class ReviewCommands;

// The actions of the review: every decision, navigation, zoom, threshold, confirmation, undo/redo and
// reload, each with its key, each sending one of ReviewCommands' intents. They live on the review page
// (`host`: their keys work while the focus is in it) and are listed, in order, in the window's Review menu.
class ReviewActions final : public QObject
{
    Q_OBJECT
public:
    ReviewActions(QWidget *host, ReviewCommands *commands);
    Q_DISABLE_COPY_MOVE(ReviewActions)

    // In the Review menu's order; nullptr: a separator.
    QList<QAction *> menuActions() const { return m_menu; }
    // The action with this object name ("accept", "relabel3", "undo", ...).
    QAction *action(const QString &name) const { return m_byName.value(name); }

    // The buttons under the grid: Back, the decisions, spot-check, threshold, undo and Confirm.
    QLayout *createButtonRow(QWidget *parent);

    void setEnabled(bool enabled);
    // In a suspect review, accepting keeps a label a person gave: the action says so.
    void setKeeping(bool keeping);
    // The relabel keys 1-9 for these labels (the others hidden).
    void setLabels(const QStringList &labels);
    // Undo and redo say what they would do.
    void updateUndo(const QUndoStack *stack, bool saving = false);

private:
    QAction *add(const QString &text, const QKeySequence &key, const QString &name, std::function<void()> run);
    void addDecisions();
    void addNavigation();
    void addSessionActions();

    QWidget *m_host;
    ReviewCommands *m_commands;
    QList<QAction *> m_menu;
    QHash<QString, QAction *> m_byName;
};
