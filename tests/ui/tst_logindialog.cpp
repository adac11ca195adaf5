#include "window/LoginDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// The login form says what is wrong with an endpoint next to it, forgets an old error when the user
// changes something, and opens on the field still to fill.
class tst_LoginDialog : public QObject
{
    Q_OBJECT

    static LoginRequest localLogin(const QString &password)
    {
        LoginRequest r;
        const QUrl url(QStringLiteral("http://127.0.0.1:18080"));
        r.endpoints = Endpoints{ url, url, QStringLiteral("local") };
        r.password = PasswordCredentials{ QStringLiteral("demo"), QStringLiteral("demo"), password, QStringLiteral("local") };
        return r;
    }

private slots:
    void anEndpointWithoutSchemeIsExplained()
    {
        LoginDialog dialog;
        dialog.fill(localLogin(QStringLiteral("demo-password")));
        auto *login = dialog.findChild<QPushButton *>(QStringLiteral("login"));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("endpointHint"));
        auto *endpoint = dialog.findChild<QLineEdit *>(QStringLiteral("modelArtsEndpoint"));
        QVERIFY(login && hint && endpoint);
        QVERIFY(login->isEnabled());
        QVERIFY(hint->isHidden());
        endpoint->clear();
        QTest::keyClicks(endpoint, QStringLiteral("127.0.0.1:18080"));
        QVERIFY(!login->isEnabled());
        QVERIFY(!hint->isHidden());
        QVERIFY(hint->text().contains(QStringLiteral("https://")));
        endpoint->clear();
        QTest::keyClicks(endpoint, QStringLiteral("http://127.0.0.1:18080"));
        QVERIFY(login->isEnabled());
        QVERIFY(hint->isHidden());
    }

    void anOldErrorGoesWhenTheFormChanges()
    {
        LoginDialog dialog;
        dialog.fill(localLogin(QStringLiteral("wrong")));
        dialog.showError(QStringLiteral("The user name or password is wrong."));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(!error->isHidden());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("x"));
        QVERIFY(error->isHidden());
    }

    void loggingInAgainOpensOnThePassword()
    {
        LoginDialog dialog;
        dialog.fill(localLogin(QString())); // a session that expired: all but the password
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit *>(QStringLiteral("password")));
    }
};

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
