#include "session/Settings.h"

namespace {
const QString kRegion = QStringLiteral("connection/region");
const QString kIam = QStringLiteral("connection/iamEndpoint");
const QString kModelArts = QStringLiteral("connection/modelArtsEndpoint");
const QString kCaFile = QStringLiteral("connection/caFile");
const QString kAuthMode = QStringLiteral("login/mode");
const QString kDomain = QStringLiteral("login/domain");
const QString kUser = QStringLiteral("login/user");
const QString kProject = QStringLiteral("login/project");
const QString kAccessKey = QStringLiteral("login/accessKey");
const QString kProjectId = QStringLiteral("login/projectId");
const QString kRemember = QStringLiteral("login/rememberSecret");
const QString kLastDataset = QStringLiteral("workflow/lastDatasetId");
const QString kReviewDataset = QStringLiteral("workflow/reviewDatasetId");
const QString kReviewTask = QStringLiteral("workflow/reviewTaskId");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kPoll = QStringLiteral("preferences/pollIntervalSeconds");
const QString kThumbnail = QStringLiteral("preferences/thumbnailSize");
const QString kShowNames = QStringLiteral("preferences/showNames");
const QString kTheme = QStringLiteral("preferences/theme");
const QString kGeometry = QStringLiteral("window/geometry");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(std::unique_ptr<QSettings> storage)
    : m_settings(std::move(storage))
{
}

QString Settings::region() const { return m_settings->value(kRegion, QStringLiteral("cn-north-4")).toString(); }
void Settings::setRegion(const QString &region) { m_settings->setValue(kRegion, region); }
QUrl Settings::iamEndpoint() const { return m_settings->value(kIam).toUrl(); }
void Settings::setIamEndpoint(const QUrl &url) { m_settings->setValue(kIam, url); }
QUrl Settings::modelArtsEndpoint() const { return m_settings->value(kModelArts).toUrl(); }
void Settings::setModelArtsEndpoint(const QUrl &url) { m_settings->setValue(kModelArts, url); }
QString Settings::caFile() const { return m_settings->value(kCaFile).toString(); }
void Settings::setCaFile(const QString &path) { m_settings->setValue(kCaFile, path); }

Settings::AuthMode Settings::authMode() const
{
    return m_settings->value(kAuthMode).toString() == QLatin1String("aksk") ? AuthMode::AkSk : AuthMode::Password;
}
void Settings::setAuthMode(AuthMode mode)
{
    m_settings->setValue(kAuthMode, mode == AuthMode::AkSk ? QStringLiteral("aksk") : QStringLiteral("password"));
}

QString Settings::domain() const { return m_settings->value(kDomain).toString(); }
void Settings::setDomain(const QString &domain) { m_settings->setValue(kDomain, domain); }
QString Settings::user() const { return m_settings->value(kUser).toString(); }
void Settings::setUser(const QString &user) { m_settings->setValue(kUser, user); }
QString Settings::project() const { return m_settings->value(kProject).toString(); }
void Settings::setProject(const QString &project) { m_settings->setValue(kProject, project); }
QString Settings::accessKey() const { return m_settings->value(kAccessKey).toString(); }
void Settings::setAccessKey(const QString &ak) { m_settings->setValue(kAccessKey, ak); }
QString Settings::projectId() const { return m_settings->value(kProjectId).toString(); }
void Settings::setProjectId(const QString &id) { m_settings->setValue(kProjectId, id); }
bool Settings::rememberSecret() const { return m_settings->value(kRemember, false).toBool(); }
void Settings::setRememberSecret(bool remember) { m_settings->setValue(kRemember, remember); }
QString Settings::lastDatasetId() const { return m_settings->value(kLastDataset).toString(); }
void Settings::setLastDatasetId(const QString &id) { m_settings->setValue(kLastDataset, id); }
QPair<QString, QString> Settings::openReview() const
{
    return { m_settings->value(kReviewDataset).toString(), m_settings->value(kReviewTask).toString() };
}
void Settings::setOpenReview(const QString &datasetId, const QString &taskId)
{
    m_settings->setValue(kReviewDataset, datasetId);
    m_settings->setValue(kReviewTask, taskId);
}
QByteArray Settings::reviewRound(const QString &taskId) const
{
    return m_settings->value(QStringLiteral("rounds/") + taskId).toByteArray();
}
void Settings::setReviewRound(const QString &taskId, const QByteArray &round)
{
    m_settings->setValue(QStringLiteral("rounds/") + taskId, round);
}
QString Settings::language() const { return m_settings->value(kLanguage).toString(); }
void Settings::setLanguage(const QString &language) { m_settings->setValue(kLanguage, language); }

int Settings::pollIntervalSeconds() const { return qBound(1, m_settings->value(kPoll, defaultPollIntervalSeconds).toInt(), 60); }
void Settings::setPollIntervalSeconds(int seconds) { m_settings->setValue(kPoll, qBound(1, seconds, 60)); }

int Settings::thumbnailSize() const { return qBound(64, m_settings->value(kThumbnail, defaultThumbnailSize).toInt(), 512); }
void Settings::setThumbnailSize(int px) { m_settings->setValue(kThumbnail, qBound(64, px, 512)); }
bool Settings::showNames() const { return m_settings->value(kShowNames, false).toBool(); }
void Settings::setShowNames(bool on) { m_settings->setValue(kShowNames, on); }
QString Settings::theme() const
{
    const QString t = m_settings->value(kTheme).toString();
    return t == QLatin1String("light") || t == QLatin1String("dark") ? t : QString();
}
void Settings::setTheme(const QString &theme) { m_settings->setValue(kTheme, theme); }
QByteArray Settings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { m_settings->setValue(kGeometry, geometry); }
