#include "rest/JsonWriter.h"

#include <QChar>
#include <QJsonDocument>

#include <algorithm>

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

JsonWriter &JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    m_out += bracket;
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

JsonWriter &JsonWriter::key(const QString &name)
{
    separate();
    string(QStringView(name));
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

namespace {

// Writes `text` quoted and escaped at `out`, which has room for the worst case (6 bytes a character and
// the quotes); returns the end. Beyond ASCII, UTF-8 (from UTF-16: a surrogate pair is one code point).
template<typename Char>
char *escaped(char *out, const Char *text, qsizetype size)
{
    *out++ = '"';
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = char32_t(text[i]);
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') { // most of what a page holds: as it is
            *out++ = char(c);
            continue;
        }
        if constexpr (sizeof(Char) == 2) {
            if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(char32_t(text[i + 1])))
                c = QChar::surrogateToUcs4(char16_t(c), char16_t(text[++i]));
            else if (QChar::isSurrogate(c))
                c = 0xfffd; // a lone surrogate: the replacement character, as QString::toUtf8 writes it
        }
        if (c < 0x80) {
            if (const char *escape = escapeOf(char16_t(c))) {
                *out++ = escape[0];
                *out++ = escape[1];
            } else if (c < 0x20) {
                out = std::copy_n("\\u00", 4, out);
                *out++ = kHex[c >> 4];
                *out++ = kHex[c & 0xf];
            } else {
                *out++ = char(c);
            }
        } else if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            *out++ = char(0xe0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        }
    }
    *out++ = '"';
    return out;
}

} // namespace

void JsonWriter::string(QLatin1StringView text)
{
    const qsizetype at = m_out.size();
    m_out.resize(at + 6 * text.size() + 2);
    char *end = escaped(m_out.data() + at, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    m_out.resize(end - m_out.constData());
}

void JsonWriter::string(QStringView text)
{
    const qsizetype at = m_out.size();
    m_out.resize(at + 6 * text.size() + 2);
    char *end = escaped(m_out.data() + at, text.utf16(), text.size());
    m_out.resize(end - m_out.constData());
}
