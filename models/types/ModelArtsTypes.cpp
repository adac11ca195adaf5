#include "types/ModelArtsTypes.h"

QString ApiError::toString() const
{
    if (kind == Kind::None)
        return {};
    QString text;
    if (!code.isEmpty())
        text = code + QStringLiteral(": ");
    text += message;
    if (httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!requestId.isEmpty())
        text += QStringLiteral(" [request %1]").arg(requestId);
    return text;
}
