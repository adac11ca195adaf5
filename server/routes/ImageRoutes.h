#pragma once

#include "http/HttpExchange.h"

#include <functional>
#include <optional>

class ApiRoutes;
class Storage;
class UrlSigner;

// The presigned image URLs, as OBS serves them: GET or HEAD /obs/{dataset}/{sample}/preview|source with
// Expires and Signature. Previews (JPEG, bounded size) are made on first use and kept on disk. Only
// files inside the data directory are ever served.
class ImageRoutes final
{
public:
    ImageRoutes(const Storage &storage, const UrlSigner &signer, int previewMaxSide, std::function<qint64()> nowMs);
    void addTo(ApiRoutes &routes);

private:
    ApiResponse serve(const ApiRequest &request, const QString &datasetId, const QString &sampleId, const QString &kind);
    // The preview of the sample whose image is `relPath` (in the data directory): its path, made if needed;
    // nullopt when the image is not there or resolves outside the data directory; empty, with a warning
    // logged, when the preview cannot be made.
    std::optional<QString> previewOf(const QString &relPath, const QString &datasetId, const QString &sampleId) const;

    const Storage &m_storage;
    const UrlSigner &m_signer;
    int m_previewMaxSide;
    std::function<qint64()> m_nowMs;
};
