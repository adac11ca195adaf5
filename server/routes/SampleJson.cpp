#include "routes/SampleJson.h"

#include "auth/UrlSigner.h"
#include "storage/Storage.h"

#include <QJsonArray>

namespace {

const QString kHard = QStringLiteral("@modelarts:hard");
const QString kHardCoefficient = QStringLiteral("@modelarts:hard_coefficient");
const QString kHardReasons = QStringLiteral("@modelarts:hard_reasons");
const QString kSize = QStringLiteral("@modelarts:size");

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

// The pending auto annotation as the sample's one label, and its hard-example keys in the metadata.
QJsonArray autoLabel(const AutoAnnotationRecord &a, const QList<LabelRecord> &datasetLabels, QJsonObject &metadata)
{
    QJsonObject property{ { kHardCoefficient, decimalString(a.hardCoefficient) },
                          { kHard, a.hard ? QStringLiteral("true") : QStringLiteral("false") } };
    QJsonArray reasons;
    QStringList reasonText;
    for (int r : a.hardReasons) {
        reasons.append(r);
        reasonText.append(QString::number(r));
    }
    if (a.hard)
        property.insert(kHardReasons, reasonText.join(QLatin1Char('-')));
    metadata.insert(kHard, a.hard);
    metadata.insert(kHardCoefficient, a.hardCoefficient);
    metadata.insert(kHardReasons, reasons);
    return QJsonArray{ QJsonObject{ { QStringLiteral("name"), a.labelName },
                                    { QStringLiteral("type"), 0 },
                                    { QStringLiteral("id"), labelId(datasetLabels, a.labelName) },
                                    { QStringLiteral("property"), property },
                                    { QStringLiteral("score"), a.score } } };
}

QJsonArray manualLabels(const QList<SampleLabelRecord> &labels, const QList<LabelRecord> &datasetLabels)
{
    QJsonArray out;
    for (const SampleLabelRecord &l : labels) {
        QJsonObject label{ { QStringLiteral("name"), l.name },
                           { QStringLiteral("type"), l.type },
                           { QStringLiteral("id"), labelId(datasetLabels, l.name) },
                           { QStringLiteral("property"), l.property } };
        if (l.score)
            label.insert(QStringLiteral("score"), *l.score);
        out.append(label);
    }
    return out;
}

// The provenance keys the cloud adds to auto-labeled samples (the seed's example shows them all).
void addProvenance(QJsonObject &metadata, const SampleRecord &s, const QString &source)
{
    const QString origin = QStringLiteral("obs://modelarts-local") + s.dir + s.name;
    metadata.insert(QStringLiteral("@modelarts:origin_source"), origin);
    metadata.insert(QStringLiteral("@modelarts:new_source"), origin);
    metadata.insert(QStringLiteral("@modelarts:origin_source_id"), s.id);
    metadata.insert(QStringLiteral("@modelarts:source_image_info"), source);
    metadata.insert(QStringLiteral("@modelarts:data_checked"), true);
    // The same for every sample: built once (a page of 100 samples would build it 100 times).
    static const QJsonArray checks = [] {
        QJsonArray a;
        for (const QString &language : { QStringLiteral("en-us"), QStringLiteral("zh-cn") }) {
            a.append(QJsonObject{ { QStringLiteral("language"), language },
                                  { QStringLiteral("result_property"), 0 },
                                  { QStringLiteral("result_descriptions"), QJsonArray{} } });
        }
        return a;
    }();
    metadata.insert(QStringLiteral("@modelarts:check_result"), checks);
}

} // namespace

SampleJson::SampleJson(const Storage &storage, const UrlSigner &signer)
    : m_storage(storage)
    , m_signer(signer)
{
}

QJsonObject SampleJson::write(const SampleRecord &s, bool asAutoAnnotation, qint64 now, const QList<LabelRecord> *knownLabels) const
{
    QJsonObject metadata{ { QStringLiteral("@modelarts:import_origin"), 0 },
                          { kSize, QJsonArray{ qint64(s.width), qint64(s.height), qint64(s.channels) } } };
    const QList<LabelRecord> datasetLabels = knownLabels ? *knownLabels
            : asAutoAnnotation || !s.labels.isEmpty()    ? m_storage.datasets().labels(s.datasetId)
                                                         : QList<LabelRecord>();
    const bool pending = asAutoAnnotation && s.autoAnnotation;
    const QJsonArray labels = pending ? autoLabel(*s.autoAnnotation, datasetLabels, metadata) : manualLabels(s.labels, datasetLabels);
    const QString source = m_signer.encodedUrl(s.datasetId, s.id, UrlSigner::Kind::Source, now);
    if (asAutoAnnotation)
        addProvenance(metadata, s, source);
    return QJsonObject{
        { QStringLiteral("sample_id"), s.id },
        { QStringLiteral("sample_type"), 0 },
        { QStringLiteral("labels"), labels },
        { QStringLiteral("source"), source },
        { QStringLiteral("preview"), m_signer.encodedUrl(s.datasetId, s.id, UrlSigner::Kind::Preview, now) },
        { QStringLiteral("metadata"), metadata },
        { QStringLiteral("sample_time"), s.timeMs },
        { QStringLiteral("sample_status"), pending ? QStringLiteral("UN_ANNOTATION") : s.status },
        { QStringLiteral("annotated_by"), pending ? QString() : s.annotatedBy },
        { QStringLiteral("sample_name"), s.name },
        { QStringLiteral("sample_dir"), s.dir },
        { QStringLiteral("sample_size"), s.size },
    };
}
