#include "rest/SampleJson.h"

#include "auth/UrlSigner.h"
#include "rest/JsonWriter.h"
#include "storage/Storage.h"

#include <QJsonDocument>

namespace {

constexpr QLatin1StringView kHard("@modelarts:hard");
constexpr QLatin1StringView kHardCoefficient("@modelarts:hard_coefficient");
constexpr QLatin1StringView kHardReasons("@modelarts:hard_reasons");
constexpr QLatin1StringView kSize("@modelarts:size");

// "0.0", "0.73", "1.0": numbers as the seed's label properties write them.
QString decimalString(double value)
{
    QString s = QString::number(value, 'f', 4);
    while (s.endsWith(QLatin1Char('0')) && !s.endsWith(QStringLiteral(".0")))
        s.chop(1);
    return s;
}

// A label's id: its 1-based place among the dataset's labels ("" when it is not one of them).
QString labelId(const QList<LabelRecord> &datasetLabels, const QString &name)
{
    for (qsizetype i = 0; i < datasetLabels.size(); ++i) {
        if (datasetLabels[i].name == name)
            return QString::number(i + 1);
    }
    return QString();
}

// The pending auto annotation as the sample's one label (keys sorted, as QJsonDocument writes them).
void autoLabel(JsonWriter &out, const AutoAnnotationRecord &a, const QList<LabelRecord> &datasetLabels)
{
    out.beginArray().beginObject();
    out.key(QLatin1StringView("id")).value(labelId(datasetLabels, a.labelName));
    out.key(QLatin1StringView("name")).value(a.labelName);
    out.key(QLatin1StringView("property")).beginObject();
    out.key(kHard).value(a.hard ? QLatin1StringView("true") : QLatin1StringView("false"));
    out.key(kHardCoefficient).value(decimalString(a.hardCoefficient));
    if (a.hard) {
        QStringList reasonText;
        for (int r : a.hardReasons)
            reasonText.append(QString::number(r));
        out.key(kHardReasons).value(reasonText.join(QLatin1Char('-')));
    }
    out.endObject();
    out.key(QLatin1StringView("score")).value(a.score);
    out.key(QLatin1StringView("type")).value(0);
    out.endObject().endArray();
}

void manualLabels(JsonWriter &out, const QList<SampleLabelRecord> &labels, const QList<LabelRecord> &datasetLabels)
{
    out.beginArray();
    for (const SampleLabelRecord &l : labels) {
        out.beginObject();
        out.key(QLatin1StringView("id")).value(labelId(datasetLabels, l.name));
        out.key(QLatin1StringView("name")).value(l.name);
        out.key(QLatin1StringView("property")).value(l.property);
        if (l.score)
            out.key(QLatin1StringView("score")).value(*l.score);
        out.key(QLatin1StringView("type")).value(l.type);
        out.endObject();
    }
    out.endArray();
}

// The metadata, with the hard-example keys of a pending auto annotation and the provenance keys the
// cloud adds to auto-labeled samples (the seed's example shows them all).
void metadata(JsonWriter &out, const SampleRecord &s, const AutoAnnotationRecord *pending, bool provenance, const QString &source)
{
    out.beginObject();
    for (const auto &[key, value] : s.attributes)
        out.key(key).value(value);
    if (provenance) {
        out.key(QLatin1StringView("@modelarts:check_result")).beginArray();
        for (const char *language : { "en-us", "zh-cn" }) {
            out.beginObject();
            out.key(QLatin1StringView("language")).value(QLatin1StringView(language));
            out.key(QLatin1StringView("result_descriptions")).beginArray().endArray();
            out.key(QLatin1StringView("result_property")).value(0);
            out.endObject();
        }
        out.endArray();
        out.key(QLatin1StringView("@modelarts:data_checked")).value(true);
    }
    if (pending) {
        out.key(kHard).value(pending->hard);
        out.key(kHardCoefficient).value(pending->hardCoefficient);
        out.key(kHardReasons).beginArray();
        for (int r : pending->hardReasons)
            out.value(r);
        out.endArray();
    }
    out.key(QLatin1StringView("@modelarts:import_origin")).value(0);
    const QString origin = QStringLiteral("obs://modelarts-local") + s.dir + s.name;
    if (provenance) {
        out.key(QLatin1StringView("@modelarts:new_source")).value(origin);
        out.key(QLatin1StringView("@modelarts:origin_source")).value(origin);
        out.key(QLatin1StringView("@modelarts:origin_source_id")).value(s.id);
    }
    out.key(kSize).beginArray().value(s.width).value(s.height).value(s.channels).endArray();
    if (provenance)
        out.key(QLatin1StringView("@modelarts:source_image_info")).value(source);
    out.endObject();
}

} // namespace

SampleJson::SampleJson(const Storage &storage, const UrlSigner &signer)
    : m_storage(storage)
    , m_signer(signer)
{
}

void SampleJson::write(JsonWriter &out, const SampleRecord &s, bool asAutoAnnotation, qint64 now, const QList<LabelRecord> &labels) const
{
    const AutoAnnotationRecord *pending = asAutoAnnotation && s.autoAnnotation ? &*s.autoAnnotation : nullptr;
    const QString source = m_signer.encodedUrl(s.datasetId, s.id, UrlSigner::Kind::Source, now);
    out.beginObject();
    out.key(QLatin1StringView("annotated_by")).value(pending ? QString() : s.annotatedBy);
    out.key(QLatin1StringView("labels"));
    if (pending)
        autoLabel(out, *pending, labels);
    else
        manualLabels(out, s.labels, labels);
    out.key(QLatin1StringView("metadata"));
    metadata(out, s, pending, asAutoAnnotation, source);
    out.key(QLatin1StringView("preview")).value(m_signer.encodedUrl(s.datasetId, s.id, UrlSigner::Kind::Preview, now));
    out.key(QLatin1StringView("sample_dir")).value(s.dir);
    out.key(QLatin1StringView("sample_id")).value(s.id);
    out.key(QLatin1StringView("sample_name")).value(s.name);
    out.key(QLatin1StringView("sample_size")).value(s.size);
    out.key(QLatin1StringView("sample_status")).value(pending ? QStringLiteral("UN_ANNOTATION") : s.status);
    out.key(QLatin1StringView("sample_time")).value(s.timeMs);
    out.key(QLatin1StringView("sample_type")).value(0);
    out.key(QLatin1StringView("source")).value(source);
    out.endObject();
}

ApiResponse SampleJson::page(qint64 count, const QList<SampleRecord> &samples, bool asAutoAnnotation, qint64 now,
                             const QList<LabelRecord> &labels) const
{
    JsonWriter out(2048 + samples.size() * 1600);
    out.beginObject();
    out.key(QLatin1StringView("sample_count")).value(count);
    out.key(QLatin1StringView("samples")).beginArray();
    for (const SampleRecord &s : samples)
        write(out, s, asAutoAnnotation, now, labels);
    out.endArray().endObject();
    ApiResponse response;
    response.body = out.take();
    return response;
}

QJsonObject SampleJson::write(const SampleRecord &s, bool asAutoAnnotation, qint64 now, const QList<LabelRecord> *knownLabels) const
{
    const QList<LabelRecord> datasetLabels = knownLabels ? *knownLabels
            : asAutoAnnotation || !s.labels.isEmpty()    ? m_storage.datasets().labels(s.datasetId)
                                                         : QList<LabelRecord>();
    JsonWriter out;
    write(out, s, asAutoAnnotation, now, datasetLabels);
    return QJsonDocument::fromJson(out.take()).object();
}
