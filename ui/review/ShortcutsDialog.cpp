#include "review/ShortcutsDialog.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // a Chinese text's "(&A)"
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text;
}

QTableWidget *groupTable(QWidget *parent, const QList<QPair<QString, QString>> &rows)
{
    auto *table = new QTableWidget(int(rows.size()), 2, parent);
    table->setObjectName(QStringLiteral("shortcuts"));
    table->horizontalHeader()->hide();
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->setFrameShape(QFrame::NoFrame);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setStyleSheet(QStringLiteral("QTableWidget { background: transparent; }"));
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int r = 0; r < rows.size(); ++r) {
        auto *keys = new QTableWidgetItem(rows[r].second);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, keys);
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    int height = 2;
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedSize(table->columnWidth(0) + table->columnWidth(1) + 4, height);
    return table;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#shortcutsDialog { border: 1px solid palette(mid); }"));
    // The menu's groups, in its order (a separator ends one), then what the mouse and the viewer add.
    QList<QList<QPair<QString, QString>>> groups(1);
    for (const QAction *a : actions) {
        if (!a) {
            if (!groups.last().isEmpty())
                groups.append(QList<QPair<QString, QString>>{});
            continue;
        }
        if (!a->isVisible() || a->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        groups.last().append({ plainText(a->text()), keys.join(QStringLiteral(", ")) });
    }
    if (groups.last().isEmpty())
        groups.removeLast();
    groups.append(QList<QPair<QString, QString>>{ { tr("Tile size in the grid"), tr("Ctrl+wheel") },
                                                  { tr("Open the sample large"), tr("Double-click, Z") },
                                                  { tr("Zoom the image at the pointer"), tr("Wheel") },
                                                  { tr("Move a zoomed image"), tr("Drag") },
                                                  { tr("Viewer: previous, next"), tr("←, →") },
                                                  { tr("Viewer: fit the image"), tr("F") },
                                                  { tr("Viewer: actual size (100 %)"), tr("0") } });
    auto *title = new QLabel(tr("<b>Keyboard shortcuts</b> — any key closes this"), this);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    for (int i = 0; i < groups.size(); ++i)
        grid->addWidget(groupTable(this, groups[i]), i / 3, i % 3, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(grid);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Over the middle of the window it belongs to, at a glance.
    adjustSize();
    if (const QWidget *host = parentWidget() ? parentWidget()->window() : nullptr)
        move(host->geometry().center() - rect().center());
}

void ShortcutsDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->key() == Qt::Key_Question)
        close();
    else
        QDialog::keyPressEvent(event);
}
