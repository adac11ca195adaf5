#include "rest/QueryParams.h"

#include "rest/ApiError.h"

#include <QRegularExpression>

#include <cmath>

QueryParams::QueryParams(const QByteArray &encodedQuery)
    : m_query(QString::fromUtf8(encodedQuery))
{
}

// One value, in its plain form: the parameter given once, not empty, digits with at most a leading minus
// (no "+5", " 5", "5 " nor "0x5"), and for a number a decimal point and an exponent. False with *error.
bool QueryParams::plain(const QString &name, bool number, QString *text, ApiResponse *error) const
{
    const QStringList values = m_query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.size() > 1) {
        *error = apierror::parameter(QStringLiteral("%1 is given more than once.").arg(name));
        return false;
    }
    static const QRegularExpression integerForm(QStringLiteral("^-?[0-9]+$"));
    static const QRegularExpression numberForm(QStringLiteral("^-?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    *text = values.value(0);
    if (!(number ? numberForm : integerForm).match(*text).hasMatch()) {
        *error = apierror::parameter(QStringLiteral("%1 must be written as a plain %2.")
                                             .arg(name, number ? QStringLiteral("number") : QStringLiteral("integer")));
        return false;
    }
    return true;
}

std::optional<qint64> QueryParams::integer(const QString &name, qint64 fallback, qint64 min, qint64 max, ApiResponse *error) const
{
    if (!has(name))
        return fallback;
    QString text;
    if (!plain(name, false, &text, error))
        return std::nullopt;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = apierror::parameter(QStringLiteral("%1 must be an integer from %2 to %3.").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

std::optional<double> QueryParams::fraction(const QString &name, double fallback, ApiResponse *error) const
{
    if (!has(name))
        return fallback;
    QString text;
    if (!plain(name, true, &text, error))
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > 1) {
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
