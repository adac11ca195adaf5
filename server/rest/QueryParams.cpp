#include "rest/QueryParams.h"

#include "rest/ApiError.h"

QueryParams::QueryParams(const QByteArray &encodedQuery)
    : m_query(QString::fromUtf8(encodedQuery))
{
}

std::optional<qint64> QueryParams::integer(const QString &name, qint64 fallback, qint64 min, qint64 max, ApiResponse *error) const
{
    if (!has(name) || value(name).isEmpty())
        return fallback;
    bool ok = false;
    const qint64 v = value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = apierror::parameter(QStringLiteral("%1 must be an integer from %2 to %3.").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

std::optional<double> QueryParams::fraction(const QString &name, double fallback, ApiResponse *error) const
{
    if (!has(name) || value(name).isEmpty())
        return fallback;
    bool ok = false;
    const double v = value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        *error = apierror::parameter(QStringLiteral("%1 must be a number from 0 to 1.").arg(name));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> QueryParams::ascending(const QString &name, ApiResponse *error) const
{
    const QString order = value(name);
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc")) {
        *error = apierror::parameter(QStringLiteral("%1 must be asc or desc.").arg(name));
        return std::nullopt;
    }
    return order == QLatin1String("asc");
}

std::optional<Page> pageOf(const QueryParams &params, ApiResponse *error)
{
    const auto limit = params.integer(QStringLiteral("limit"), 10, 1, 100, error);
    if (!limit)
        return std::nullopt;
    const auto offset = params.integer(QStringLiteral("offset"), 0, 0, 1'000'000'000, error);
    if (!offset)
        return std::nullopt;
    return Page{ *offset, *limit };
}

QStringList pathSegments(const QByteArray &encodedPath)
{
    QStringList out;
    for (const QByteArray &segment : encodedPath.split('/')) {
        if (!segment.isEmpty())
            out.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)));
    }
    return out;
}
