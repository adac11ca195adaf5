#include "json/JsonCursor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <cmath>
#include <cstring>

namespace {

constexpr int kMaxDepth = 64;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void JsonCursor::skipSpace()
{
    while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

bool JsonCursor::consume(char c)
{
    skipSpace();
    if (m_at < m_end && *m_at == c) {
        ++m_at;
        return true;
    }
    return false;
}

bool JsonCursor::literal(const char *word)
{
    for (; *word; ++word, ++m_at) {
        if (m_at >= m_end || *m_at != *word)
            return fail();
    }
    return true;
}

JsonCursor::Type JsonCursor::peek()
{
    skipSpace();
    if (m_failed || m_at >= m_end)
        return Type::Invalid;
    switch (*m_at) {
    case '{': return Type::Object;
    case '[': return Type::Array;
    case '"': return Type::String;
    case 't':
    case 'f': return Type::Bool;
    case 'n': return Type::Null;
    default: return *m_at == '-' || isDigit(*m_at) ? Type::Number : Type::Invalid;
    }
}

bool JsonCursor::atEnd()
{
    skipSpace();
    return !m_failed && m_at == m_end;
}

bool JsonCursor::beginObject() { return consume('{') || fail(); }

bool JsonCursor::beginArray() { return consume('[') || fail(); }

// Past the comma before the next member of a container, or past its closing bracket (false).
bool JsonCursor::nextMember(char close, bool *first)
{
    if (m_failed || consume(close))
        return false;
    if (!*first && !consume(','))
        return fail();
    *first = false;
    return true;
}

bool JsonCursor::nextKey(QByteArrayView *key, bool *first)
{
    if (!nextMember('}', first))
        return false;
    skipSpace();
    bool plain = false;
    bool ascii = false;
    if (!rawString(key, &plain, &ascii) || !plain || !ascii) // an escaped key is left to QJsonDocument
        return fail();
    return consume(':') || fail();
}

bool JsonCursor::nextElement(bool *first) { return nextMember(']', first); }

bool JsonCursor::rawString(QByteArrayView *raw, bool *plain, bool *ascii)
{
    if (m_at >= m_end || *m_at != '"')
        return fail();
    const char *start = ++m_at;
    *plain = true;
    *ascii = true;
    // Most strings are plain ASCII up to the closing quote: find it, then look the bytes over at once.
    const auto *quote = static_cast<const char *>(std::memchr(m_at, '"', size_t(m_end - m_at)));
    if (!quote)
        return fail();
    uchar high = 0;
    bool special = false;
    for (const char *p = m_at; p < quote; ++p) {
        const auto c = uchar(*p);
        high |= c;
        special |= c < 0x20 || c == '\\';
    }
    m_at = quote;
    if (special) { // an escape (the quote found may be an escaped one) or a control character
        m_at = start;
        while (m_at < m_end && *m_at != '"') {
            const auto c = uchar(*m_at);
            if (c < 0x20)
                return fail(); // a raw control character: not JSON
            if (c == '\\') {
                *plain = false;
                if (++m_at >= m_end)
                    return fail();
            }
            ++m_at;
        }
        if (m_at >= m_end)
            return fail();
    }
    *ascii = high < 0x80;
    *raw = QByteArrayView(start, m_at - start);
    ++m_at; // the closing quote
    return true;
}

std::optional<QString> JsonCursor::string()
{
    skipSpace();
    QByteArrayView raw;
    bool plain = false;
    bool ascii = false;
    if (!rawString(&raw, &plain, &ascii))
        return std::nullopt;
    if (plain && ascii)
        return QString::fromLatin1(raw);
    if (plain) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(raw);
        if (utf8.hasError()) {
            fail();
            return std::nullopt;
        }
        return text;
    }
    return unescaped(raw);
}

// The text of a string with escapes: runs of plain bytes as UTF-8, escapes as the characters they name;
// a surrogate must come in a pair.
std::optional<QString> JsonCursor::unescaped(QByteArrayView raw)
{
    QString out;
    out.reserve(raw.size());
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    auto failed = [this] {
        fail();
        return std::nullopt;
    };
    auto hex4 = [&](qsizetype at) -> int {
        if (at + 4 > raw.size())
            return -1;
        int v = 0;
        for (qsizetype k = at; k < at + 4; ++k) {
            const int d = hexValue(raw[k]);
            if (d < 0)
                return -1;
            v = v * 16 + d;
        }
        return v;
    };
    qsizetype i = 0;
    while (i < raw.size()) {
        qsizetype run = i;
        while (run < raw.size() && raw[run] != '\\')
            ++run;
        if (run > i) {
            out += utf8(raw.sliced(i, run - i));
            if (utf8.hasError())
                return failed();
            i = run;
            continue;
        }
        const char e = raw[i + 1]; // rawString saw a byte after every backslash
        i += 2;
        switch (e) {
        case '"': out += QLatin1Char('"'); break;
        case '\\': out += QLatin1Char('\\'); break;
        case '/': out += QLatin1Char('/'); break;
        case 'b': out += QLatin1Char('\b'); break;
        case 'f': out += QLatin1Char('\f'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'u': {
            const int u = hex4(i);
            if (u < 0)
                return failed();
            i += 4;
            if (QChar::isLowSurrogate(char32_t(u)))
                return failed();
            if (QChar::isHighSurrogate(char32_t(u))) {
                const int low = i + 1 < raw.size() && raw[i] == '\\' && raw[i + 1] == 'u' ? hex4(i + 2) : -1;
                if (low < 0 || !QChar::isLowSurrogate(char32_t(low)))
                    return failed();
                i += 6;
                out += QChar(char16_t(u));
                out += QChar(char16_t(low));
            } else {
                out += QChar(char16_t(u));
            }
            break;
        }
        default: return failed();
        }
    }
    return out;
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, read as QJsonDocument reads it: through qint64 when it
// has neither fraction nor exponent and fits, as a double otherwise; a double out of range fails.
std::optional<double> JsonCursor::number()
{
    skipSpace();
    const char *start = m_at;
    auto digits = [this] {
        const char *from = m_at;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
        return m_at > from;
    };
    if (m_at < m_end && *m_at == '-')
        ++m_at;
    if (m_at < m_end && *m_at == '0')
        ++m_at;
    else if (!digits())
        return fail(), std::nullopt;
    bool integral = true;
    if (m_at < m_end && *m_at == '.') {
        ++m_at;
        integral = false;
        if (!digits())
            return fail(), std::nullopt;
    }
    if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
        ++m_at;
        integral = false;
        if (m_at < m_end && (*m_at == '+' || *m_at == '-'))
            ++m_at;
        if (!digits())
            return fail(), std::nullopt;
    }
    const QByteArrayView text(start, m_at - start);
    bool ok = false;
    if (integral) {
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return double(n);
    }
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return fail(), std::nullopt;
    return d;
}

QJsonValue JsonCursor::value() { return valueAt(0); }

QJsonValue JsonCursor::valueAt(int depth)
{
    if (depth > kMaxDepth)
        return fail(), QJsonValue(QJsonValue::Undefined);
    switch (peek()) {
    case Type::Object: {
        QJsonObject o;
        beginObject();
        bool first = true;
        QByteArrayView key;
        while (nextKey(&key, &first)) {
            const QString name = QString::fromLatin1(key);
            if (o.contains(name)) // which of the two QJsonDocument keeps is its business
                return fail(), QJsonValue(QJsonValue::Undefined);
            o.insert(name, valueAt(depth + 1));
        }
        return o;
    }
    case Type::Array: {
        QJsonArray a;
        beginArray();
        bool first = true;
        while (nextElement(&first))
            a.append(valueAt(depth + 1));
        return a;
    }
    case Type::String: {
        const auto s = string();
        return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Undefined);
    }
    case Type::Number: {
        const auto d = number();
        return d ? QJsonValue(*d) : QJsonValue(QJsonValue::Undefined);
    }
    case Type::Bool: {
        const bool t = *m_at == 't';
        return literal(t ? "true" : "false") ? QJsonValue(t) : QJsonValue(QJsonValue::Undefined);
    }
    case Type::Null: return literal("null") ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonValue::Undefined);
    case Type::Invalid: break;
    }
    return fail(), QJsonValue(QJsonValue::Undefined);
}

bool JsonCursor::skip() { return skipAt(0); }

bool JsonCursor::skipAt(int depth)
{
    if (depth > kMaxDepth)
        return fail();
    switch (peek()) {
    case Type::Object: {
        beginObject();
        bool first = true;
        QByteArrayView key;
        while (nextKey(&key, &first))
            skipAt(depth + 1);
        return !m_failed;
    }
    case Type::Array: {
        beginArray();
        bool first = true;
        while (nextElement(&first))
            skipAt(depth + 1);
        return !m_failed;
    }
    case Type::String: {
        QByteArrayView raw;
        bool plain = false;
        bool ascii = false;
        // The text is not kept, but it must be what QJsonDocument takes.
        return rawString(&raw, &plain, &ascii) && (plain && ascii ? true : unescaped(raw).has_value());
    }
    case Type::Number: return number().has_value();
    case Type::Bool: return literal(*m_at == 't' ? "true" : "false");
    case Type::Null: return literal("null");
    case Type::Invalid: break;
    }
    return fail();
}
