#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The value of the first header named `name`, compared case-insensitively (empty when there is none).
inline QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// One HTTP request and its answer as modelarts-local's API sees them, independent of the HTTP server that
// received it (the client's value types are in models/ModelArtsTypes.h: this is the service's side).
struct ApiRequest
{
    QString requestId; // given by the service when the request arrives, for the answer and its logs
    QByteArray method; // upper case
    QByteArray encodedPath; // as sent, percent-encoded
    QByteArray encodedQuery; // as sent, without '?'
    HeaderList headers;
    QByteArray body;
    QString peer; // the client's address (login throttling)
    std::shared_ptr<void> bodyHold; // the body's share of the front's BodyBudget: given back with the request

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    QByteArray body;
    HeaderList headers;
    qint64 headLength = -1; // HEAD: the length a GET would send (its body is empty)

    static ApiResponse json(int status, const QJsonObject &object)
    {
        return ApiResponse{
            status, QByteArrayLiteral("application/json; charset=UTF-8"), QJsonDocument(object).toJson(QJsonDocument::Compact), {}, -1
        };
    }
    static ApiResponse empty(int status) { return ApiResponse{ status, {}, {}, {}, -1 }; }
};
