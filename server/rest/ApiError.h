#pragma once

#include "ErrorCodes.h"
#include "http/GatewayError.h"
#include "http/HttpExchange.h"

// Error bodies of the service, as ModelArts, its API gateway and IAM write them.
namespace apierror {

// {"error_code", "error_msg"}
ApiResponse modelArts(int status, const QString &code, const QString &message);
// 400 ModelArts.0104, the message naming the field.
ApiResponse parameter(const QString &message);
// 500 ModelArts.4999.
ApiResponse systemError();
// A write the database refused: a full disk says so (500), anything else is a system error.
ApiResponse storageError(const QString &databaseError);
// 404 APIGW.0101: no such route.
ApiResponse noSuchApi(const ApiRequest &request);
// {"error": {"code", "message", "title"}}: IAM's shape.
ApiResponse iam(int status, const QString &title, const QString &message);

} // namespace apierror
