// JSON codecs of the ModelArts API: Samples, pages of samples and the batch update.
#include "json/JsonCodec.h"
#include "json/JsonReaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jsoncodec {

using namespace detail;

namespace {

std::optional<Sample> sample(const QJsonValue &value, const QString &path, QString *error)
{
    if (!value.isObject()) {
        *error = path + QStringLiteral(" is not an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Sample s;
    s.id = o.value(kSampleId).toString();
    if (s.id.isEmpty()) {
        *error = path + QStringLiteral(".sample_id is missing");
        return std::nullopt;
    }
    QJsonArray labels;
    if (!optionalArray(o, kLabels, path, &labels, error))
        return std::nullopt;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString labelPath = QStringLiteral("%1.labels[%2]").arg(path).arg(i);
        if (!labels[i].isObject()) {
            *error = labelPath + QStringLiteral(" is not an object");
            return std::nullopt;
        }
        const QJsonObject l = labels[i].toObject();
        if (!l.value(kName).isString()) {
            *error = labelPath + QStringLiteral(".name is missing");
            return std::nullopt;
        }
        SampleLabel sl;
        sl.name = l.value(kName).toString();
        sl.type = int(integer(l, QStringLiteral("type")));
        sl.id = text(l, QStringLiteral("id"));
        sl.score = flexibleNumber(l.value(QStringLiteral("score")));
        sl.property = l.value(QStringLiteral("property")).toObject();
        s.labels.append(sl);
    }
    s.sampleType = int(integer(o, QStringLiteral("sample_type")));
    s.status = o.value(QStringLiteral("sample_status")).toString();
    s.annotatedBy = o.value(QStringLiteral("annotated_by")).toString();
    s.source = o.value(QStringLiteral("source")).toString();
    s.preview = o.value(QStringLiteral("preview")).toString();
    s.dir = o.value(QStringLiteral("sample_dir")).toString();
    s.name = o.value(QStringLiteral("sample_name")).toString();
    s.sizeBytes = integer(o, QStringLiteral("sample_size"));
    s.timeMs = integer(o, QStringLiteral("sample_time"));
    const QJsonObject metadata = o.value(kMetadata).toObject();
    MetadataFields fields;
    fields.size = metadata.value(kSize).toArray();
    auto field = [&metadata](const QString &key) { return metadata.contains(key) ? std::optional(metadata.value(key)) : std::nullopt; };
    fields.hard = field(kHard);
    fields.hardCoefficient = field(kHardCoefficient);
    fields.hardReasons = field(kHardReasons);
    completeSample(s, fields);
    return s;
}

} // namespace

namespace detail {

void completeSample(Sample &s, const MetadataFields &metadata)
{
    if (s.name.isEmpty())
        s.name = s.sourceUrl().fileName();
    const QJsonArray &size = metadata.size;
    s.width = size.size() > 0 ? size[0].toInt() : 0;
    s.height = size.size() > 1 ? size[1].toInt() : 0;
    s.channels = size.size() > 2 ? size[2].toInt() : (size.size() == 2 ? 3 : 0);

    // Hard-example information: the sample's metadata first (booleans and numbers in the examples),
    // the label's property strings otherwise.
    const QJsonObject property = s.labels.isEmpty() ? QJsonObject() : s.labels.first().property;
    auto pick = [&](const std::optional<QJsonValue> &fromMetadata, const QString &key) {
        return fromMetadata ? *fromMetadata : property.value(key);
    };
    s.hard.hard = flexibleBool(pick(metadata.hard, kHard)).value_or(false);
    s.hard.coefficient = flexibleNumber(pick(metadata.hardCoefficient, kHardCoefficient)).value_or(0);
    s.hard.reasons = flexibleIdList(pick(metadata.hardReasons, kHardReasons));
}

} // namespace detail

Decoded<SamplePage> decodeSamplePageTree(const QByteArray &body)
{
    return decodeCounted<SamplePage, Sample>(body, QStringLiteral("samples"), QStringLiteral("sample_count"), &sample);
}

Decoded<SamplePage> decodeSamplePage(const QByteArray &body)
{
    // A page as the service writes it is read in place; anything the cursor does not take (malformed,
    // or only unusual) is read again as a document, which also names what is wrong.
    if (std::optional<SamplePage> page = readSamplePage(body))
        return { std::move(*page), {} };
    return decodeSamplePageTree(body);
}

Decoded<Sample> decodeSample(const QByteArray &body)
{
    return decodeObject<Sample>(body, [](const QJsonObject &o, QString *error) { return sample(o, QStringLiteral("sample"), error); });
}

Decoded<BatchUpdateResult> decodeBatchUpdate(const QByteArray &body, const QList<SampleUpdate> &sent)
{
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return Decoded<BatchUpdateResult>::failure(error);
    const auto success = flexibleBool(o->value(QStringLiteral("success")));
    const QJsonValue results = o->value(QStringLiteral("results"));
    BatchUpdateResult out;
    if (results.isArray()) {
        const QJsonArray list = results.toArray();
        if (list.size() != sent.size())
            return Decoded<BatchUpdateResult>::failure(
                    QStringLiteral("results has %1 entries for %2 samples sent").arg(list.size()).arg(sent.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject r = list[i].toObject();
            out.outcomes.append(SampleOutcome{ sent[i].sampleId, flexibleBool(r.value(QStringLiteral("success"))).value_or(false),
                                               r.value(QStringLiteral("error_code")).toString(),
                                               r.value(QStringLiteral("error_msg")).toString() });
        }
        return { out, {} };
    }
    if (!success)
        return Decoded<BatchUpdateResult>::failure(QStringLiteral("success is missing"));
    // No per-sample results: the whole batch shares the verdict.
    for (const SampleUpdate &u : sent) {
        out.outcomes.append(SampleOutcome{ u.sampleId, *success, o->value(QStringLiteral("error_code")).toString(),
                                           o->value(QStringLiteral("error_msg")).toString() });
    }
    return { out, {} };
}

QByteArray encodeBatchUpdate(const QList<SampleUpdate> &updates)
{
    QJsonArray samples;
    for (const SampleUpdate &u : updates) {
        QJsonArray labels;
        for (const SampleLabel &l : u.labels) {
            QJsonObject label{ { kName, l.name }, { QStringLiteral("type"), l.type } };
            if (!l.id.isEmpty())
                label.insert(QStringLiteral("id"), l.id);
            if (!l.property.isEmpty())
                label.insert(QStringLiteral("property"), l.property);
            if (l.score)
                label.insert(QStringLiteral("score"), *l.score);
            labels.append(label);
        }
        QJsonObject sample{ { kSampleId, u.sampleId }, { kLabels, labels } };
        if (!u.usage.isEmpty())
            sample.insert(QStringLiteral("sample_usage"), u.usage);
        samples.append(sample);
    }
    return QJsonDocument(QJsonObject{ { QStringLiteral("samples"), samples } }).toJson(QJsonDocument::Compact);
}

} // namespace jsoncodec
