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

void confirm(CliContext &ctx, const Dataset &dataset)
{
    bool ok = true;
    ctx.client()->allAutoAnnotations(
            dataset.id, clioptions::autoQuery(ctx.options(), &ok), &ctx, [&ctx, dataset](const Result<QList<Sample>> &r) {
                if (!r.ok()) {
                    ctx.failWith(r.error);
                    return;
                }
                QMap<QString, int> perLabel;
                QList<SampleUpdate> updates;
                for (const Sample &s : *r.value) {
                    if (s.labels.isEmpty())
                        continue;
                    perLabel[s.labelName()] += 1;
                    updates.append(SampleUpdate{ s.id, { s.labels.first() } });
                }
                const bool dryRun = ctx.isSet(QStringLiteral("dry-run"));
                if (!ctx.json()) {
                    ctx.out() << (dryRun ? "would confirm " : "confirming ") << updates.size() << " samples of " << dataset.name << ":\n";
                    for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
                        ctx.out() << "  " << QStringLiteral("%1").arg(it.key(), -20) << " " << it.value() << "\n";
                    ctx.out().flush();
                }
                if (dryRun || updates.isEmpty()) {
                    if (ctx.json()) {
                        QJsonObject counts;
                        for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
                            counts.insert(it.key(), it.value());
                        ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("dry_run"), dryRun },
                                                                { QStringLiteral("per_label"), counts },
                                                                { QStringLiteral("samples"), qint64(updates.size()) } })
                                             .toJson(QJsonDocument::Compact)
                                  << "\n";
                    }
                    ctx.finish(CliContext::Ok);
                    return;
                }
                ctx.client()->batchUpdate(
                        dataset.id, updates, &ctx,
                        [&ctx, perLabel](const Result<BatchUpdateResult> &result) {
                            if (!result.ok()) {
                                ctx.failWith(result.error);
                                return;
                            }
                            QJsonArray failures;
                            for (const SampleOutcome &o : result.value->outcomes) {
                                if (!o.ok)
                                    failures.append(QJsonObject{ { QStringLiteral("sample_id"), o.sampleId },
                                                                 { QStringLiteral("error_code"), o.errorCode },
                                                                 { QStringLiteral("error_msg"), o.errorMessage } });
                            }
                            if (ctx.json()) {
                                QJsonObject counts;
                                for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
                                    counts.insert(it.key(), it.value());
                                ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("confirmed"), result.value->succeeded() },
                                                                        { QStringLiteral("per_label"), counts },
                                                                        { QStringLiteral("failures"), failures } })
                                                     .toJson(QJsonDocument::Compact)
                                          << "\n";
                            } else {
                                ctx.out() << "confirmed " << result.value->succeeded() << " of " << result.value->outcomes.size() << "\n";
                                for (const QJsonValue &f : failures)
                                    ctx.out() << "  failed " << f[QStringLiteral("sample_id")].toString() << ": "
                                              << f[QStringLiteral("error_code")].toString() << " "
                                              << f[QStringLiteral("error_msg")].toString() << "\n";
                            }
                            ctx.finish(failures.isEmpty() ? CliContext::Ok : CliContext::Negative);
                        },
                        [&ctx](qint64 sent, qint64 total) {
                            if (!ctx.json() && ctx.stderrIsTerminal()) {
                                ctx.err() << "\rconfirmed " << sent << "/" << total;
                                if (sent == total)
                                    ctx.err() << "\n";
                                ctx.err().flush();
                            }
                        });
            });
}

} // namespace clicommands
