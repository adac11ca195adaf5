#include "review/ReviewActions.h"

#include "review/ReviewCommands.h"
#include "review/ShortcutsDialog.h"
#include "types/ReviewItem.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>

ReviewActions::ReviewActions(QWidget *host, ReviewCommands *commands)
    : QObject(host)
    , m_host(host)
    , m_commands(commands)
{
    addDecisions();
    addNavigation();
    addSessionActions();
}

QAction *ReviewActions::add(const QString &text, const QKeySequence &key, const QString &name, std::function<void()> run)
{
    auto *action = new QAction(text, m_host);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, m_host, std::move(run));
    m_host->addAction(action);
    m_byName.insert(name, action);
    return action;
}

void ReviewActions::addDecisions()
{
    ReviewCommands *page = m_commands;
    QAction *accept = add(tr("&Accept"), Qt::Key_A, QStringLiteral("accept"), [page] { page->decide(Decision::accept()); });
    // Enter and Space too, as in the design: the key under the thumb accepts and moves on.
    accept->setShortcuts(
            { QKeySequence(Qt::Key_A), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Space) });
    accept->setToolTip(tr("The prediction is right (A, Enter, Space)"));
    QAction *reject = add(tr("&Reject (to unlabeled)"), Qt::Key_R, QStringLiteral("reject"), [page] { page->decide(Decision::reject()); });
    QAction *relabel = add(tr("Re&label…"), Qt::Key_L, QStringLiteral("relabel"), [page] { page->askRelabel(); });
    QAction *clear = add(tr("Undecid&e"), Qt::Key_U, QStringLiteral("undecide"), [page] { page->decide(Decision{}); });
    QAction *skipAction = add(tr("&Skip"), Qt::Key_S, QStringLiteral("skip"), [page] { page->skip(); });
    QAction *remove =
            add(tr("Delete the image from the dataset…"), QKeySequence::Delete, QStringLiteral("delete"), [page] { page->askDelete(); });
    remove->setToolTip(tr("A broken or unwanted image leaves the dataset and the review (Delete); asks first"));
    m_menu = { accept, reject, relabel, clear, skipAction, remove };
    for (int i = 0; i < 9; ++i) {
        m_menu.append(add(tr("Relabel to label %1").arg(i + 1), QKeySequence(Qt::Key_1 + i), QStringLiteral("relabel%1").arg(i + 1),
                          [page, i] { page->relabelTo(i); }));
    }
    m_menu.append(nullptr);
}

void ReviewActions::setKeeping(bool keeping)
{
    QAction *accept = action(QStringLiteral("accept"));
    accept->setText(keeping ? tr("&Accept: keep the label") : tr("&Accept"));
    accept->setToolTip(keeping ? tr("The label is right: keep it (A, Enter, Space)") : tr("The prediction is right (A, Enter, Space)"));
    action(QStringLiteral("questionConfirmed"))->setVisible(!keeping); // a suspect review's labels are questioned already
}

void ReviewActions::addNavigation()
{
    ReviewCommands *page = m_commands;
    QAction *next = add(tr("Ne&xt"), Qt::Key_J, QStringLiteral("next"), [page] { page->moveCurrent(1); });
    QAction *previous = add(tr("&Previous"), Qt::Key_K, QStringLiteral("previous"), [page] { page->moveCurrent(-1); });
    QAction *selectAll =
            add(tr("Select all s&hown"), QKeySequence::SelectAll, QStringLiteral("selectAll"), [page] { page->selectAllShown(); });
    QAction *zoomIn = add(tr("Zoom &in"), QKeySequence::ZoomIn, QStringLiteral("zoomIn"), [page] { page->zoomBy(1.25); });
    QAction *zoomOut = add(tr("Zoom &out"), QKeySequence::ZoomOut, QStringLiteral("zoomOut"), [page] { page->zoomBy(0.8); });
    QAction *fit = add(tr("&Fit the image"), QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("fit"), [page] { page->fitImage(); });
    QAction *view = add(tr("&View large"), Qt::Key_Z, QStringLiteral("viewLarge"), [page] { page->openViewer(); });
    QAction *moreLike = add(tr("&More like this"), Qt::Key_M, QStringLiteral("moreLikeThis"), [page] { page->moreLikeThis(); });
    moreLike->setToolTip(tr("Show the samples that look most like this one, nearest first (M)"));
    QAction *groups = add(tr("Look-alike &groups"), Qt::Key_G, QStringLiteral("groups"), [page] { page->toggleGroups(); });
    groups->setToolTip(tr("Group what the filters show by look-alike; decide a group in one step (G)"));
    QAction *confusions = add(tr("Confusion view (&Q)…"), Qt::Key_W, QStringLiteral("confusions"), [page] { page->openConfusions(); });
    confusions->setToolTip(tr("What the machine labeled each label, against what you decided; click a cell to show those samples (W)"));
    m_menu += { next, previous, selectAll, zoomIn, zoomOut, fit, view, nullptr, moreLike, groups, confusions, nullptr };
}

