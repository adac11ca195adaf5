#pragma once

#include "types/ModelArtsTypes.h"

#include <QByteArray>
#include <QJsonValue>
#include <QMap>

#include <optional>

// JSON decoders and encoders of the ModelArts API, as pure functions. Tolerant where the documentation
// contradicts its own examples (a flag as "false", false or 0; a score as 1 or 0.66; open status strings;
// missing optional fields), strict on structure: a body that is not an object, a sample without
// sample_id, a label without name give an error naming the field, never a silently empty result.
namespace jsoncodec {

template<typename T>
struct Decoded
{
    std::optional<T> value;
    QString error; // set when value is empty: what is wrong, naming the field

    bool ok() const { return value.has_value(); }
    static Decoded failure(const QString &why) { return Decoded{ std::nullopt, why }; }
};

struct DatasetList
{
    qint64 total = 0;
    QList<Dataset> datasets;
};

struct TaskList
{
    qint64 total = 0;
    QList<TaskInfo> tasks;
};

Decoded<TokenInfo> decodeToken(const QByteArray &body, const QByteArray &subjectToken);
Decoded<DatasetList> decodeDatasetList(const QByteArray &body);
Decoded<Dataset> decodeDataset(const QByteArray &body);
Decoded<QList<Label>> decodeLabels(const QByteArray &body);
Decoded<DatasetStats> decodeStats(const QByteArray &body);
Decoded<SamplePage> decodeSamplePage(const QByteArray &body);
Decoded<Sample> decodeSample(const QByteArray &body);
// decodeSamplePage through a QJsonDocument only (what it falls back to), exposed for the tests.
Decoded<SamplePage> decodeSamplePageTree(const QByteArray &body);
Decoded<QString> decodeCreateTask(const QByteArray &body);
Decoded<TaskInfo> decodeTaskInfo(const QByteArray &body);
Decoded<TaskList> decodeTaskList(const QByteArray &body);
// `count` samples were sent; a bare {"success":true} means each of them succeeded.
Decoded<BatchUpdateResult> decodeBatchUpdate(const QByteArray &body, const QList<SampleUpdate> &sent);

// The error of an answer with a 4xx/5xx status, from whichever of the documented shapes it has
// (ModelArts {error_code, error_msg}, the gateway's with request_id, IAM's {error:{code,message,title}}).
ApiError decodeError(int httpStatus, const QByteArray &body, const QByteArray &requestIdHeader);

QByteArray encodeTokenRequest(const QString &domain, const QString &user, const QString &password, const QString &projectName);
QByteArray encodeCreateTask(bool accurate, bool collectHardExamples, const QString &confidenceScope = {});
// CreateTask for auto grouping into `groups`, the group numbers saved to the samples' attribute `property`.
QByteArray encodeCreateGrouping(int groups, const QString &property);
// GET .../data-annotations/search-condition: the samples' user attributes and their values (an auto
// grouping's attribute and its group numbers).
Decoded<QMap<QString, QStringList>> decodeSearchConditionMetadata(const QByteArray &body);
// A sample listing's search_conditions: the samples whose attribute `key` is `value`.
QByteArray encodeAttributeCondition(const QString &key, const QString &value);
QByteArray encodeBatchUpdate(const QList<SampleUpdate> &updates);

// Lenient readers, exposed for the tests.
std::optional<bool> flexibleBool(const QJsonValue &value);
std::optional<double> flexibleNumber(const QJsonValue &value);
QList<int> flexibleIdList(const QJsonValue &value); // [3,8], ["3","8"] or "3-8"
TaskStatus taskStatusFrom(int raw);

} // namespace jsoncodec
