#pragma once

#include "http/HttpExchange.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

// The path parameters of a matched route: "{dataset_id}" in the pattern -> the decoded segment.
class RouteMatch final
{
public:
    void add(const QString &name, const QString &value) { m_params.append({ name, value }); }
    // The segment that stood at {name}; empty when the pattern has no such parameter.
    QString value(QStringView name) const;

private:
    QList<QPair<QString, QString>> m_params;
};

// The route table of the service: method + path pattern -> handler. A pattern is a path whose segments
// are literals or {parameters}, as "/v2/{project_id}/datasets/{dataset_id}"; a request matches the first
// route added whose method and segments fit. No match is the caller's to answer (404 in ModelArts' shape).
class Router final
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &, const RouteMatch &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // The handler's answer, or nullopt when no route matches.
    std::optional<ApiResponse> dispatch(const ApiRequest &request, const QStringList &segments) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; // "{name}" for a parameter
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, RouteMatch *match);

    QList<Route> m_routes;
};
