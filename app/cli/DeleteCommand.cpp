#include "cli/Commands.h"

#include "api/ModelArtsClient.h"
#include "cli/CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clicommands {

// DeleteSamples: the samples leave the dataset (with --delete-source, their image files too); each one
// refused is named with the service's code. Exit 0 when every sample is gone, 1 when some were refused.
void deleteSamples(CliContext &ctx, const Dataset &dataset, const QStringList &sampleIds, bool deleteSource)
{
    ctx.client()->deleteSamples(dataset.id, sampleIds, deleteSource, &ctx, [&ctx, sampleIds](const Result<BatchUpdateResult> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        QJsonArray refused;
        for (const SampleOutcome &o : r.value->outcomes)
            if (!o.ok)
                refused.append(QJsonObject{ { QStringLiteral("sample_id"), o.sampleId },
                                            { QStringLiteral("error_code"), o.errorCode },
                                            { QStringLiteral("error_msg"), o.errorMessage } });
        const qsizetype deleted = sampleIds.size() - refused.size();
        if (ctx.json()) {
            ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("deleted"), deleted }, { QStringLiteral("refused"), refused } })
                                 .toJson(QJsonDocument::Compact)
                      << "\n";
        } else {
            ctx.out() << deleted << (deleted == 1 ? " sample" : " samples") << " deleted\n";
            for (const QJsonValue &v : refused) {
                const QJsonObject o = v.toObject();
                ctx.out() << "  not deleted: " << o.value(QStringLiteral("sample_id")).toString() << ": "
                          << o.value(QStringLiteral("error_code")).toString() << " " << o.value(QStringLiteral("error_msg")).toString()
                          << "\n";
            }
        }
        ctx.finish(refused.isEmpty() ? CliContext::Ok : CliContext::Negative);
    });
}

} // namespace clicommands
