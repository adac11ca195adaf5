// A page of samples read in place with a JsonCursor: the listing of a million samples reads ten thousand
// pages, and a QJsonDocument of each (then a QJsonObject per sample) cost most of the client's decoding.
// The fields are read as SampleCodec.cpp reads them from a document (the lenient readers take QJsonValues
// of the small fields); whatever would be an error there, or is ambiguous (a known key twice), gives
// nullopt here, and the caller reads the page as a document instead.
#include "json/JsonCursor.h"
#include "json/JsonReaders.h"

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

// The place of `key` among `keys` (its bit in readMembers), -1 when it is none of them.
template<size_t N>
int indexOf(const QByteArrayView (&keys)[N], QByteArrayView key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == keys[i])
            return int(i);
    }
    return -1;
}

// The members of the object at the cursor (the caller has seen it is one) whose key is one of `keys`,
// each by read(its index), which says false to give up; the others are read past. False when a known key
// comes twice (QJsonDocument would keep one of the two, and which is its business), when `read` gives up,
// or when the cursor failed.
template<size_t N, typename Read>
bool readMembers(JsonCursor &in, const QByteArrayView (&keys)[N], Read read)
{
    static_assert(N <= 32, "one bit a key");
    in.beginObject();
    quint32 seen = 0;
    bool first = true;
    QByteArrayView key;
    while (in.nextKey(&key, &first)) {
        const int index = indexOf(keys, key);
        if (index < 0) {
            in.skip();
            continue;
        }
        const quint32 bit = 1u << index;
        if ((seen & bit) || !read(index))
            return false;
        seen |= bit;
    }
    return !in.failed();
}

bool readLabel(JsonCursor &in, SampleLabel *label)
{
    if (in.peek() != JsonCursor::Type::Object)
        return false;
    static constexpr QByteArrayView keys[] = { "name", "type", "id", "score", "property" };
    bool named = false;
    const bool read = readMembers(in, keys, [&](int index) {
        if (index == 0) { // the one field that must be there, and a string
            if (in.peek() != JsonCursor::Type::String)
                return false;
            label->name = in.string().value_or(QString());
            named = true;
            return true;
        }
        const QJsonValue value = in.value();
        switch (index) {
        case 1: label->type = int(integer(value)); break;
        case 2: label->id = text(value); break;
        case 3: label->score = flexibleNumber(value); break;
        default: label->property = value.toObject(); break;
        }
        return true;
    });
    return read && named;
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
    return readMembers(in, keys, [&](int index) {
        const QJsonValue value = in.value();
        switch (index) {
        case 0: fields->hard = value; break;
        case 1: fields->hardCoefficient = value; break;
        case 2: fields->hardReasons = value; break;
        default: fields->size = value.toArray(); break;
        }
        return true;
    });
}

// The sample's field `index` of readSample's keys; labels and metadata by their readers.
bool readSampleField(JsonCursor &in, int index, Sample *s, MetadataFields *metadata)
{
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
    static constexpr QByteArrayView keys[] = { "sample_id", "labels",     "sample_type", "sample_status", "annotated_by", "source",
                                               "preview",   "sample_dir", "sample_name", "sample_size",   "sample_time",  "metadata" };
    Sample s;
    MetadataFields metadata;
    if (!readMembers(in, keys, [&](int index) { return readSampleField(in, index, &s, &metadata); }) || s.id.isEmpty())
        return std::nullopt;
    completeSample(s, metadata);
    return s;
}

bool readSamples(JsonCursor &in, QList<Sample> *samples)
{
    if (in.peek() != JsonCursor::Type::Array)
        return false;
    in.beginArray();
    bool first = true;
    while (in.nextElement(&first)) {
        std::optional<Sample> s = readSample(in);
        if (!s)
            return false;
        samples->append(std::move(*s));
    }
    return !in.failed();
}

} // namespace

std::optional<SamplePage> readSamplePage(QByteArrayView body)
{
    JsonCursor in(body);
    if (in.peek() != JsonCursor::Type::Object)
        return std::nullopt;
    static constexpr QByteArrayView keys[] = { "samples", "sample_count" };
    QList<Sample> samples;
    bool listed = false;
    QJsonValue count(QJsonValue::Undefined);
    const bool read = readMembers(in, keys, [&](int index) {
        if (index == 1) {
            count = in.value();
            return true;
        }
        listed = true;
        return readSamples(in, &samples);
    });
    if (!read || !listed || !in.atEnd())
        return std::nullopt;
    const qint64 total = integer(count, samples.size());
    return SamplePage{ total < 0 ? samples.size() : total, std::move(samples) };
}

} // namespace jsoncodec::detail
