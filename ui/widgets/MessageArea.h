#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

// One message at a time in a place of its own: the area keeps its height whether a message shows or not,
// so nothing below it moves. A long text is elided, whole in the tooltip. The reader can dismiss a
// message; whoever showed it clears it (by its key) when what it says is no longer true.
class MessageArea final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Error };
    explicit MessageArea(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MessageArea)

    // Shows `text` under `key` (replacing any message); with an action, a button runs it.
    void show(const QString &key, const QString &text, Kind kind = Kind::Info, const QString &actionText = {},
              std::function<void()> action = {});
    // Clears the message if it is the one shown under `key`.
    void clear(const QString &key);
    void clearAll();

    QString key() const { return m_key; }
    QString text() const { return m_text; }
    bool isError() const { return m_kind == Kind::Error; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void elide();

    QLabel *m_label;
    QToolButton *m_action;
    QToolButton *m_dismiss;
    QString m_key;
    QString m_text;
    Kind m_kind = Kind::Info;
    std::function<void()> m_run;
};
