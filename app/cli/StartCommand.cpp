#include "cli/Commands.h"

#include "api/ModelArtsClient.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliOutput.h"
#include "workflow/TaskMonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace clicommands {

namespace {

// The deepest running event, as "labeling/jobstat_running".
QString currentStage(const TaskInfo &t)
{
    QString stage;
    for (const TaskEvent &e : t.events) {
        if (e.status == QLatin1String("running")) {
            stage = e.name;
            for (const TaskEvent &c : e.children) {
                if (c.status == QLatin1String("running"))
                    stage += QLatin1Char('/') + c.name;
            }
        }
    }
    return stage;
}

// Progress on standard error: a bar on a terminal, a line per update otherwise.
void showProgress(CliContext &ctx, const TaskInfo &t)
{
    const QString stage = currentStage(t);
    if (ctx.stderrIsTerminal()) {
        const int width = 30;
        const int filled = int(t.progress * width / 100.0);
        ctx.err() << "\r[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
                  << QStringLiteral("%1%").arg(int(t.progress), 3) << "  " << QStringLiteral("%1").arg(stage, -32);
        if (t.isTerminal())
            ctx.err() << "\n";
    } else {
        ctx.err() << QStringLiteral("%1% %2 %3 %4\n").arg(int(t.progress)).arg(clioutput::statusName(t.status), stage, t.code);
    }
    ctx.err().flush();
}

// Follows the task to its end: progress on standard error, the task with its event tree at the end.
void waitForTask(CliContext &ctx, const Dataset &dataset, const QString &taskId)
{
    auto *monitor = new TaskMonitor(ctx.client(), &ctx);
    const int interval = int(qMax(0.05, ctx.value(QStringLiteral("poll-interval")).toDouble()) * 1000);
    const TaskMonitor::Intervals intervals{ interval, qMax(interval, 4 * interval), 1.5 };
    QObject::connect(monitor, &TaskMonitor::taskUpdated, &ctx, [&ctx](const TaskInfo &t) {
        if (!ctx.json())
            showProgress(ctx, t);
    });
    QObject::connect(monitor, &TaskMonitor::pollFailed, &ctx,
                     [&ctx](const ApiError &error) { ctx.err() << "autolabel: " << error.toString() << " - trying again\n"; });
    QObject::connect(monitor, &TaskMonitor::watchFailed, &ctx, &CliContext::failWith);
    QObject::connect(monitor, &TaskMonitor::taskFinished, &ctx, [&ctx](const TaskInfo &t) {
        clioutput::printTask(ctx.out(), t, ctx.json());
        ctx.finish(t.status == TaskStatus::Succeeded ? CliContext::Ok : CliContext::Negative);
    });
    monitor->setIntervals(intervals);
    monitor->watch(dataset.id, taskId);
}

} // namespace

void start(CliContext &ctx, const Dataset &dataset)
{
    AutoLabelOptions options;
    options.accurate = ctx.value(QStringLiteral("algorithm")) == QLatin1String("accurate");
    options.collectHardExamples = !ctx.isSet(QStringLiteral("no-hard-examples"));
    ctx.client()->createTask(dataset.id, options, &ctx, [&ctx, dataset](const Result<QString> &r) {
        if (!r.ok()) {
            if (r.error.code == QLatin1String("ModelArts.4386"))
                ctx.err() << "autolabel: a task already runs on this dataset; follow it with: autolabel status " << dataset.id << "\n";
            ctx.failWith(r.error);
            return;
        }
        if (!ctx.isSet(QStringLiteral("wait"))) {
            if (ctx.json())
                ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("task_id"), *r.value } }).toJson(QJsonDocument::Compact) << "\n";
            else
                ctx.out() << "task " << *r.value << " started on " << dataset.name << "\n";
            ctx.finish(CliContext::Ok);
            return;
        }
        if (!ctx.json())
            ctx.err() << "task " << *r.value << " started on " << dataset.name << "\n";
        waitForTask(ctx, dataset, *r.value);
    });
}

} // namespace clicommands
