#include "routes/ImageRoutes.h"

#include "ServerLog.h"
#include "auth/UrlSigner.h"
#include "importer/ImageFiles.h"
#include "rest/ApiError.h"
#include "rest/QueryParams.h"
#include "routes/ApiRoutes.h"
#include "storage/Storage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <limits>

namespace {

ApiResponse noSuchKey() { return apierror::modelArts(404, errorcode::ObsNoSuchKey, QStringLiteral("The specified key does not exist")); }

QByteArray contentTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png")    ? QByteArrayLiteral("image/png")
            : suffix == QLatin1String("bmp") ? QByteArrayLiteral("image/bmp")
                                             : QByteArrayLiteral("image/jpeg");
}

} // namespace

ImageRoutes::ImageRoutes(const Storage &storage, const UrlSigner &signer, int previewMaxSide, std::function<qint64()> nowMs)
    : m_storage(storage)
    , m_signer(signer)
    , m_previewMaxSide(previewMaxSide)
    , m_nowMs(std::move(nowMs))
{
}

void ImageRoutes::addTo(ApiRoutes &routes)
{
    for (const QByteArray &method : { QByteArrayLiteral("GET"), QByteArrayLiteral("HEAD") }) {
        routes.open(method, QStringLiteral("/obs/{dataset_id}/{sample_id}/{kind}"),
                    [this](const ApiRequest &request, const RouteMatch &match) {
                        return serve(request, match.value(u"dataset_id"), match.value(u"sample_id"), match.value(u"kind"));
                    });
    }
}

std::optional<QString> ImageRoutes::previewOf(const QString &relPath, const QString &datasetId, const QString &sampleId) const
{
    const QDir dataDir(m_storage.dataDir());
    const QString preview = dataDir.filePath(QStringLiteral("previews/%1/%2.jpg").arg(datasetId, sampleId));
    // Made before, and its image is still there: served as it is. Nothing is read from the image, so its
    // path is not resolved (that walks every directory of it, a system call each: with the data
    // directory's, 15 % of the preview route's time in the service).
    if (QFileInfo::exists(preview) && QFileInfo::exists(dataDir.filePath(relPath)))
        return preview;
    const QString source = m_storage.fileInside(relPath);
    if (source.isEmpty())
        return std::nullopt;
    QString error;
    if (!imagefiles::writePreview(source, preview, m_previewMaxSide, &error)) {
        qCWarning(lcServer).noquote() << "preview of" << sampleId << "failed:" << error;
        return QString();
    }
    return preview;
}

ApiResponse ImageRoutes::serve(const ApiRequest &request, const QString &datasetId, const QString &sampleId, const QString &kindName)
{
    const bool isPreview = kindName == QLatin1String("preview");
    if (!isPreview && kindName != QLatin1String("source"))
        return apierror::gateway(request, 404, errorcode::ApiNotFound, QStringLiteral("The API does not exist"));
    const QueryParams params(request.encodedQuery);
    const qint64 now = m_nowMs() / 1000;
    // Expires in its plain form, once (a second one is not read past): 400 naming it; absent, no access.
    ApiResponse error;
    const std::optional<qint64> parsed = params.has(QStringLiteral("Expires"))
            ? params.integer(QStringLiteral("Expires"), 0, 0, std::numeric_limits<qint64>::max(), &error)
            : std::optional<qint64>(-1);
    if (!parsed)
        return error;
    const bool ok = *parsed >= 0;
    const qint64 expires = *parsed;
    const auto kind = isPreview ? UrlSigner::Kind::Preview : UrlSigner::Kind::Source;
    if (!ok || !m_signer.verify(datasetId, sampleId, kind, expires, params.value(QStringLiteral("Signature")).toLatin1(), now)) {
        return apierror::modelArts(403, errorcode::ObsAccessDenied,
                                   ok && expires < now ? QStringLiteral("Request has expired")
                                                       : QStringLiteral("The request signature does not match"));
    }
    const auto relPath = m_storage.samples().file(datasetId, sampleId);
    if (!relPath)
        return noSuchKey();
    // The stored path comes from the database, never from the request; still only inside the data directory.
    const std::optional<QString> found = isPreview ? previewOf(*relPath, datasetId, sampleId) : m_storage.fileInside(*relPath);
    if (!found || (!isPreview && found->isEmpty()))
        return noSuchKey();
    if (found->isEmpty())
        return apierror::modelArts(500, errorcode::ObsInternalError, QStringLiteral("The preview could not be made"));
    const QString path = *found;
    const QByteArray contentType = isPreview ? QByteArrayLiteral("image/jpeg") : contentTypeOf(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return noSuchKey();
    if (request.method == "HEAD")
        return ApiResponse{ 200, contentType, {}, {}, file.size() };
    return ApiResponse{ 200, contentType, file.readAll(), {}, -1 };
}
