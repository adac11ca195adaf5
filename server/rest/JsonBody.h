#pragma once

#include "http/HttpExchange.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace jsonbody {

// A request body that must be a JSON object, or nullopt with the 400 ModelArts.0104 in *error. With
// `emptyIsObject`, an empty (or blank) body reads as {}.
std::optional<QJsonObject> object(const QByteArray &body, ApiResponse *error, bool emptyIsObject = false);

// "a string", "an array", ...: what a value is, for the messages that name a field of the wrong type.
QString typeName(const QJsonValue &value);

} // namespace jsonbody
