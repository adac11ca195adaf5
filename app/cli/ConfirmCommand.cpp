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

namespace {
QJsonObject countsJson(const QMap<QString, int> &perLabel)
{
    QJsonObject counts;
    for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
        counts.insert(it.key(), it.value());
    return counts;
}

// What the service answered: confirmed, refused (the service's reasons) and not sent (no answer came:
// running the command again is safe, the update is idempotent).
void reportUpdate(CliContext &ctx, const QMap<QString, int> &perLabel, const Result<BatchUpdateResult> &result)
{
    if (!result.ok()) {
        ctx.failWith(result.error);
        return;
    }
    QJsonArray failures;
    const qint64 notSent = result.value->notSent();
    for (const SampleOutcome &o : result.value->outcomes) {
        if (o.refused())
            failures.append(QJsonObject{ { QStringLiteral("sample_id"), o.sampleId },
                                         { QStringLiteral("error_code"), o.errorCode },
                                         { QStringLiteral("error_msg"), o.errorMessage } });
    }
    const ApiError &fault = result.value->fault;
    if (ctx.json()) {
        QJsonObject out{ { QStringLiteral("confirmed"), result.value->succeeded() },
                         { QStringLiteral("per_label"), countsJson(perLabel) },
                         { QStringLiteral("failures"), failures },
                         { QStringLiteral("not_sent"), notSent } };
        if (fault.isError()) // why the rest was not sent
            out.insert(QStringLiteral("error"),
                       QJsonObject{ { QStringLiteral("code"), fault.code },
                                    { QStringLiteral("message"), fault.message },
                                    { QStringLiteral("http_status"), fault.httpStatus } });
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    } else {
        ctx.out() << "confirmed " << result.value->succeeded() << " of " << result.value->outcomes.size() << "\n";
        for (const QJsonValue &f : failures)
            ctx.out() << "  failed " << f[QStringLiteral("sample_id")].toString() << ": " << f[QStringLiteral("error_code")].toString()
                      << " " << f[QStringLiteral("error_msg")].toString() << "\n";
        if (notSent > 0)
            ctx.out() << "not sent " << notSent << ": " << fault.toString()
                      << (fault.isStorageFull() ? " (free space on the service, then run the command again)\n"
                                                : " (the update is idempotent: run the command again to send them)\n");
    }
    if (notSent > 0 || fault.isError()) // the service answered (its storage is full), or it could not be reached
        ctx.finish(fault.kind == ApiError::Kind::Service ? CliContext::Service : CliContext::Network);
    else
        ctx.finish(failures.isEmpty() ? CliContext::Ok : CliContext::Negative);
}
} // namespace

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
                    updates.append(SampleUpdate{ s.id, { s.labels.first() }, {} });
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
                        ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("dry_run"), dryRun },
                                                                { QStringLiteral("per_label"), countsJson(perLabel) },
                                                                { QStringLiteral("samples"), qint64(updates.size()) } })
                                             .toJson(QJsonDocument::Compact)
                                  << "\n";
                    }
                    ctx.finish(CliContext::Ok);
                    return;
                }
                ctx.client()->batchUpdate(
                        dataset.id, updates, &ctx,
                        [&ctx, perLabel](const Result<BatchUpdateResult> &result) { reportUpdate(ctx, perLabel, result); },
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
