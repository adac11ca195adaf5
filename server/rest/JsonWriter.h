#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// JSON written straight into one buffer, for the answers that are large and frequent (a page of 100
// samples is ~150 KB): building QJsonObjects first costs several times the writing. Values are escaped as
// QJsonDocument escapes them, so a reader sees the same document. The caller writes keys in the order it
// wants (the service keeps QJsonDocument's: sorted).
class JsonWriter final
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    JsonWriter &key(QLatin1StringView name);
    JsonWriter &key(const QString &name); // escaped as a value is

    JsonWriter &value(const QString &text);
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &value(const QJsonObject &object); // as QJsonDocument writes it, compact
    JsonWriter &nullValue();

    QByteArray take() { return std::move(m_out); }

private:
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);
    void separate(); // the comma before a value or key that is not the first in its container
    void string(QStringView text);
    void string(QLatin1StringView text);

    QByteArray m_out;
    bool m_first = true; // nothing written yet in the current container
    bool m_afterKey = false;
};
