#include "cli/Commands.h"

#include "api/ModelArtsClient.h"
#include "cli/CliContext.h"
#include "cli/CliOutput.h"
#include "publish/VersionWatcher.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace clicommands {

namespace {

void waitForVersion(CliContext &ctx, const Dataset &dataset, const QString &versionId)
{
    auto *watcher = new VersionWatcher(ctx.client(), &ctx);
    const int interval = int(qMax(0.05, ctx.value(QStringLiteral("poll-interval")).toDouble()) * 1000);
    watcher->setIntervals({ interval, qMax(interval, 5 * interval), 1.5 });
    QObject::connect(watcher, &VersionWatcher::failed, &ctx, &CliContext::failWith);
    QObject::connect(watcher, &VersionWatcher::finished, &ctx, [&ctx](const DatasetVersion &v) {
        clioutput::printVersion(ctx.out(), v, ctx.json());
        ctx.finish(v.status == VersionStatus::Normal ? CliContext::Ok : CliContext::Negative);
    });
    if (!ctx.json())
        ctx.err() << "publishing version " << versionId << " of " << dataset.name << "...\n";
    watcher->watch(dataset.id, versionId);
}

} // namespace

void publish(CliContext &ctx, const Dataset &dataset)
{
    PublishRequestOptions options;
    options.name = ctx.value(QStringLiteral("name"));
    if (ctx.isSet(QStringLiteral("train-ratio")))
        options.trainRatio = ctx.value(QStringLiteral("train-ratio")).toDouble();
    options.keepHardExamples = ctx.isSet(QStringLiteral("keep-hard"));
    ctx.client()->publishVersion(dataset.id, options, &ctx, [&ctx, dataset](const Result<QString> &r) {
        if (!r.ok()) {
            if (r.error.code == QLatin1String("ModelArts.4370"))
                ctx.err() << "autolabel: ModelArts publishes one version of a dataset a minute; try again shortly\n";
            ctx.failWith(r.error);
            return;
        }
        if (ctx.isSet(QStringLiteral("wait"))) {
            waitForVersion(ctx, dataset, *r.value);
            return;
        }
        if (ctx.json())
            ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("version_id"), *r.value } }).toJson(QJsonDocument::Compact) << "\n";
        else
            ctx.out() << "version " << *r.value << " is being published; follow it with: autolabel versions " << dataset.id << "\n";
        ctx.finish(CliContext::Ok);
    });
}

void versions(CliContext &ctx, const Dataset &dataset)
{
    ctx.client()->versions(dataset.id, &ctx, [&ctx, dataset](const Result<QList<DatasetVersion>> &r) {
        if (!r.ok()) {
            ctx.failWith(r.error);
            return;
        }
        clioutput::printVersions(ctx.out(), *r.value, ctx.json());
        if (r.value->isEmpty() && !ctx.json())
            ctx.err() << "autolabel: " << dataset.name << " has no published version; publish one with: autolabel publish " << dataset.id
                      << "\n";
        ctx.finish(CliContext::Ok);
    });
}

} // namespace clicommands
