#pragma once

#include "http/HttpExchange.h"

#include <functional>

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
    // The image's path when it resolves inside the data directory; empty otherwise.
    // The preview's path, made if needed; empty with a warning logged when it cannot be made.
    QString previewOf(const QString &path, const QString &datasetId, const QString &sampleId) const;

    const Storage &m_storage;
    const UrlSigner &m_signer;
    int m_previewMaxSide;
    std::function<qint64()> m_nowMs;
};
