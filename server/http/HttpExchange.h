#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

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

    // The value of the first header named `name`, compared case-insensitively.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
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
