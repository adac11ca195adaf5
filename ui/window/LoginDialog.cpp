#include "window/LoginDialog.h"

#include "widgets/Prompts.h"

#include "session/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

QLineEdit *LoginDialog::lineEdit(const QString &name, const QString &accessible, QLineEdit::EchoMode echo)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setEchoMode(echo);
    return edit;
}

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Log in to ModelArts"));
    setObjectName(QStringLiteral("loginDialog"));
    createCredentialTabs();
    QFormLayout *endpointForm = createEndpointForm();
    m_remember = new QCheckBox(tr("Remem&ber the password or secret key in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_modes);
    layout->addLayout(endpointForm);
    layout->addWidget(m_remember);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(createButtons());

    connect(m_region, &QComboBox::currentIndexChanged, this, &LoginDialog::updateEndpointFields);
    for (QLineEdit *e :
         { m_domain, m_user, m_password, m_project, m_accessKey, m_secretKey, m_projectId, m_iamEndpoint, m_modelArtsEndpoint })
        connect(e, &QLineEdit::textChanged, this, &LoginDialog::validate);
    connect(m_modes, &QTabWidget::currentChanged, this, &LoginDialog::validate);
    // What the user changes makes an earlier error untrue: it goes (programmatic fills keep it).
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_region, &QComboBox::activated, m_error, &QWidget::hide);
    updateEndpointFields();
}

// The two ways to log in: an IAM user with a password, or an access key.
void LoginDialog::createCredentialTabs()
{
    m_modes = new QTabWidget(this);
    m_modes->setObjectName(QStringLiteral("modes"));
    auto *iamPage = new QWidget(m_modes);
    auto *iamForm = new QFormLayout(iamPage);
    m_domain = lineEdit(QStringLiteral("domain"), tr("Account name"));
    m_user = lineEdit(QStringLiteral("user"), tr("IAM user name"));
    m_password = lineEdit(QStringLiteral("password"), tr("Password"), QLineEdit::Password);
    m_project = lineEdit(QStringLiteral("project"), tr("Project"));
    m_domain->setPlaceholderText(tr("the account (domain) the user belongs to"));
    m_project->setPlaceholderText(tr("usually the region, e.g. cn-north-4"));
    iamForm->addRow(tr("&Account:"), m_domain);
    iamForm->addRow(tr("&User:"), m_user);
    iamForm->addRow(tr("&Password:"), m_password);
    iamForm->addRow(tr("P&roject:"), m_project);
    m_modes->addTab(iamPage, tr("IAM user"));

    auto *akPage = new QWidget(m_modes);
    auto *akForm = new QFormLayout(akPage);
    m_accessKey = lineEdit(QStringLiteral("accessKey"), tr("Access key ID"));
    m_secretKey = lineEdit(QStringLiteral("secretKey"), tr("Secret access key"), QLineEdit::Password);
    m_projectId = lineEdit(QStringLiteral("projectId"), tr("Project ID"));
    akForm->addRow(tr("Access &key (AK):"), m_accessKey);
    akForm->addRow(tr("&Secret key (SK):"), m_secretKey);
    akForm->addRow(tr("Project &ID:"), m_projectId);
    m_modes->addTab(akPage, tr("Access key (AK/SK)"));
}

