#include "cli/Commands.h"

#include "api/ModelArtsClient.h"
#include "cli/CliContext.h"
#include "cli/CliOutput.h"
#include "workflow/TaskMonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace clicommands {

namespace {

struct GroupSizes
{
    QString taskId;
    QString property;
    int groups = 0;
    QList<qint64> sizes;
};

// Each group's size, one listing each (modelarts-api-grouping.md 3.2: the statistics are not to be
// relied on), then the answer.
void countGroups(CliContext &ctx, const Dataset &dataset, std::shared_ptr<GroupSizes> state)
{
    if (state->sizes.size() == state->groups) {
        if (ctx.json()) {
            QJsonArray groups;
            for (int g = 0; g < state->groups; ++g)
                groups.append(
                        QJsonObject{ { QStringLiteral("group"), QString::number(g) }, { QStringLiteral("samples"), state->sizes[g] } });
            ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("task_id"), state->taskId },
                                                    { QStringLiteral("property"), state->property },
                                                    { QStringLiteral("groups"), groups } })
                                 .toJson(QJsonDocument::Compact)
                      << "\n";
        } else {
            for (int g = 0; g < state->groups; ++g)
                ctx.out() << state->property << "=" << g << ": " << state->sizes[g] << " samples\n";
        }
        ctx.finish(CliContext::Ok);
        return;
    }
    ModelArtsClient::SampleQuery query;
    query.attribute = state->property;
    query.attributeValue = QString::number(state->sizes.size());
    query.limit = 1;
    ctx.client()->samples(dataset.id, query, &ctx, [&ctx, dataset, state](const Result<SamplePage> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        state->sizes.append(r.value->total);
        countGroups(ctx, dataset, state);
    });
}

void follow(CliContext &ctx, const Dataset &dataset, std::shared_ptr<GroupSizes> state)
{
    auto *monitor = new TaskMonitor(ctx.client(), &ctx);
    const int interval = int(qMax(0.05, ctx.value(QStringLiteral("poll-interval")).toDouble()) * 1000);
    monitor->setIntervals(TaskMonitor::Intervals{ interval, qMax(interval, 4 * interval), 1.5 });
    QObject::connect(monitor, &TaskMonitor::taskUpdated, &ctx, [&ctx](const TaskInfo &t) {
        if (!ctx.json())
            ctx.err() << QStringLiteral("%1% %2\n").arg(int(t.progress)).arg(clioutput::statusName(t.status));
    });
    QObject::connect(monitor, &TaskMonitor::pollFailed, &ctx,
                     [&ctx](const ApiError &error) { ctx.err() << "autolabel: " << error.toString() << " - trying again\n"; });
    QObject::connect(monitor, &TaskMonitor::watchFailed, &ctx, &CliContext::failWith);
    QObject::connect(monitor, &TaskMonitor::taskFinished, &ctx, [&ctx, dataset, state](const TaskInfo &t) {
        if (t.status != TaskStatus::Succeeded) {
            clioutput::printTask(ctx.out(), t, ctx.json());
            ctx.finish(CliContext::Negative);
            return;
        }
        countGroups(ctx, dataset, state);
    });
    monitor->watch(dataset.id, state->taskId);
}

} // namespace

void group(CliContext &ctx, const Dataset &dataset)
{
    bool ok = false;
    const int groups = ctx.value(QStringLiteral("groups")).toInt(&ok);
    if (!ok || groups < 2 || groups > 200) {
        ctx.err() << "autolabel: group needs --groups N, from 2 to 200\n";
        ctx.finish(CliContext::Usage);
        return;
    }
    auto state = std::make_shared<GroupSizes>();
    state->property = ctx.value(QStringLiteral("property"));
    state->groups = groups;
    ctx.client()->startGrouping(dataset.id, groups, state->property, &ctx, [&ctx, dataset, state](const Result<QString> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        state->taskId = *r.value;
        if (ctx.isSet(QStringLiteral("wait"))) {
            follow(ctx, dataset, state);
            return;
        }
        if (ctx.json())
            ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("task_id"), state->taskId } }).toJson(QJsonDocument::Compact) << "\n";
        else
            ctx.out() << "grouping task " << state->taskId << " started: " << state->groups << " groups into the attribute "
                      << state->property << "\n";
        ctx.finish(CliContext::Ok);
    });
}

} // namespace clicommands
