#include "http/JsonWriter.h"

#include <QJsonDocument>

#include <cmath>

namespace {

constexpr char kHex[] = "0123456789abcdef";

// The escape of one ASCII character, or nullptr when it is written as it is.
const char *escapeOf(char16_t c)
{
    switch (c) {
    case u'"': return "\\\"";
    case u'\\': return "\\\\";
    case u'\b': return "\\b";
    case u'\f': return "\\f";
    case u'\n': return "\\n";
    case u'\r': return "\\r";
    case u'\t': return "\\t";
    default: return nullptr;
    }
}

} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    string(name);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    string(QStringView(text));
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    separate();
    string(text);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number))
        m_out += "null"; // as QJsonDocument writes them
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonObject &object)
{
    separate();
    m_out += QJsonDocument(object).toJson(QJsonDocument::Compact);
    return *this;
}

JsonWriter &JsonWriter::nullValue()
{
    separate();
    m_out += "null";
    return *this;
}

void JsonWriter::string(QLatin1StringView text)
{
    m_out += '"';
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) { // Latin-1 beyond ASCII: as UTF-8
            m_out += char(0xc0 | (u >> 6));
            m_out += char(0x80 | (u & 0x3f));
        } else if (const char *escape = escapeOf(char16_t(u))) {
            m_out += escape;
        } else if (u < 0x20) {
            m_out += "\\u00";
            m_out += kHex[u >> 4];
            m_out += kHex[u & 0xf];
        } else {
            m_out += c;
        }
    }
    m_out += '"';
}

void JsonWriter::string(QStringView text)
{
    m_out += '"';
    for (qsizetype i = 0; i < text.size();) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) { // a run beyond ASCII: as UTF-8, surrogate pairs together
            qsizetype end = i + 1;
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            m_out += text.sliced(i, end - i).toUtf8();
            i = end;
            continue;
        }
        if (const char *escape = escapeOf(c)) {
            m_out += escape;
        } else if (c < 0x20) {
            m_out += "\\u00";
            m_out += kHex[c >> 4];
            m_out += kHex[c & 0xf];
        } else {
            m_out += char(c);
        }
        ++i;
    }
    m_out += '"';
}
