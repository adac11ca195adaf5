#pragma once

#include "http/HttpExchange.h"
#include "storage/Records.h"

class JsonWriter;
class Storage;
class UrlSigner;

// Samples as the ModelArts API writes them (modelarts-api.md 3.5, 5.1): labels with their ids, metadata,
// and presigned preview and source URLs. An auto-annotation listing writes the pending auto annotation
// as the sample's label, with the hard-example keys and the provenance keys the cloud adds.
class SampleJson final
{
public:
    SampleJson(const Storage &storage, const UrlSigner &signer);

    // Into `out` (a page of samples writes each straight into its answer); `labels`: the dataset's.
    void write(JsonWriter &out, const SampleRecord &sample, bool asAutoAnnotation, qint64 nowSeconds,
               const QList<LabelRecord> &labels) const;
    // A listing's answer: {"sample_count": count, "samples": [...]}, written straight into its body.
    ApiResponse page(qint64 count, const QList<SampleRecord> &samples, bool asAutoAnnotation, qint64 nowSeconds,
                     const QList<LabelRecord> &labels) const;
    // `labels`: the dataset's labels when the caller has them (a page of samples asks once, not per sample).
    QJsonObject write(const SampleRecord &sample, bool asAutoAnnotation, qint64 nowSeconds,
                      const QList<LabelRecord> *labels = nullptr) const;

private:
    const Storage &m_storage;
    const UrlSigner &m_signer;
};
