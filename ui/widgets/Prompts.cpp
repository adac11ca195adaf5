#include "widgets/Prompts.h"

#include "widgets/LabelPicker.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>

namespace {

// GUI-thread state, for tests only.
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<QString> nextItem;
std::optional<int> nextChoice;
QString lastShown;
QStringList lastButtons;
QStringList lastProposals;
int lastDefault = 0;

} // namespace

namespace prompts {

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    lastShown = text;
    if (nextAnswer)
        return std::exchange(nextAnswer, std::nullopt).value();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices, int cancelIndex, int defaultIndex)
{
    lastShown = text;
    lastButtons = choices;
    lastDefault = defaultIndex;
    if (nextChoice)
        return std::exchange(nextChoice, std::nullopt).value();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (int i = 0; i < choices.size(); ++i) {
        const auto role = i == cancelIndex ? QMessageBox::RejectRole : (i == 0 ? QMessageBox::AcceptRole : QMessageBox::ActionRole);
        buttons.append(box.addButton(choices[i], role));
    }
    if (defaultIndex >= 0 && defaultIndex < buttons.size())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons[defaultIndex]));
    if (cancelIndex >= 0 && cancelIndex < buttons.size())
        box.setEscapeButton(buttons[cancelIndex]);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    lastShown = text;
    if (std::exchange(nextAnswer, std::nullopt))
        return;
    QMessageBox::warning(parent, title, text);
}

void about(QWidget *parent, const QString &title, const QString &text)
{
    lastShown = text;
    if (std::exchange(nextAnswer, std::nullopt))
        return;
    QMessageBox::about(parent, title, text);
}

std::optional<QString> chooseFile(QWidget *parent, const QString &title, const QString &filter)
{
    if (nextItem) {
        const QString file = std::exchange(nextItem, std::nullopt).value();
        return file.isEmpty() ? std::nullopt : std::optional<QString>(file);
    }
    const QString file = QFileDialog::getOpenFileName(parent, title, {}, filter);
    return file.isEmpty() ? std::nullopt : std::optional<QString>(file);
}

std::optional<QString> chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    if (nextItem) {
        const QString item = std::exchange(nextItem, std::nullopt).value();
        return item.isEmpty() ? std::nullopt : std::optional<QString>(item);
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? std::optional<QString>(item) : std::nullopt;
}

std::optional<QString> chooseLabel(QWidget *parent, const QString &title, const QString &prompt, const QStringList &labels,
                                   const QStringList &recent, const QStringList &proposals)
{
    lastProposals = proposals;
    if (nextItem) {
        const QString item = std::exchange(nextItem, std::nullopt).value();
        return item.isEmpty() ? std::nullopt : std::optional<QString>(item);
    }
    LabelPicker picker(labels, recent, prompt, parent);
    picker.setProposals(proposals);
    picker.setWindowTitle(title);
    return picker.exec() == QDialog::Accepted ? std::optional<QString>(picker.chosen()) : std::nullopt;
}

QStringList lastLabelProposals() { return lastProposals; }

void setNextAnswer(QMessageBox::StandardButton answer) { nextAnswer = answer; }

void setNextItem(const QString &item) { nextItem = item; }

void setNextChoice(int index) { nextChoice = index; }

QStringList lastChoices() { return lastButtons; }

int lastDefaultChoice() { return lastDefault; }

QString lastText() { return lastShown; }

} // namespace prompts
