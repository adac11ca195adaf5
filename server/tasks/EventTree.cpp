#include "tasks/EventTree.h"

namespace {

const QString kEvents = QStringLiteral("events");
const QString kResult = QStringLiteral("result");
const QString kStatus = QStringLiteral("status");
const QString kCreateTime = QStringLiteral("create_time");
const QString kElapsed = QStringLiteral("elapsed_time");
const QString kEndTime = QStringLiteral("end_time");

QJsonObject event(const QString &name, int ordinal, int level)
{
    return QJsonObject{ { QStringLiteral("name"), name },
                        { QStringLiteral("ordinal"), ordinal },
                        { QStringLiteral("level"), level },
                        { kStatus, QStringLiteral("waiting") } };
}

// Applies `change` to the first event of `events` named `name`, looking into children too. True if found.
template<typename Change>
bool changeEvent(QJsonArray &events, const QString &name, const Change &change)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject e = events[i].toObject();
        if (e.value(QStringLiteral("name")).toString() == name) {
            change(e);
            events[i] = e;
            return true;
        }
        QJsonArray children = e.value(kEvents).toArray();
        if (changeEvent(children, name, change)) {
            e.insert(kEvents, children);
            events[i] = e;
            return true;
        }
    }
    return false;
}

// Every event and child gets `change`.
template<typename Change>
void forEachEvent(QJsonArray &events, const Change &change)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject e = events[i].toObject();
        change(e);
        if (e.contains(kEvents)) {
            QJsonArray children = e.value(kEvents).toArray();
            forEachEvent(children, change);
            e.insert(kEvents, children);
        }
        events[i] = e;
    }
}

// Runs `edit` on the state's event list and puts it back.
template<typename Edit>
void editEvents(QJsonObject &state, const Edit &edit)
{
    QJsonObject result = state.value(kResult).toObject();
    QJsonArray events = result.value(kEvents).toArray();
    edit(events);
    result.insert(kEvents, events);
    state.insert(kResult, result);
}

void end(QJsonObject &e, qint64 nowMs)
{
    e.insert(kElapsed, (nowMs - e.value(kCreateTime).toInteger()) / 1000);
    e.insert(kEndTime, nowMs);
}

} // namespace

namespace eventtree {

QJsonArray initialEvents()
{
    QJsonObject labeling = event(QStringLiteral("labeling"), 3, 1);
    labeling.insert(kEvents,
                    QJsonArray{ event(QStringLiteral("jobstat_init"), 1, 2), event(QStringLiteral("jobstat_waiting"), 2, 2),
                                event(QStringLiteral("jobstat_running"), 3, 2), event(QStringLiteral("jobstat_completed"), 4, 2) });
    return QJsonArray{ event(QStringLiteral("start"), 1, 1), event(QStringLiteral("init"), 2, 1), labeling,
                       event(QStringLiteral("result_processing"), 4, 1), event(QStringLiteral("end"), 5, 1) };
}

void startEvent(QJsonObject &state, const QString &name, qint64 nowMs)
{
    editEvents(state, [&](QJsonArray &events) {
        changeEvent(events, name, [nowMs](QJsonObject &e) {
            e.insert(kStatus, QStringLiteral("running"));
            e.insert(kCreateTime, nowMs);
            e.insert(kElapsed, 0);
        });
    });
}

void finishEvent(QJsonObject &state, const QString &name, bool success, qint64 nowMs)
{
    editEvents(state, [&](QJsonArray &events) {
        changeEvent(events, name, [&](QJsonObject &e) {
            if (!e.contains(kCreateTime))
                e.insert(kCreateTime, nowMs);
            e.insert(kStatus, success ? QStringLiteral("success") : QStringLiteral("failed"));
            end(e, nowMs);
        });
    });
}

void failRunningEvents(QJsonObject &state, qint64 nowMs, const QString &errorCode, const QString &errorMsg)
{
    editEvents(state, [&](QJsonArray &events) {
        forEachEvent(events, [&](QJsonObject &e) {
            if (e.value(kStatus).toString() != QLatin1String("running"))
                return;
            e.insert(kStatus, QStringLiteral("failed"));
            end(e, nowMs);
            e.insert(QStringLiteral("error_code"), errorCode);
            e.insert(QStringLiteral("error_message"), errorMsg);
        });
    });
}

void setPhase(QJsonObject &state, int status, double progress, const QString &code, const QString &message)
{
    state.insert(kStatus, status);
    state.insert(QStringLiteral("progress"), qMax(progress, state.value(QStringLiteral("progress")).toDouble()));
    state.insert(QStringLiteral("code"), code);
    state.insert(QStringLiteral("message"), message);
}

QJsonObject present(const TaskRecord &task, qint64 nowMs, qint64 unconfirmed)
{
    QJsonObject s = task.state;
    const qint64 endMs = s.contains(kEndTime) ? s.value(kEndTime).toInteger() : nowMs;
    s.insert(kElapsed, (endMs - task.createTimeMs) / 1000);
    s.remove(kEndTime);
    s.remove(QStringLiteral("collect_key_sample"));
    editEvents(s, [nowMs](QJsonArray &events) {
        forEachEvent(events, [nowMs](QJsonObject &e) {
            if (e.value(kStatus).toString() == QLatin1String("running"))
                e.insert(kElapsed, (nowMs - e.value(kCreateTime).toInteger()) / 1000);
            e.remove(kEndTime);
        });
    });
    QJsonObject result = s.value(kResult).toObject();
    result.insert(QStringLiteral("unconfirmed_sample_count"), unconfirmed);
    s.insert(kResult, result);
    return s;
}

void setResultCounts(QJsonObject &state, qint64 total, qint64 labeled, qint64 unconfirmed)
{
    QJsonObject result = state.value(kResult).toObject();
    result.insert(QStringLiteral("total_sample_count"), total);
    result.insert(QStringLiteral("annotated_sample_count"), labeled);
    result.insert(QStringLiteral("unconfirmed_sample_count"), unconfirmed);
    state.insert(kResult, result);
}

} // namespace eventtree