// Where to log in: a region, or custom endpoints, and an extra CA for a private one.
QFormLayout *LoginDialog::createEndpointForm()
{
    auto *endpointForm = new QFormLayout;
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setAccessibleName(tr("Region"));
    for (const auto &r : RegionPresets::regions())
        m_region->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.id), r.id);
    m_region->addItem(tr("Custom endpoints (modelarts-local, private cloud)"), QString());
    m_iamEndpoint = lineEdit(QStringLiteral("iamEndpoint"), tr("IAM endpoint"));
    m_modelArtsEndpoint = lineEdit(QStringLiteral("modelArtsEndpoint"), tr("ModelArts endpoint"));
    m_iamEndpoint->setPlaceholderText(QStringLiteral("https://iam.myhuaweicloud.com"));
    m_modelArtsEndpoint->setPlaceholderText(QStringLiteral("http://127.0.0.1:18080"));
    m_caFile = lineEdit(QStringLiteral("caFile"), tr("Extra CA certificate"));
    m_caFile->setPlaceholderText(tr("optional: a PEM file for a private endpoint"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setAccessibleName(tr("Choose a CA certificate file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        if (const auto file = prompts::chooseFile(this, tr("CA certificate"), tr("Certificates (*.pem *.crt *.cer);;All files (*)")))
            m_caFile->setText(*file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    endpointForm->addRow(tr("Re&gion:"), m_region);
    endpointForm->addRow(tr("IAM &endpoint:"), m_iamEndpoint);
    endpointForm->addRow(tr("&ModelArts endpoint:"), m_modelArtsEndpoint);
    m_endpointHint = new QLabel(this);
    m_endpointHint->setObjectName(QStringLiteral("endpointHint"));
    m_endpointHint->setWordWrap(true);
    m_endpointHint->setStyleSheet(QStringLiteral("color: #c62828"));
    m_endpointHint->hide();
    endpointForm->addRow(QString(), m_endpointHint);
    auto *caLabel = new QLabel(tr("CA &file:"), this);
    caLabel->setBuddy(m_caFile); // a row whose field is a layout gets no buddy by itself
    endpointForm->addRow(caLabel, caRow);
    return endpointForm;
}

QDialogButtonBox *LoginDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_login, &QPushButton::clicked, this, [this] {
        m_error->hide();
        emit loginRequested(request(), rememberSecret());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy->isVisible())
            emit cancelRequested();
        else
            reject();
    });
    return buttons;
}

void LoginDialog::updateEndpointFields()
{
    const QString region = m_region->currentData().toString();
    const bool custom = region.isEmpty();
    if (!custom) {
        const auto endpoints = RegionPresets::forRegion(region);
        m_iamEndpoint->setText(endpoints->iam.toString());
        m_modelArtsEndpoint->setText(endpoints->modelArts.toString());
        if (m_project->text().isEmpty() || RegionPresets::forRegion(m_project->text()))
            m_project->setText(region);
    }
    m_iamEndpoint->setReadOnly(!custom);
    m_modelArtsEndpoint->setReadOnly(!custom);
    validate();
}

QString LoginDialog::endpointProblem(const QString &name, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl u(trimmed, QUrl::StrictMode);
    if (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
        return tr("The %1 needs http:// or https:// in front, as in https://%2.").arg(name, trimmed);
    if (!u.isValid() || u.host().isEmpty())
        return tr("The %1 is not a URL: %2").arg(name, trimmed);
    return {};
}

void LoginDialog::validate()
{
    const bool iam = m_modes->currentIndex() == 0;
    QStringList problems;
    for (const auto &[edit, name] :
         { std::pair{ m_modelArtsEndpoint, tr("ModelArts endpoint") }, std::pair{ m_iamEndpoint, tr("IAM endpoint") } }) {
        if (edit != m_iamEndpoint || iam)
            problems << endpointProblem(name, edit->text());
    }
    problems.removeAll(QString());
    m_endpointHint->setText(problems.join(QLatin1Char('\n')));
    m_endpointHint->setVisible(!problems.isEmpty());
    auto url = [](const QLineEdit *e) {
        const QUrl u(e->text().trimmed());
        return u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http")) && !u.host().isEmpty();
    };
    const bool ok = url(m_modelArtsEndpoint)
            && (iam ? url(m_iamEndpoint) && !m_domain->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty()
                                && !m_password->text().isEmpty() && !m_project->text().trimmed().isEmpty()
                    : !m_accessKey->text().trimmed().isEmpty() && !m_secretKey->text().isEmpty()
                                && !m_projectId->text().trimmed().isEmpty());
    m_login->setEnabled(ok && !m_busy->isVisible());
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    const QList<QLineEdit *> fields = m_modes->currentIndex() == 0 ? QList<QLineEdit *>{ m_domain, m_user, m_password, m_project }
                                                                   : QList<QLineEdit *>{ m_accessKey, m_secretKey, m_projectId };
    for (QLineEdit *field : fields) {
        if (field->text().isEmpty()) {
            field->setFocus();
            return;
        }
    }
    (m_modes->currentIndex() == 0 ? m_password : m_secretKey)->setFocus();
}

LoginRequest LoginDialog::request() const
{
    LoginRequest r;
    r.mode = m_modes->currentIndex() == 0 ? LoginRequest::Mode::Password : LoginRequest::Mode::AkSk;
    r.endpoints =
            Endpoints{ QUrl(m_iamEndpoint->text().trimmed()), QUrl(m_modelArtsEndpoint->text().trimmed()), m_project->text().trimmed() };
    r.password =
            PasswordCredentials{ m_domain->text().trimmed(), m_user->text().trimmed(), m_password->text(), m_project->text().trimmed() };
    r.accessKey = m_accessKey->text().trimmed().toLatin1();
    r.secretKey = m_secretKey->text().toLatin1();
    r.projectId = m_projectId->text().trimmed();
    r.caFile = m_caFile->text().trimmed();
    return r;
}

void LoginDialog::fill(const LoginRequest &r)
{
    m_region->setCurrentIndex(m_region->count() - 1);
    m_iamEndpoint->setText(r.endpoints.iam.toString());
    m_modelArtsEndpoint->setText(r.endpoints.modelArts.toString());
    m_modes->setCurrentIndex(r.mode == LoginRequest::Mode::AkSk ? 1 : 0);
    m_domain->setText(r.password.domain);
    m_user->setText(r.password.user);
    m_project->setText(r.password.project);
    m_password->setText(r.password.password);
    validate();
}

bool LoginDialog::rememberSecret() const { return m_remember->isEnabled() && m_remember->isChecked(); }

void LoginDialog::setSecret(const QString &secret) { (m_modes->currentIndex() == 0 ? m_password : m_secretKey)->setText(secret); }

void LoginDialog::setKeychainAvailable(bool available, const QString &reason)
{
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
        m_remember->setToolTip(tr("No system keychain is available here (%1): the password is not remembered.").arg(reason));
        m_remember->setText(tr("Remember the password (no system keychain available)"));
    }
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget *w : { static_cast<QWidget *>(m_modes), static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_iamEndpoint),
                        static_cast<QWidget *>(m_modelArtsEndpoint), static_cast<QWidget *>(m_caFile) })
        w->setEnabled(!busy);
    m_cancel->setText(busy ? tr("&Stop") : tr("Cancel"));
    validate();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LoginDialog::loadFrom(const Settings &settings)
{
    const int index = m_region->findData(settings.region());
    m_region->setCurrentIndex(index >= 0 ? index : m_region->count() - 1);
    if (settings.region().isEmpty()) {
        m_iamEndpoint->setText(settings.iamEndpoint().toString());
        m_modelArtsEndpoint->setText(settings.modelArtsEndpoint().toString());
    }
    m_caFile->setText(settings.caFile());
    m_modes->setCurrentIndex(settings.authMode() == Settings::AuthMode::AkSk ? 1 : 0);
    m_domain->setText(settings.domain());
    m_user->setText(settings.user());
    if (!settings.project().isEmpty())
        m_project->setText(settings.project());
    m_accessKey->setText(settings.accessKey());
    m_projectId->setText(settings.projectId());
    m_remember->setChecked(settings.rememberSecret());
    validate();
}

void LoginDialog::saveTo(Settings &settings) const
{
    settings.setRegion(m_region->currentData().toString());
    settings.setIamEndpoint(QUrl(m_iamEndpoint->text().trimmed()));
    settings.setModelArtsEndpoint(QUrl(m_modelArtsEndpoint->text().trimmed()));
    settings.setCaFile(m_caFile->text().trimmed());
    settings.setAuthMode(m_modes->currentIndex() == 1 ? Settings::AuthMode::AkSk : Settings::AuthMode::Password);
    settings.setDomain(m_domain->text().trimmed());
    settings.setUser(m_user->text().trimmed());
    settings.setProject(m_project->text().trimmed());
    settings.setAccessKey(m_accessKey->text().trimmed());
    settings.setProjectId(m_projectId->text().trimmed());
    settings.setRememberSecret(m_remember->isChecked());
}
