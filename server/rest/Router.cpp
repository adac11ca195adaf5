#include "rest/Router.h"

namespace {

bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

} // namespace

QString RouteMatch::value(QStringView name) const
{
    for (const auto &[key, value] : m_params) {
        if (key == name)
            return value;
    }
    return {};
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append(Route{ method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler) });
}

bool Router::matches(const Route &route, const QStringList &segments, RouteMatch *match)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments[i];
        if (isParameter(expected))
            match->add(expected.mid(1, expected.size() - 2), segments[i]);
        else if (expected != segments[i])
            return false;
    }
    return true;
}

std::optional<ApiResponse> Router::dispatch(const ApiRequest &request, const QStringList &segments) const
{
    // HEAD is GET without the body (the connection leaves it out).
    const QByteArray method = request.method == "HEAD" ? QByteArrayLiteral("GET") : request.method;
    for (const Route &route : m_routes) {
        if (route.method != method)
            continue;
        RouteMatch match;
        if (matches(route, segments, &match))
            return route.handler(request, match);
    }
    return std::nullopt;
}
