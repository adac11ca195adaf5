#pragma once

#include "http/HttpExchange.h"

#include <QUrlQuery>

#include <optional>

// A request's query parameters, with the checks every list route shares. A value that does not pass
// gives the 400 ModelArts.0104 to answer with, naming the parameter.
class QueryParams final
{
public:
    explicit QueryParams(const QByteArray &encodedQuery);

    bool has(const QString &name) const { return m_query.hasQueryItem(name); }
    QString value(const QString &name) const { return m_query.queryItemValue(name, QUrl::FullyDecoded); }
    // An integer in [min, max] (`fallback` when absent), or nullopt with *error: also when it is empty,
    // given twice or not in its plain form.
    std::optional<qint64> integer(const QString &name, qint64 fallback, qint64 min, qint64 max, ApiResponse *error) const;
    // A finite number in [0, 1] (`fallback` when absent), or nullopt with *error, as integer() does.
    std::optional<double> fraction(const QString &name, double fallback, ApiResponse *error) const;
    // "asc" or "desc" (true for asc; false when absent), or nullopt with *error.
    std::optional<bool> ascending(const QString &name, ApiResponse *error) const;

private:
    bool plain(const QString &name, bool number, QString *text, ApiResponse *error) const;

    QUrlQuery m_query;
};

// A page of a listing: `offset` is the page index, as documented (modelarts-api.md section 1).
struct Page
{
    qint64 offset = 0;
    qint64 limit = 10;
    qint64 firstRecord() const { return offset * limit; }
};

// limit (1..100, default 10) and offset (default 0), or nullopt with *error.
std::optional<Page> pageOf(const QueryParams &params, ApiResponse *error);

// The page as a storage query's records (offset, limit); false with *error.
template<typename Query>
bool pageInto(const QueryParams &params, Query *query, ApiResponse *error)
{
    const auto page = pageOf(params, error);
    if (page) {
        query->offset = page->firstRecord();
        query->limit = page->limit;
    }
    return page.has_value();
}

// The path's segments, percent-decoded, without empty ones.
QStringList pathSegments(const QByteArray &encodedPath);
