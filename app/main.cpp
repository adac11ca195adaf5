#include "Translations.h"
#include "session/Settings.h"
#include "window/LoginDialog.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

// --help or --version: answered without a window system (no display needed).
bool onlyText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

void describe(QCommandLineParser &parser)
{
    QCoreApplication::setOrganizationName(QStringLiteral("AutoLabel"));
    QCoreApplication::setApplicationName(QStringLiteral("AutoLabel Reviewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTOLABEL_VERSION));
    parser.setApplicationDescription(QStringLiteral("Review the auto-labels of Huawei Cloud ModelArts image-classification datasets.\n"
                                                    "The options fill the login form; a password comes only from AUTOLABEL_PASSWORD."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
            { { QStringLiteral("endpoint"), QStringLiteral("IAM and ModelArts endpoint (modelarts-local)."), QStringLiteral("URL") },
              { QStringLiteral("domain"), QStringLiteral("Account name."), QStringLiteral("NAME") },
              { QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("NAME") },
              { QStringLiteral("project"), QStringLiteral("Project name."), QStringLiteral("NAME") } });
}

// The login form filled from the options (the password only from the environment).
void fillLogin(LoginDialog *login, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("endpoint")))
        return;
    const QString project = parser.value(QStringLiteral("project"));
    LoginRequest request;
    const QUrl url(parser.value(QStringLiteral("endpoint")));
    request.endpoints = Endpoints{ url, url, project };
    request.password = PasswordCredentials{ parser.value(QStringLiteral("domain")), parser.value(QStringLiteral("user")),
                                            qEnvironmentVariable("AUTOLABEL_PASSWORD"), project };
    login->fill(request);
}

} // namespace

int main(int argc, char **argv)
{
    QCommandLineParser parser;
    if (onlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("autolabel-reviewer"));
    describe(parser);
    parser.process(app);

    auto settings = std::make_unique<Settings>();
    const QString language = settings->language();
    installTranslations(&app, language.isEmpty() ? QLocale::system() : QLocale(language));
    MainWindow window(std::move(settings));
    fillLogin(window.loginDialog(), parser);
    window.show();
    window.showLogin();
    return QApplication::exec();
}
