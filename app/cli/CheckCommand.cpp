#include "cli/Commands.h"

#include "cli/CliContext.h"
#include "cli/CliOutput.h"
#include "workflow/DatasetOverview.h"

#include <QJsonArray>
#include <QJsonObject>

namespace clicommands {
namespace {

void printChecks(CliContext &ctx, const Dataset &dataset, const QList<Preconditions::Check> &checks)
{
    if (ctx.json()) {
        QJsonArray list;
        for (const auto &c : checks)
            list.append(QJsonObject{ { QStringLiteral("condition"), c.title },
                                     { QStringLiteral("passed"), c.passed },
                                     { QStringLiteral("detail"), c.detail },
                                     { QStringLiteral("items"), QJsonArray::fromStringList(c.items) } });
        clioutput::printJson(ctx.out(),
                             QJsonObject{ { QStringLiteral("dataset_id"), dataset.id },
                                          { QStringLiteral("ready"), Preconditions::allPassed(checks) },
                                          { QStringLiteral("checks"), list } });
        return;
    }
    ctx.out() << "dataset " << dataset.name << " (" << dataset.id << ")\n";
    for (const auto &c : checks) {
        ctx.out() << (c.passed ? "  [ok]   " : "  [FAIL] ") << c.title << ": " << c.detail << "\n";
        for (const QString &item : c.items)
            ctx.out() << "           - " << item << "\n";
    }
    ctx.out() << (Preconditions::allPassed(checks) ? "ready to auto-label\n" : "not ready to auto-label\n");
}

} // namespace

// The five preconditions, from the same DatasetOverview the desktop app shows them with.
void check(CliContext &ctx, const Dataset &dataset)
{
    auto *overview = new DatasetOverview(ctx.client(), &ctx);
    QObject::connect(overview, &DatasetOverview::loadFailed, &ctx, &CliContext::failWith);
    QObject::connect(overview, &DatasetOverview::loaded, &ctx, [&ctx](const DatasetOverview::Data &data) {
        printChecks(ctx, data.dataset, data.checks);
        ctx.finish(Preconditions::allPassed(data.checks) ? CliContext::Ok : CliContext::Negative);
    });
    overview->load(dataset.id);
}

} // namespace clicommands
