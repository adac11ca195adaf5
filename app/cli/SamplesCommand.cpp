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

void samples(CliContext &ctx, const Dataset &dataset)
{
    bool ok = true;
    ctx.client()->allAutoAnnotations(dataset.id, clioptions::autoQuery(ctx.options(), &ok), &ctx, [&ctx](const Result<QList<Sample>> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        if (ctx.json()) {
            QJsonArray list;
            for (const Sample &s : *r.value)
                list.append(clioutput::sampleJson(s));
            ctx.out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
        } else {
            for (const Sample &s : *r.value) {
                QStringList reasons;
                for (int reason : s.hard.reasons)
                    reasons.append(QString::number(reason));
                ctx.out() << s.id << "  " << QStringLiteral("%1").arg(s.labelName(), -12) << " "
                          << QString::number(s.score().value_or(0), 'f', 3) << "  "
                          << (s.hard.hard ? QStringLiteral("hard ") : QStringLiteral("     "))
                          << QStringLiteral("%1").arg(reasons.join(QLatin1Char(',')), -8) << " " << s.name << "\n";
            }
            ctx.out() << r.value->size() << " samples\n";
        }
        ctx.finish(CliContext::Ok);
    });
}

} // namespace clicommands
