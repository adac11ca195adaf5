#include "cli/Commands.h"

#include "api/ModelArtsClient.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace clicommands {

void status(CliContext &ctx, const Dataset &dataset, const QString &taskId)
{
    if (!taskId.isEmpty()) {
        ctx.client()->task(dataset.id, taskId, &ctx, [&ctx](const Result<TaskInfo> &r) {
            if (!r.ok()) {
                ctx.failWith(r.error);
                return;
            }
            clioutput::printTask(ctx.out(), *r.value, ctx.json());
            ctx.finish(CliContext::Ok);
        });
        return;
    }
    ctx.client()->listTasks(dataset.id, &ctx, [&ctx, dataset](const Result<QList<TaskInfo>> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        if (r.value->isEmpty()) {
            ctx.err() << "autolabel: no task on " << dataset.name << "\n";
            ctx.finish(CliContext::Negative);
            return;
        }
        status(ctx, dataset, r.value->first().taskId);
    });
}

} // namespace clicommands
