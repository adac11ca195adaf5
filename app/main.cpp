#include "LoginDialog.h"
#include "MainWindow.h"
#include "Translations.h"
#include "session/Settings.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AutoLabel"));
    QApplication::setApplicationName(QStringLiteral("AutoLabel Reviewer"));
    QApplication::setApplicationVersion(QStringLiteral(AUTOLABEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("autolabel-reviewer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Review the auto-labels of Huawei Cloud ModelArts image-classification datasets.\n"
                                                    "The options fill the login form; a password comes only from AUTOLABEL_PASSWORD."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("IAM and ModelArts endpoint (modelarts-local)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption domain(QStringLiteral("domain"), QStringLiteral("Account name."), QStringLiteral("NAME"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("NAME"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project name."), QStringLiteral("NAME"));
    parser.addOptions({ endpoint, domain, user, project });
    parser.process(app);

    auto settings = std::make_unique<Settings>();
    const QString language = settings->language();
    installTranslations(&app, language.isEmpty() ? QLocale::system() : QLocale(language));
    MainWindow window(std::move(settings));
    if (parser.isSet(endpoint)) {
        LoginRequest request;
        const QUrl url(parser.value(endpoint));
        request.endpoints = Endpoints{ url, url, parser.value(project) };
        request.password = PasswordCredentials{ parser.value(domain), parser.value(user), qEnvironmentVariable("AUTOLABEL_PASSWORD"),
                                                parser.value(project) };
        window.loginDialog()->fill(request);
    }
    window.show();
    window.showLogin();
    return QApplication::exec();
}
