#include "cli/Commands.h"

#include "api/ModelArtsClient.h"
#include "cli/CliContext.h"
#include "lookalike/FeatureCache.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/SuspectAudit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

namespace clicommands {

namespace {

void print(CliContext &ctx, const Dataset &dataset, const SuspectAudit &audit, qint64 labeled)
{
    const qint64 flagged = audit.flaggedCount();
    const qint64 top = ctx.isSet(QStringLiteral("top")) ? ctx.value(QStringLiteral("top")).toLongLong() : flagged;
    const QList<Suspect> shown = audit.suspects().mid(0, qsizetype(std::max<qint64>(0, top)));
    if (ctx.json()) {
        QJsonArray list;
        for (const Suspect &s : shown)
            list.append(QJsonObject{ { QStringLiteral("sample_id"), s.id },
                                     { QStringLiteral("sample_name"), s.name },
                                     { QStringLiteral("label"), s.label },
                                     { QStringLiteral("likely"), s.likely },
                                     { QStringLiteral("score"), s.score },
                                     { QStringLiteral("flagged"), s.flagged },
                                     { QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons) } });
        ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("dataset_id"), dataset.id },
                                                { QStringLiteral("labeled"), labeled },
                                                { QStringLiteral("flagged"), flagged },
                                                { QStringLiteral("suspects"), list } })
                             .toJson(QJsonDocument::Compact)
                  << "\n";
    } else {
        for (const Suspect &s : shown) {
            ctx.out() << QString::number(s.score, 'f', 2) << "  " << s.name << "  " << s.label;
            if (!s.likely.isEmpty())
                ctx.out() << " -> " << s.likely << "?";
            ctx.out() << (s.flagged ? "" : "  (not flagged)") << "\n";
            for (const QString &r : s.reasons)
                ctx.out() << "      " << r << "\n";
        }
        ctx.err() << "autolabel: " << flagged << " of " << labeled << " labeled samples of " << dataset.name
                  << " flagged: a reason to look, not a verdict\n";
    }
    ctx.finish(CliContext::Ok);
}

} // namespace

// The labeled samples whose label looks wrong: listed and described as the desktop app does (its feature
// cache, so a second run or the app's review reuse the vectors), audited off the main thread.
void suspects(CliContext &ctx, const Dataset &dataset)
{
    if (ctx.isSet(QStringLiteral("top")) && ctx.value(QStringLiteral("top")).toLongLong() <= 0) {
        ctx.err() << "autolabel: --top needs a number above 0\n";
        ctx.finish(CliContext::Usage);
        return;
    }
    QStringList labels;
    for (const Label &l : dataset.labels)
        labels.append(l.name);
    auto *labeled = new LabeledSamples(&ctx);
    auto *audit = new SuspectAudit(&ctx);
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    labeled->setSource(ctx.client(), dataset.id, labels,
                       featurecache::pathFor(cacheDir, ctx.client()->endpoint(), ctx.client()->projectId(), dataset.id),
                       ctx.sslConfiguration());
    QObject::connect(labeled, &LabeledSamples::finished, &ctx, [&ctx, labeled, audit](bool ok, const QString &error) {
        if (!ok && labeled->lastError().isError()) {
            ctx.failWith(labeled->lastError()); // the network's or the service's, told apart
            return;
        }
        if (!ok) {
            ctx.err() << "autolabel: the labeled samples could not be described: " << error << "\n";
            ctx.finish(CliContext::LocalFile);
            return;
        }
        if (!audit->start(*labeled)) {
            ctx.err() << "autolabel: the audit could not start\n";
            ctx.finish(CliContext::Service);
        }
    });
    QObject::connect(audit, &SuspectAudit::finished, &ctx, [&ctx, dataset, labeled, audit](bool ok, const QString &error) {
        if (!ok) {
            ctx.err() << "autolabel: " << error << "\n";
            ctx.finish(CliContext::Negative);
            return;
        }
        print(ctx, dataset, *audit, labeled->model().rowCount());
    });
    labeled->start();
}

} // namespace clicommands
