#include "cli/CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace clioutput {

QString statusName(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Queued: return QStringLiteral("queued");
    case TaskStatus::Initializing: return QStringLiteral("initializing");
    case TaskStatus::Running: return QStringLiteral("running");
    case TaskStatus::Failed: return QStringLiteral("failed");
    case TaskStatus::Succeeded: return QStringLiteral("succeeded");
    case TaskStatus::Stopping: return QStringLiteral("stopping");
    case TaskStatus::Stopped: return QStringLiteral("stopped");
    case TaskStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

namespace {

QJsonObject eventJson(const TaskEvent &e)
{
    QJsonObject o{ { QStringLiteral("name"), e.name },
                   { QStringLiteral("status"), e.status },
                   { QStringLiteral("level"), e.level },
                   { QStringLiteral("ordinal"), e.ordinal } };
    if (e.createTimeMs)
        o.insert(QStringLiteral("create_time"), *e.createTimeMs);
    if (e.elapsedSeconds)
        o.insert(QStringLiteral("elapsed_time"), *e.elapsedSeconds);
    if (!e.errorMessage.isEmpty())
        o.insert(QStringLiteral("error_message"), e.errorMessage);
    QJsonArray children;
    for (const TaskEvent &c : e.children)
        children.append(eventJson(c));
    if (!children.isEmpty())
        o.insert(QStringLiteral("events"), children);
    return o;
}

} // namespace

QJsonObject taskJson(const TaskInfo &t)
{
    QJsonArray events;
    for (const TaskEvent &e : t.events)
        events.append(eventJson(e));
    QJsonObject o{ { QStringLiteral("task_id"), t.taskId },
                   { QStringLiteral("status"), statusName(t.status) },
                   { QStringLiteral("status_code"), t.rawStatus },
                   { QStringLiteral("progress"), t.progress },
                   { QStringLiteral("code"), t.code },
                   { QStringLiteral("message"), t.message },
                   { QStringLiteral("elapsed_time"), t.elapsedSeconds },
                   { QStringLiteral("create_time"), t.createTime },
                   { QStringLiteral("unconfirmed_sample_count"), t.unconfirmedSamples },
                   { QStringLiteral("events"), events } };
    if (!t.errorMessage.isEmpty())
        o.insert(QStringLiteral("error_msg"), t.errorMessage);
    return o;
}

QJsonObject sampleJson(const Sample &s)
{
    QJsonArray reasons;
    for (int r : s.hard.reasons)
        reasons.append(r);
    QJsonObject o{ { QStringLiteral("sample_id"), s.id },
                   { QStringLiteral("name"), s.name },
                   { QStringLiteral("label"), s.labelName() },
                   { QStringLiteral("hard"), s.hard.hard },
                   { QStringLiteral("hard_coefficient"), s.hard.coefficient },
                   { QStringLiteral("hard_reasons"), reasons } };
    if (s.score())
        o.insert(QStringLiteral("score"), *s.score());
    return o;
}

void printJson(QTextStream &out, const QJsonObject &object) { out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n"; }

void printTask(QTextStream &out, const TaskInfo &t, bool json)
{
    if (json) {
        printJson(out, taskJson(t));
        return;
    }
    out << "task " << t.taskId << "  " << statusName(t.status) << "  " << t.progress << "%  " << t.code << " " << t.message.trimmed()
        << "\n";
    out << "created " << t.createTime << ", " << t.elapsedSeconds << " s";
    if (t.status == TaskStatus::Succeeded)
        out << ", " << t.unconfirmedSamples << " samples to confirm";
    out << "\n";
    if (!t.errorMessage.isEmpty())
        out << "error: " << t.errorCode << " " << t.errorMessage << "\n";
    std::function<void(const QList<TaskEvent> &, int)> tree = [&](const QList<TaskEvent> &events, int depth) {
        for (const TaskEvent &e : events) {
            const QString mark = e.status == QLatin1String("success") ? QStringLiteral("[ok]")
                    : e.status == QLatin1String("running")            ? QStringLiteral("[..]")
                    : e.status == QLatin1String("failed")             ? QStringLiteral("[!!]")
                                                                      : QStringLiteral("[  ]");
            out << QString(2 + 2 * depth, QLatin1Char(' ')) << mark << " " << QStringLiteral("%1").arg(e.name, -20 + 2 * depth);
            if (e.elapsedSeconds)
                out << " " << *e.elapsedSeconds << " s";
            if (!e.errorMessage.isEmpty())
                out << "  " << e.errorMessage;
            out << "\n";
            tree(e.children, depth + 1);
        }
    };
    tree(t.events, 0);
}

} // namespace clioutput
