#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

// The bytes libFuzzer gives, cut into fields at '\n' (the last field takes the rest): a seed is then
// readable, one field a line.
inline QList<QByteArray> fuzzFields(const uint8_t *data, size_t size, int count)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> fields;
    qsizetype from = 0;
    for (int i = 0; i < count - 1; ++i) {
        const qsizetype newline = all.indexOf('\n', from);
        if (newline < 0) {
            fields.append(all.mid(from));
            from = all.size();
            continue;
        }
        fields.append(all.mid(from, newline - from));
        from = newline + 1;
    }
    fields.append(all.mid(from));
    return fields;
}
