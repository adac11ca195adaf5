#pragma once

#include "http/HttpExchange.h"

// The error body of the API gateway in front of ModelArts, which the transport answers itself (a request
// too large, too slow or unreadable) before any route sees it; the service's other bodies are rest/ApiError.
namespace apierror {

// {"error_code", "error_msg", "request_id"}: the gateway's shape, with the request's id inside.
ApiResponse gateway(const ApiRequest &request, int status, const QString &code, const QString &message);

} // namespace apierror
