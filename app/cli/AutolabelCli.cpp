#include "cli/AutolabelCli.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/Commands.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QTimer>

#include <variant>

namespace {

// Runs the logged-in command: the dataset named by the first argument resolved first.
void dispatch(CliContext &ctx, const clioptions::Invocation &invocation)
{
    if (invocation.command == QLatin1String("datasets")) {
        clicommands::datasets(ctx);
        return;
    }
    ctx.resolveDataset(invocation.args.value(0), [&ctx, invocation](const Dataset &d) {
        const QString &command = invocation.command;
        if (d.isNewVersion()) { // its samples and tasks are not this workflow's: nothing is read or written
            ctx.err() << "autolabel: " << d.name << " is a dataset of ModelArts' new version (v2): it is labeled by labeling jobs, "
                      << "whose API is not published; this workflow cannot start tasks or confirm labels on it\n";
            ctx.finish(CliContext::Usage);
            return;
        }
        const QString second = invocation.args.value(1);
        if (command == QLatin1String("check"))
            clicommands::check(ctx, d);
        else if (command == QLatin1String("start"))
            clicommands::start(ctx, d);
        else if (command == QLatin1String("status"))
            clicommands::status(ctx, d, second);
        else if (command == QLatin1String("samples"))
            clicommands::samples(ctx, d);
        else if (command == QLatin1String("labels"))
            clicommands::labels(ctx, d);
        else if (command == QLatin1String("confirm"))
            clicommands::confirm(ctx, d);
        else if (command == QLatin1String("stop"))
            clicommands::stop(ctx, d, second);
        else if (command == QLatin1String("group"))
            clicommands::group(ctx, d);
        else if (command == QLatin1String("suspects"))
            clicommands::suspects(ctx, d);
        else if (command == QLatin1String("publish"))
            clicommands::publish(ctx, d);
        else if (command == QLatin1String("versions"))
            clicommands::versions(ctx, d);
        else if (command == QLatin1String("export"))
            clicommands::exportLabels(ctx, d);
        else if (command == QLatin1String("delete"))
            clicommands::deleteSamples(ctx, d, invocation.args.mid(1), ctx.isSet(QStringLiteral("delete-source")));
    });
}

} // namespace

namespace autolabelcli {

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    clioptions::define(parser);
    const auto parsed = clioptions::parse(parser, arguments, out, err);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const auto invocation = std::get<clioptions::Invocation>(parsed);
    if (invocation.command == QLatin1String("audit"))
        return clicommands::audit(invocation.args, parser.isSet(QStringLiteral("json")), out, err);
    const auto login = clioptions::loginRequest(parser, err);
    if (!login)
        return CliContext::Usage;
    out.flush();
    err.flush();

    Session session;
    CliContext ctx(parser, session);
    QObject::connect(&session, &Session::loginFailed, &ctx, [&ctx](const ApiError &error) { ctx.failWith(error); });
    QObject::connect(&session, &Session::loggedIn, &ctx, [&ctx, invocation] { dispatch(ctx, invocation); });
    // Inside the event loop: a login that fails at once still ends it.
    QTimer::singleShot(0, &session, [&session, request = *login] { session.login(request); });
    QCoreApplication::exec();
    return ctx.exitCode();
}

} // namespace autolabelcli
