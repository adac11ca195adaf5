#pragma once

// What the codecs of the ModelArts API share: field names and lenient readers. Internal to models/.

#include "types/ModelArtsTypes.h"
#include "json/JsonCodec.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace jsoncodec::detail {

// Field names, once.
inline const QString kSampleId = QStringLiteral("sample_id");
inline const QString kLabels = QStringLiteral("labels");
inline const QString kName = QStringLiteral("name");
inline const QString kMetadata = QStringLiteral("metadata");
inline const QString kHard = QStringLiteral("@modelarts:hard");
inline const QString kHardCoefficient = QStringLiteral("@modelarts:hard_coefficient");
inline const QString kHardReasons = QStringLiteral("@modelarts:hard_reasons");
inline const QString kSize = QStringLiteral("@modelarts:size");
inline const QString kEvents = QStringLiteral("events");
inline const QString kResult = QStringLiteral("result");

// The body as a JSON object, or nullopt with *error.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);
// A number or numeric string as an integer; `fallback` otherwise.
// A number as an integer when it is one a double holds exactly (|x| <= 2^53); nullopt for NaN, infinities
// and beyond (converting those is undefined behaviour).
std::optional<qint64> toInteger(double value);
// The value as an integer (a number or a numeric string); `fallback` when it is none or out of range.
qint64 integer(const QJsonValue &v, qint64 fallback = 0);
// The same for a field.
inline qint64 integer(const QJsonObject &o, const QString &key, qint64 fallback = 0) { return integer(o.value(key), fallback); }
// The same for a count: a negative one is `fallback` too.
qint64 count(const QJsonObject &o, const QString &key, qint64 fallback = 0);
// A string, or a number written as text; empty otherwise.
QString text(const QJsonValue &v);
inline QString text(const QJsonObject &o, const QString &key) { return text(o.value(key)); }
// A field that must be an array when present.
bool optionalArray(const QJsonObject &o, const QString &key, const QString &path, QJsonArray *out, QString *error);
std::optional<Label> label(const QJsonValue &v, const QString &path, QString *error);
// What a sample's metadata says, as far as the client reads it: its size, and its hard-example keys
// when they are there (they win over the label's property).
struct MetadataFields
{
    QJsonArray size;
    std::optional<QJsonValue> hard;
    std::optional<QJsonValue> hardCoefficient;
    std::optional<QJsonValue> hardReasons;
};
// The fields of a sample that follow from others (name from the source, size, hard-example
// information), once its own fields are read, from a document or in place.
void completeSample(Sample &s, const MetadataFields &metadata);
// A page of samples read in place (SamplePageReader.cpp); nullopt for anything its cursor does not take.
std::optional<SamplePage> readSamplePage(QByteArrayView body);

// ISO 8601 with or without milliseconds, also with microseconds; 0 when it is none of them.
qint64 isoToMs(const QString &value);

// A body that must be an object, read by `read(object, &error)` (nullopt with the error on failure).
template<typename T, typename Read>
Decoded<T> decodeObject(const QByteArray &body, Read read)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<T>::failure(error);
    std::optional<T> value = read(*o, &error);
    if (!value)
        return Decoded<T>::failure(error);
    return { std::move(*value), {} };
}

// Every element of the array `key` (which must be there), read by `read(value, "key[i]", &error)`.
template<typename T, typename Read>
std::optional<QList<T>> readList(const QJsonObject &o, const QString &key, QString *error, Read read)
{
    if (!o.value(key).isArray()) {
        *error = QStringLiteral("%1 is missing or not an array").arg(key);
        return std::nullopt;
    }
    const QJsonArray items = o.value(key).toArray();
    QList<T> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        std::optional<T> item = read(items[i], QStringLiteral("%1[%2]").arg(key).arg(i), error);
        if (!item)
            return std::nullopt;
        out.append(std::move(*item));
    }
    return out;
}

// A body with a list `key` and its total `totalKey` (the list's size when absent), as a Counted: any
// aggregate of {qint64 total; QList<T> items} (DatasetList, TaskList, SamplePage).
template<typename Counted, typename T, typename Read>
Decoded<Counted> decodeCounted(const QByteArray &body, const QString &key, const QString &totalKey, Read read)
{
    return decodeObject<Counted>(body, [&](const QJsonObject &o, QString *error) -> std::optional<Counted> {
        auto items = readList<T>(o, key, error, read);
        if (!items)
            return std::nullopt;
        return Counted{ count(o, totalKey, items->size()), std::move(*items) };
    });
}

// `read(object, path, &error)` for an element that must be an object.
template<typename Read>
auto objectElement(Read read)
{
    return [read](const QJsonValue &value, const QString &path, QString *error) -> decltype(read(QJsonObject(), path, error)) {
        if (!value.isObject()) {
            *error = QStringLiteral("%1 is not an object").arg(path);
            return std::nullopt;
        }
        return read(value.toObject(), path, error);
    };
}

} // namespace jsoncodec::detail
