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

void stop(CliContext &ctx, const Dataset &dataset, const QString &taskId)
{
    ctx.client()->stopTask(dataset.id, taskId, &ctx, [&ctx, taskId](const Result<bool> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        if (ctx.json())
            ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("stopped"), taskId } }).toJson(QJsonDocument::Compact) << "\n";
        else
            ctx.out() << "task " << taskId << " is stopping\n";
        ctx.finish(CliContext::Ok);
    });
}

} // namespace clicommands