void ReviewActions::addSessionActions()
{
    ReviewCommands *page = m_commands;
    QAction *threshold =
            add(tr("Accept above a &threshold…"), Qt::Key_T, QStringLiteral("threshold"), [page] { page->openThresholdDialog(); });
    QAction *spotCheck = add(tr("Spot-&check the labels…"), Qt::Key_C, QStringLiteral("spotCheck"), [page] { page->openSpotCheck(); });
    spotCheck->setToolTip(tr("Check a random sample to learn how many of the machine's labels are wrong (C)"));
    QAction *confirm = add(tr("Confirm la&bels…"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("confirm"),
                           [page] { page->openConfirmDialog(); });
    QAction *question = add(tr("Suspect labels among those confirmed…"), {}, QStringLiteral("questionConfirmed"),
                            [page] { page->questionConfirmed(); });
    question->setToolTip(tr("Audit the labels this review confirmed and review the ones that look wrong, most suspect first"));
    QAction *undo = add(tr("U&ndo"), QKeySequence::Undo, QStringLiteral("undo"), [page] { page->undo(); });
    QAction *redo = add(tr("Re&do"), QKeySequence::Redo, QStringLiteral("redo"), [page] { page->redo(); });
    // Both usual redo keys, whatever the platform's scheme says.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k : { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) })
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    redo->setShortcuts(redoKeys);
    // After a lost network or a failed listing: the samples again, decisions kept (they are in the journal).
    QAction *reload =
            add(tr("Reload the samples"), QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("reload"), [page] { page->reload(); });
    QAction *keys = add(tr("Ke&yboard shortcuts…"), QKeySequence(Qt::Key_F1), QStringLiteral("shortcuts"), [this] {
        auto *dialog = new ShortcutsDialog(m_menu, m_host);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setShortcuts({ QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question) });
    m_menu += { undo, redo, nullptr, spotCheck, threshold, confirm, question, nullptr, reload, nullptr, keys };
}

QLayout *ReviewActions::createButtonRow(QWidget *parent)
{
    // Buttons for the actions with short texts of their own: an action's text may grow ("Undo: Accept 55
    // samples above the threshold"); the button keeps its place and width and shows the full text as its
    // tooltip.
    auto button = [this, parent](const QString &name, const QString &text) {
        QAction *action = m_byName.value(name);
        auto *b = new QToolButton(parent);
        b->setObjectName(name + QStringLiteral("Button"));
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QToolButton::clicked, action, &QAction::trigger);
        auto follow = [b, action] {
            b->setEnabled(action->isEnabled());
            b->setToolTip(action->toolTip()); // the action's text unless it has a tooltip of its own
        };
        connect(action, &QAction::changed, b, follow);
        follow();
        return b;
    };
    auto *back = new QPushButton(tr("← &Back"), parent);
    back->setObjectName(QStringLiteral("back"));
    connect(back, &QPushButton::clicked, m_host, [commands = m_commands] { commands->back(); });
    auto *row = new QHBoxLayout;
    row->addWidget(back);
    row->addStretch();
    row->addWidget(button(QStringLiteral("accept"), tr("Accept (A)")));
    row->addWidget(button(QStringLiteral("relabel"), tr("Relabel… (L, 1–9)")));
    row->addWidget(button(QStringLiteral("reject"), tr("Reject (R)")));
    row->addWidget(button(QStringLiteral("skip"), tr("Skip (S)")));
    row->addSpacing(12);
    row->addWidget(button(QStringLiteral("spotCheck"), tr("Spot-check… (C)")));
    row->addWidget(button(QStringLiteral("threshold"), tr("Threshold… (T)")));
    row->addWidget(button(QStringLiteral("undo"), tr("Undo")));
    row->addSpacing(12);
    auto *confirmButton = new QPushButton(tr("Confirm labels…"), parent);
    confirmButton->setObjectName(QStringLiteral("confirmButton"));
    connect(confirmButton, &QPushButton::clicked, m_byName.value(QStringLiteral("confirm")), &QAction::trigger);
    row->addWidget(confirmButton);
    return row;
}

void ReviewActions::setEnabled(bool enabled)
{
    for (QAction *a : std::as_const(m_menu))
        if (a)
            a->setEnabled(enabled);
}

void ReviewActions::setLabels(const QStringList &labels)
{
    for (int i = 0; i < 9; ++i) {
        QAction *a = action(QStringLiteral("relabel%1").arg(i + 1));
        a->setVisible(i < labels.size());
        a->setEnabled(i < labels.size());
        if (i < labels.size())
            a->setText(tr("Relabel to %1").arg(labels[i]));
    }
}

void ReviewActions::updateUndo(const QUndoStack *stack, bool saving)
{
    QAction *undo = action(QStringLiteral("undo"));
    QAction *redo = action(QStringLiteral("redo"));
    // Not while a bulk decision is being written: the history moves when the journal has it.
    undo->setEnabled(stack->canUndo() && !saving);
    undo->setText(stack->canUndo() ? tr("U&ndo: %1").arg(stack->undoText()) : tr("U&ndo"));
    redo->setEnabled(stack->canRedo() && !saving);
    redo->setText(stack->canRedo() ? tr("Re&do: %1").arg(stack->redoText()) : tr("Re&do"));
}
