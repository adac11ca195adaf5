#pragma once

// What the codecs of the ModelArts API share: field names and lenient readers. Internal to models/.

#include "ModelArtsTypes.h"

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
qint64 integer(const QJsonObject &o, const QString &key, qint64 fallback = 0);
// A string, or a number written as text; empty otherwise.
QString text(const QJsonObject &o, const QString &key);
// A field that must be an array when present.
bool optionalArray(const QJsonObject &o, const QString &key, const QString &path, QJsonArray *out, QString *error);
std::optional<Label> label(const QJsonValue &v, const QString &path, QString *error);
// ISO 8601 with or without milliseconds, also with microseconds; 0 when it is none of them.
qint64 isoToMs(const QString &value);

} // namespace jsoncodec::detail
