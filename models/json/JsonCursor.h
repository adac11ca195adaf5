#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reads JSON text in place, value by value, without building a document: for the large bodies (a page of
// 100 samples is ~150 KB) where QJsonDocument's tree costs several times what the reader keeps.
//
// It takes strict JSON (RFC 8259) only, and less: a key with an escape, a lone surrogate, a number a
// double does not hold, nesting past 64 levels make it fail. A caller that meets failed() falls back to
// QJsonDocument, which reads (or names the fault of) everything; so whatever the cursor does read must be
// read exactly as QJsonDocument reads it (numbers that look like integers go through qint64 as they do).
class JsonCursor final
{
public:
    explicit JsonCursor(QByteArrayView text)
        : m_at(text.data())
        , m_end(text.data() + text.size())
    {
    }

    enum class Type { Object, Array, String, Number, Bool, Null, Invalid };
    // The type of the next value (skipping white space), without reading it.
    Type peek();

    // Enters an object; then nextKey until it says false (the object's end, or a failure).
    bool beginObject();
    // The next member's key (unescaped keys only: the bytes between the quotes), before its value.
    bool nextKey(QByteArrayView *key, bool *first);
    // Enters an array; then nextElement until it says false.
    bool beginArray();
    bool nextElement(bool *first);

    std::optional<QString> string();
    std::optional<double> number();
    // Any value: the small ones the readers keep (a label's property, a size, a count).
    QJsonValue value();
    // Any value, read past.
    bool skip();

    // True when only white space is left.
    bool atEnd();
    bool failed() const { return m_failed; }
    bool fail()
    {
        m_failed = true;
        m_at = m_end; // nothing more is read
        return false;
    }

private:
    void skipSpace();
    bool consume(char c);
    bool literal(const char *word);
    bool nextMember(char close, bool *first);
    // The bytes of a string token (the cursor at its opening quote); *plain when it has no escape.
    bool rawString(QByteArrayView *raw, bool *plain, bool *ascii);
    std::optional<QString> unescaped(QByteArrayView raw);
    QJsonValue valueAt(int depth);
    bool skipAt(int depth);

    const char *m_at;
    const char *m_end;
    bool m_failed = false;
};
