#pragma once

#include "http/HttpExchange.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace jsonbody {

// Elements a body may hold (objects, arrays and the members and elements after their first): a parsed
// document costs tens of bytes for each, so a 12 MB body of small ones took hundreds of megabytes.
constexpr qsizetype maxElements = 200000;

// Where the body's element past `max` begins (counted without parsing), or -1 when it holds no more.
qsizetype pastElements(const QByteArray &body, qsizetype max = maxElements);

// A request body that must be a JSON object, or nullopt with the 400 ModelArts.0104 in *error. With
// `emptyIsObject`, an empty (or blank) body reads as {}. A body of more than maxElements is refused as it
// is counted, before it is parsed.
std::optional<QJsonObject> object(const QByteArray &body, ApiResponse *error, bool emptyIsObject = false);

// "a string", "an array", ...: what a value is, for the messages that name a field of the wrong type.
QString typeName(const QJsonValue &value);

} // namespace jsonbody
