#pragma once

#include "session/Session.h"

#include <QDialog>
#include <QLineEdit>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class Settings;

// Log in with an IAM user (account, user, password, project) or an AK/SK pair, to a region's endpoints or
// custom ones. Shows state and emits intents: loginRequested() with what was typed; the owner runs the
// login and calls setBusy()/showError(). Fields keep what was typed after a failure.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(LoginDialog)
    explicit LoginDialog(QWidget *parent = nullptr);

    void loadFrom(const Settings &settings);
    void saveTo(Settings &settings) const;

    LoginRequest request() const;
    // Fills the form (custom endpoints), e.g. from the command line of the demo.
    void fill(const LoginRequest &request);
    bool rememberSecret() const;
    void setSecret(const QString &secret); // a remembered password or SK
    void setKeychainAvailable(bool available, const QString &reason);
    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void loginRequested(const LoginRequest &request, bool rememberSecret);
    void cancelRequested();

protected:
    // Opens with the focus on the first field still to fill (the password, when logging in again).
    void showEvent(QShowEvent *event) override;

private:
    // Why an endpoint cannot be used, for the field's hint; empty when it can (or is still empty).
    static QString endpointProblem(const QString &name, const QString &text);
    QLineEdit *lineEdit(const QString &name, const QString &accessible, QLineEdit::EchoMode echo = QLineEdit::Normal);
    void createCredentialTabs();
    QFormLayout *createEndpointForm();
    QDialogButtonBox *createButtons();
    void updateEndpointFields();
    void validate();

    QTabWidget *m_modes;
    QLineEdit *m_domain;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_project;
    QLineEdit *m_accessKey;
    QLineEdit *m_secretKey;
    QLineEdit *m_projectId;
    QComboBox *m_region;
    QLineEdit *m_iamEndpoint;
    QLineEdit *m_modelArtsEndpoint;
    QLineEdit *m_caFile;
    QCheckBox *m_remember;
    QLabel *m_error;
    QLabel *m_endpointHint;
    QProgressBar *m_busy;
    QPushButton *m_login;
    QPushButton *m_cancel;
};
