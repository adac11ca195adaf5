#include "widgets/LabelPicker.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

LabelPicker::LabelPicker(const QStringList &labels, const QStringList &recent, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_labels(labels)
    , m_matcher(labels)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    for (const QString &label : recent) {
        if (labels.contains(label) && !m_recent.contains(label))
            m_recent.append(label);
    }
    setWindowTitle(tr("Choose a label"));
    m_filter->setObjectName(QStringLiteral("labelFilter"));
    m_filter->setPlaceholderText(tr("Type a part of the name, or a Chinese name's pinyin or initials"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("labelList"));
    m_list->setUniformItemSizes(true); // a thousand rows laid out at once
    m_count->setObjectName(QStringLiteral("labelCount"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &LabelPicker::refilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &LabelPicker::take);
    connect(buttons, &QDialogButtonBox::accepted, this, &LabelPicker::take);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(360, 420);
    refilter();
}

void LabelPicker::setProposals(const QStringList &proposals)
{
    m_proposals.clear();
    for (const QString &label : proposals) {
        if (m_labels.contains(label) && !m_proposals.contains(label) && m_proposals.size() < 3)
            m_proposals.append(label);
    }
    refilter();
}

QStringList LabelPicker::shown() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->data(Qt::UserRole).toString());
    return out;
}

void LabelPicker::refilter()
{
    const QString text = m_filter->text();
    QStringList order;
    if (text.trimmed().isEmpty()) {
        order = m_proposals;
        for (const QString &label : m_recent) {
            if (!order.contains(label))
                order.append(label);
        }
        for (const QString &label : m_labels) {
            if (!m_recent.contains(label) && !m_proposals.contains(label))
                order.append(label);
        }
    } else {
        for (int i : m_matcher.find(text))
            order.append(m_labels.at(i));
    }
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    const bool all = text.trimmed().isEmpty();
    for (const QString &label : order) {
        const qsizetype proposal = all ? m_proposals.indexOf(label) : -1;
        auto *item = new QListWidgetItem(proposal >= 0 ? tr("%1   %2  (proposed)").arg(proposal + 1).arg(label) : label, m_list);
        item->setData(Qt::UserRole, label);
        if (proposal >= 0)
            item->setToolTip(tr("Proposed for this sample by the classifier learnt from the labeled samples: key %1").arg(proposal + 1));
        else if (all && m_recent.contains(label))
            item->setToolTip(tr("Used recently"));
    }
    m_list->setCurrentRow(order.isEmpty() ? -1 : 0);
    m_list->setUpdatesEnabled(true);
    m_count->setText(order.isEmpty() ? tr("No label matches \"%1\"").arg(text)
                                     : tr("%1 of %2 labels").arg(QLocale().toString(order.size()), QLocale().toString(m_labels.size())));
}

void LabelPicker::take()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return; // nothing matches: the dialog stays, saying so
    m_chosen = item->data(Qt::UserRole).toString();
    accept();
}

bool LabelPicker::eventFilter(QObject *watched, QEvent *event)
{
    // The arrows and page keys move in the list while the typing stays in the field.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            take();
            return true;
        }
        // 1-3 take a proposal while nothing is typed (a label's name may start with a digit: type it
        // after a space, or choose it with the arrows).
        const int proposal = key - Qt::Key_1;
        if (m_filter->text().isEmpty() && proposal >= 0 && proposal < m_proposals.size()) {
            m_chosen = m_proposals.at(proposal);
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QLineEdit *labelFindField(QTableWidget *table, int column, QWidget *parent)
{
    auto *find = new QLineEdit(parent);
    find->setObjectName(QStringLiteral("labelFind"));
    find->setPlaceholderText(LabelPicker::tr("Find a label (a part of the name, pinyin or initials)"));
    find->setClearButtonEnabled(true);
    const auto update = [find, table, column] {
        find->setVisible(table->rowCount() > 9);
        const QString text = find->text();
        QStringList labels;
        for (int row = 0; row < table->rowCount(); ++row)
            labels.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        QList<bool> shown(labels.size(), text.trimmed().isEmpty());
        for (int i : LabelMatcher(labels).find(text))
            shown[i] = true;
        for (int row = 0; row < table->rowCount(); ++row)
            table->setRowHidden(row, !shown[row]);
    };
    QObject::connect(find, &QLineEdit::textChanged, table, update);
    // Rows added later (a table filled again) are filtered once their labels are in.
    QObject::connect(table->model(), &QAbstractItemModel::rowsInserted, table, [table, update] { QTimer::singleShot(0, table, update); });
    update();
    return find;
}
