#include "http/GatewayError.h"

#include <QJsonObject>

namespace apierror {

ApiResponse gateway(const ApiRequest &request, int status, const QString &code, const QString &message)
{
    return ApiResponse::json(status,
                             QJsonObject{ { QStringLiteral("error_code"), code },
                                          { QStringLiteral("error_msg"), message },
                                          { QStringLiteral("request_id"), request.requestId } });
}

} // namespace apierror
