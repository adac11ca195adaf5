// A page of samples read in place with a JsonCursor: the listing of a million samples reads ten thousand
// pages, and a QJsonDocument of each (then a QJsonObject per sample) cost most of the client's decoding.
// The fields are read as SampleCodec.cpp reads them from a document (the lenient readers take QJsonValues
// of the small fields); whatever would be an error there, or is ambiguous (a known key twice), gives
// nullopt here, and the caller reads the page as a document instead.
#include "JsonCursor.h"
#include "JsonReaders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jsoncodec::detail {

namespace {

// A string field read as QJsonValue::toString() reads it: the text of a string, empty for anything else.
QString textOrEmpty(JsonCursor &in)
{
    if (in.peek() == JsonCursor::Type::String)
        return in.string().value_or(QString());
    in.skip();
    return {};
}

// The place of `key` among `keys` (its bit in SeenKeys), -1 when it is none of them.
template<size_t N>
int indexOf(const QByteArrayView (&keys)[N], QByteArrayView key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == keys[i])
            return int(i);
    }
    return -1;
}

// Each known key may come once: QJsonDocument would keep one of two, and which is its business.
class SeenKeys
{
public:
    bool first(int key)
    {
        const quint32 bit = 1u << key;
        const bool seen = m_seen & bit;
        m_seen |= bit;
        return !seen;
    }
    bool has(int key) const { return m_seen & (1u << key); }

private:
    quint32 m_seen = 0;
};

bool readLabel(JsonCursor &in, SampleLabel *label)
{
    if (in.peek() != JsonCursor::Type::Object)
        return false;
    static constexpr QByteArrayView keys[] = { "name", "type", "id", "score", "property" };
    in.beginObject();
    SeenKeys seen;
    bool first = true;
    QByteArrayView key;
    while (in.nextKey(&key, &first)) {
        const int index = indexOf(keys, key);
        if (index < 0) {
            in.skip();
            continue;
        }
        if (!seen.first(index))
            return false;
        if (index == 0) { // the one field that must be there, and a string
            if (in.peek() != JsonCursor::Type::String)
                return false;
            label->name = in.string().value_or(QString());
            continue;
        }
        const QJsonValue value = in.value();
        switch (index) {
        case 1: label->type = int(integer(value)); break;
        case 2: label->id = text(value); break;
        case 3: label->score = flexibleNumber(value); break;
        default: label->property = value.toObject(); break;
        }
    }
    return seen.has(0) && !in.failed();
}

bool readLabels(JsonCursor &in, QList<SampleLabel> *labels)
{
    if (in.peek() == JsonCursor::Type::Null)
        return in.skip();
    if (in.peek() != JsonCursor::Type::Array)
        return false;
    in.beginArray();
    bool first = true;
    while (in.nextElement(&first)) {
        SampleLabel label;
        if (!readLabel(in, &label))
            return false;
        labels->append(std::move(label));
    }
    return !in.failed();
}

bool readMetadata(JsonCursor &in, MetadataFields *fields)
{
    if (in.peek() != JsonCursor::Type::Object) // QJsonValue::toObject(): anything else is an empty object
        return in.skip();
    static constexpr QByteArrayView keys[] = { "@modelarts:hard", "@modelarts:hard_coefficient", "@modelarts:hard_reasons",
                                               "@modelarts:size" };
    in.beginObject();
    SeenKeys seen;
    bool first = true;
    QByteArrayView key;
    while (in.nextKey(&key, &first)) {
        const int index = indexOf(keys, key);
        if (index < 0) {
            in.skip();
            continue;
        }
        if (!seen.first(index))
            return false;
        const QJsonValue value = in.value();
        switch (index) {
        case 0: fields->hard = value; break;
        case 1: fields->hardCoefficient = value; break;
        case 2: fields->hardReasons = value; break;
        default: fields->size = value.toArray(); break;
        }
    }
    return !in.failed();
}

// The sample's own fields; labels and metadata by their readers. The key's index in `keys` is its bit.
bool readSampleField(JsonCursor &in, QByteArrayView key, Sample *s, MetadataFields *metadata, SeenKeys *seen)
{
    static constexpr QByteArrayView keys[] = { "sample_id", "labels",     "sample_type", "sample_status", "annotated_by", "source",
                                               "preview",   "sample_dir", "sample_name", "sample_size",   "sample_time",  "metadata" };
    const int index = indexOf(keys, key);
    if (index < 0)
        return in.skip();
    if (!seen->first(index))
        return false;
    switch (index) {
    case 0:
        if (in.peek() != JsonCursor::Type::String)
            return false;
        s->id = in.string().value_or(QString());
        return true;
    case 1: return readLabels(in, &s->labels);
    case 2: s->sampleType = int(integer(in.value())); return true;
    case 3: s->status = textOrEmpty(in); return true;
    case 4: s->annotatedBy = textOrEmpty(in); return true;
    case 5: s->source = textOrEmpty(in); return true;
    case 6: s->preview = textOrEmpty(in); return true;
    case 7: s->dir = textOrEmpty(in); return true;
    case 8: s->name = textOrEmpty(in); return true;
    case 9: s->sizeBytes = integer(in.value()); return true;
    case 10: s->timeMs = integer(in.value()); return true;
    default: return readMetadata(in, metadata);
    }
}

std::optional<Sample> readSample(JsonCursor &in)
{
    if (in.peek() != JsonCursor::Type::Object)
        return std::nullopt;
    in.beginObject();
    Sample s;
    MetadataFields metadata;
    SeenKeys seen;
    bool first = true;
    QByteArrayView key;
    while (in.nextKey(&key, &first)) {
        if (!readSampleField(in, key, &s, &metadata, &seen))
            return std::nullopt;
    }
    if (in.failed() || s.id.isEmpty())
        return std::nullopt;
    completeSample(s, metadata);
    return s;
}

} // namespace

std::optional<SamplePage> readSamplePage(QByteArrayView body)
{
    JsonCursor in(body);
    if (in.peek() != JsonCursor::Type::Object)
        return std::nullopt;
    in.beginObject();
    SeenKeys seen;
    std::optional<QList<Sample>> samples;
    QJsonValue count(QJsonValue::Undefined);
    bool first = true;
    QByteArrayView key;
    while (in.nextKey(&key, &first)) {
        if (key == "samples") {
            if (!seen.first(0) || in.peek() != JsonCursor::Type::Array)
                return std::nullopt;
            samples.emplace();
            in.beginArray();
            bool firstSample = true;
            while (in.nextElement(&firstSample)) {
                std::optional<Sample> s = readSample(in);
                if (!s)
                    return std::nullopt;
                samples->append(std::move(*s));
            }
        } else if (key == "sample_count") {
            if (!seen.first(1))
                return std::nullopt;
            count = in.value();
        } else {
            in.skip();
        }
    }
    if (in.failed() || !in.atEnd() || !samples)
        return std::nullopt;
    const qint64 total = integer(count, samples->size());
    return SamplePage{ total < 0 ? samples->size() : total, std::move(*samples) };
}

} // namespace jsoncodec::detail
