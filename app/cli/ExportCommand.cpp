#include "cli/Commands.h"

#include "api/ModelArtsClient.h"
#include "cli/CliContext.h"
#include "publish/LabelExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clicommands {

namespace {

void report(CliContext &ctx, const LabelExporter::Outcome &o)
{
    if (ctx.json()) {
        ctx.out() << QJsonDocument(QJsonObject{ { QStringLiteral("ok"), o.ok },
                                                { QStringLiteral("samples"), o.samples },
                                                { QStringLiteral("written"), o.written },
                                                { QStringLiteral("skipped"), o.skipped },
                                                { QStringLiteral("failed"), QJsonArray::fromStringList(o.failed) },
                                                { QStringLiteral("files"), QJsonArray::fromStringList(o.files) } })
                             .toJson(QJsonDocument::Compact)
                  << "\n";
    } else {
        auto files = [](qint64 n) { return QStringLiteral("%1 file%2").arg(n).arg(n == 1 ? QString() : QStringLiteral("s")); };
        ctx.out() << o.samples << " confirmed samples; " << files(o.written) << " written, " << files(o.skipped) << " already complete\n";
        for (const QString &file : o.files)
            ctx.out() << "  " << file << "\n";
        for (const QString &failure : o.failed)
            ctx.err() << "autolabel: not exported: " << failure << "\n";
    }
}

} // namespace

void exportLabels(CliContext &ctx, const Dataset &dataset)
{
    const auto format = LabelExporter::formatFrom(ctx.value(QStringLiteral("format")));
    auto *exporter = new LabelExporter(ctx.client(), dataset, *format, ctx.value(QStringLiteral("to")), &ctx);
    QObject::connect(exporter, &LabelExporter::progress, &ctx, [&ctx](qint64 done, qint64 total) {
        if (ctx.json() || !ctx.stderrIsTerminal() || total == 0)
            return;
        ctx.err() << "\rexported " << done << "/" << total;
        if (done == total)
            ctx.err() << "\n";
        ctx.err().flush();
    });
    QObject::connect(exporter, &LabelExporter::finished, &ctx, [&ctx](const LabelExporter::Outcome &o) {
        if (o.error.isError()) {
            if (o.written + o.skipped > 0)
                ctx.err() << "autolabel: " << o.written + o.skipped
                          << " files are complete; run the same command again to export the rest\n";
            ctx.failWith(o.error);
            return;
        }
        report(ctx, o);
        ctx.finish(o.ok ? CliContext::Ok : CliContext::Negative);
    });
    exporter->start();
}

} // namespace clicommands
