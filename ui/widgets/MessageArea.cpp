#include "widgets/MessageArea.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageArea::MessageArea(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("messages"));
    setAccessibleName(tr("Messages"));
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->installEventFilter(this);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    connect(m_action, &QToolButton::clicked, this, [this] {
        if (m_run)
            m_run();
    });
    m_dismiss->setObjectName(QStringLiteral("dismissMessage"));
    m_dismiss->setText(QStringLiteral("×"));
    m_dismiss->setToolTip(tr("Dismiss this message"));
    m_dismiss->setAccessibleName(tr("Dismiss this message"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->hide();
    connect(m_dismiss, &QToolButton::clicked, this, &MessageArea::clearAll);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_dismiss);
    // The height of a line or of a button, whichever is more, shown or not.
    const int line = fontMetrics().height();
    const int buttons = qMax(m_action->sizeHint().height(), m_dismiss->sizeHint().height());
    setFixedHeight(qMax(line, buttons) + layout->contentsMargins().top() + layout->contentsMargins().bottom());
    setAutoFillBackground(false);
}

void MessageArea::show(const QString &key, const QString &text, Kind kind, const QString &actionText, std::function<void()> action)
{
    m_key = key;
    m_text = text;
    m_kind = kind;
    m_run = std::move(action);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, kind == Kind::Error ? QColor(0xfb, 0xe3, 0xe1) : QColor(0xe3, 0xf1, 0xfb));
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(pal);
    setAutoFillBackground(true);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_run);
    m_dismiss->show();
    setToolTip(text);
    elide();
}

void MessageArea::clear(const QString &key)
{
    if (key == m_key)
        clearAll();
}

void MessageArea::clearAll()
{
    m_key.clear();
    m_text.clear();
    m_run = nullptr;
    m_label->clear();
    m_action->hide();
    m_dismiss->hide();
    setToolTip({});
    setAutoFillBackground(false);
    update();
}

bool MessageArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::Resize)
        elide();
    return QFrame::eventFilter(watched, event);
}

void MessageArea::elide()
{
    QString oneLine = m_text;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_label->setText(m_label->fontMetrics().elidedText(oneLine, Qt::ElideRight, qMax(0, m_label->width())));
}
