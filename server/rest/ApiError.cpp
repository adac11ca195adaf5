#include "rest/ApiError.h"

#include "storage/Database.h"

#include <QJsonObject>

namespace apierror {

ApiResponse modelArts(int status, const QString &code, const QString &message)
{
    return ApiResponse::json(status, QJsonObject{ { QStringLiteral("error_code"), code }, { QStringLiteral("error_msg"), message } });
}

ApiResponse parameter(const QString &message)
{
    return modelArts(400, errorcode::Parameter, QStringLiteral("Parameter error. ") + message);
}

ApiResponse systemError() { return modelArts(500, errorcode::SystemError, QStringLiteral("System error")); }

ApiResponse storageError(const QString &databaseError)
{
    if (!Database::isFull(databaseError))
        return systemError();
    // 507 Insufficient Storage: the service answered, and retrying will not help until space is freed.
    return modelArts(
            507, errorcode::SystemError,
            QStringLiteral("The service's storage is full: nothing was changed. Free space where modelarts-local keeps its data."));
}

ApiResponse noSuchApi(const ApiRequest &request)
{
    return gateway(request, 404, errorcode::ApiNotFound,
                   QStringLiteral("The API does not exist or has not been published in the environment"));
}

ApiResponse iam(int status, const QString &title, const QString &message)
{
    return ApiResponse::json(status,
                             QJsonObject{ { QStringLiteral("error"),
                                            QJsonObject{ { QStringLiteral("code"), status },
                                                         { QStringLiteral("message"), message },
                                                         { QStringLiteral("title"), title } } } });
}

} // namespace apierror
