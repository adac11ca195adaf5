#pragma once

#include <QMessageBox>

#include <optional>

// Every question, warning and choice the app puts to the user goes through here: one seam that tests
// can answer in advance (as KeePassXC's MessageBox::setNextAnswer) instead of a modal box blocking them.
namespace prompts {

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
// A question whose buttons say what they do: the index of the choice taken, or -1 (Escape, closed). The
// choice at `defaultIndex` is the default (Enter); `cancelIndex` is what Escape means (-1: none of them).
int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices, int cancelIndex = -1,
           int defaultIndex = 0);
void warning(QWidget *parent, const QString &title, const QString &text);
void about(QWidget *parent, const QString &title, const QString &text);
// A file to open, or nullopt when the user cancels.
std::optional<QString> chooseFile(QWidget *parent, const QString &title, const QString &filter);
// One of `items`, or nullopt when the user cancels.
std::optional<QString> chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items);
// One of `labels` (any number), found by typing (LabelPicker), the `proposals` first (keys 1-3), then the
// `recent` ones; nullopt: cancelled.
std::optional<QString> chooseLabel(QWidget *parent, const QString &title, const QString &prompt, const QStringList &labels,
                                   const QStringList &recent, const QStringList &proposals = {});
// For tests: the proposals the last chooseLabel was given.
QStringList lastLabelProposals();

// For tests: the next question (or warning, or about box) returns `answer` without showing anything; the
// next choice of an item, a label or a file returns `item` (an empty string: cancelled).
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextChoice(int index);
// The buttons of the last choice put (or answered in advance), and which was the default.
QStringList lastChoices();
int lastDefaultChoice();
void setNextItem(const QString &item);
// The text of the last question or warning, shown or answered in advance.
QString lastText();

} // namespace prompts
