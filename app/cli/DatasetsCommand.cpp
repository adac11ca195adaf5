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

void datasets(CliContext &ctx)
{
    ctx.client()->listDatasets({}, &ctx, [&ctx](const Result<QList<Dataset>> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        if (ctx.json()) {
            QJsonArray list;
            for (const Dataset &d : *r.value) {
                QJsonArray labels;
                for (const Label &l : d.labels)
                    labels.append(l.name);
                list.append(
                        QJsonObject{ { QStringLiteral("dataset_id"), d.id },
                                     { QStringLiteral("name"), d.name },
                                     { QStringLiteral("type"), d.type },
                                     { QStringLiteral("total"), d.totalSamples },
                                     { QStringLiteral("labeled"), d.annotatedSamples },
                                     { QStringLiteral("unconfirmed"), d.unconfirmedSamples },
                                     { QStringLiteral("running_task"), d.existRunningTask },
                                     { QStringLiteral("dataset_version"), d.isNewVersion() ? QStringLiteral("v2") : QStringLiteral("v1") },
                                     { QStringLiteral("supported"), d.isWorkflowSupported() },
                                     { QStringLiteral("labels"), labels } });
            }
            ctx.out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
        } else {
            ctx.out() << QStringLiteral("%1  %2 %3 %4 %5  %6\n")
                                 .arg(QStringLiteral("ID"), -19)
                                 .arg(QStringLiteral("TOTAL"), 7)
                                 .arg(QStringLiteral("LABELED"), 8)
                                 .arg(QStringLiteral("TO CONFIRM"), 10)
                                 .arg(QStringLiteral("RUNNING"), 7)
                                 .arg(QStringLiteral("NAME"));
            for (const Dataset &d : *r.value) {
                ctx.out() << QStringLiteral("%1  %2 %3 %4 %5  %6%7\n")
                                     .arg(d.id, -19)
                                     .arg(d.totalSamples, 7)
                                     .arg(d.annotatedSamples, 8)
                                     .arg(d.unconfirmedSamples, 10)
                                     .arg(d.existRunningTask ? QStringLiteral("yes") : QStringLiteral("no"), 7)
                                     .arg(d.name,
                                          d.isNewVersion()                    ? QStringLiteral(" (new version v2: not supported)")
                                                  : d.isImageClassification() ? QString()
                                                                              : QStringLiteral(" (not image classification)"));
            }
        }
        ctx.finish(CliContext::Ok);
    });
}

} // namespace clicommands
