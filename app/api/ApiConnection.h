#pragma once

#include "api/AkSkSigner.h"
#include "api/ApiTransport.h"
#include "api/Result.h"
#include "threads/OffThread.h"

#include <QObject>
#include <QPointer>

#include <functional>

class IamAuthenticator;

// One ModelArts endpoint with its credentials: builds the /v2/{project_id}/ URLs, sends a call with a token
// from an IamAuthenticator or an AK/SK signature, renews the token and tries once more on a 401, and
// decodes answers (pages of samples off the GUI thread). The layer under the jobs (DatasetListJob,
// PagedSamplesJob, BatchUpdateJob) and the ModelArtsClient facade: it knows neither.
class ApiConnection final : public QObject
{
    Q_OBJECT
public:
    using Query = QList<QPair<QString, QString>>;
    static constexpr int pageLimit = 100; // samples or datasets asked for in one page

    ApiConnection(ApiTransport *transport, QUrl endpoint, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ApiConnection)

    void useToken(IamAuthenticator *authenticator);
    void useAkSk(const AkSkSigner &signer, const QString &projectId);
    QString projectId() const;
    QUrl endpoint() const { return m_endpoint; }

    // {endpoint}/v2/{project_id}/{path}?{query}, each part percent-encoded.
    QUrl url(const QString &path, const Query &query = {}) const;
    // "datasets/{id}", the id percent-encoded.
    static QString datasetPath(const QString &datasetId);
    static HttpCall get(const QUrl &url);

    // Sends with credentials; renews the token and tries once more on a 401.
    void send(const HttpCall &call, QObject *context, std::function<void(const HttpReply &)> done, bool retriedAuth = false);
    // `done` with the body decoded by `decode`, or with the error that stopped the call.
    template<typename T, typename Decode>
    void fetch(const HttpCall &call, QObject *context, Done<T> done, Decode decode);
    // The same, decoded on a pool thread: for big bodies (pages of samples), so that the GUI thread stays
    // free while a long list streams in, and parsing overlaps the next request.
    template<typename T, typename Decode>
    void fetchDecodedOffThread(const HttpCall &call, QObject *context, Done<T> done, Decode decode);

signals:
    // The token was refused and could not be renewed: the user must log in again.
    void sessionExpired(const ApiError &error);

private:
    // `done` with the decoded value, or with a Decode error naming the path.
    template<typename T, typename Decoded>
    static void deliver(const Done<T> &done, const Decoded &decoded, const QString &path, int status, const QByteArray &requestId);
    static ApiError decodeError(const QString &path, const QString &why, int status, const QByteArray &requestId);
    void sendSigned(const HttpCall &call, QObject *context, std::function<void(const HttpReply &)> done);

    ApiTransport *m_transport;
    QUrl m_endpoint;
    QPointer<IamAuthenticator> m_authenticator;
    AkSkSigner m_signer;
    QString m_akSkProjectId;
};

template<typename T, typename Decoded>
void ApiConnection::deliver(const Done<T> &done, const Decoded &decoded, const QString &path, int status, const QByteArray &requestId)
{
    if (!decoded.ok())
        done(Result<T>::failure(decodeError(path, decoded.error, status, requestId)));
    else
        done(Result<T>{ *decoded.value, {} });
}

template<typename T, typename Decode>
void ApiConnection::fetch(const HttpCall &call, QObject *context, Done<T> done, Decode decode)
{
    const QString path = call.url.path();
    send(call, context, [done, decode, path](const HttpReply &reply) {
        if (reply.error.isError())
            done(Result<T>::failure(reply.error));
        else
            deliver(done, decode(reply.body), path, reply.status, reply.header("X-Request-Id"));
    });
}

template<typename T, typename Decode>
void ApiConnection::fetchDecodedOffThread(const HttpCall &call, QObject *context, Done<T> done, Decode decode)
{
    const QString path = call.url.path();
    QPointer<QObject> guard(context);
    QPointer<ApiConnection> self(this);
    send(call, context, [self, guard, done, decode, path](const HttpReply &reply) {
        if (reply.error.isError()) {
            done(Result<T>::failure(reply.error));
            return;
        }
        if (!self)
            return;
        offthread::run(
                self.data(), [body = reply.body, decode] { return decode(body); },
                [guard, done, path, status = reply.status, requestId = reply.header("X-Request-Id")](const auto &decoded) {
                    if (guard)
                        deliver(done, decoded, path, status, requestId);
                });
    });
}
