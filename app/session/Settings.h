#pragma once

#include <QPair>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

// The app's non-secret settings over QSettings, with every default in one place. Passwords, SKs and
// tokens have no setter here: secrets go to the OS keychain (CredentialStore) or nowhere.
// Tests pass their own QSettings (an INI file in a temporary directory), never the user's.
class Settings final
{
public:
    Settings(); // the user's settings (organisation/application names of the QCoreApplication)
    explicit Settings(std::unique_ptr<QSettings> storage);

    enum class AuthMode { Password, AkSk };

    // Connection: a region preset, or custom endpoints (modelarts-local, a private cloud).
    QString region() const; // "" = custom endpoints
    void setRegion(const QString &region);
    QUrl iamEndpoint() const;
    void setIamEndpoint(const QUrl &url);
    QUrl modelArtsEndpoint() const;
    void setModelArtsEndpoint(const QUrl &url);
    QString caFile() const; // extra CA certificate file, "" = none
    void setCaFile(const QString &path);

    AuthMode authMode() const;
    void setAuthMode(AuthMode mode);
    QString domain() const;
    void setDomain(const QString &domain);
    QString user() const;
    void setUser(const QString &user);
    QString project() const; // project name (password login)
    void setProject(const QString &project);
    QString accessKey() const; // AK (an identifier; the SK is the secret)
    void setAccessKey(const QString &ak);
    QString projectId() const; // AK/SK login
    void setProjectId(const QString &id);
    bool rememberSecret() const; // keep the password or SK in the OS keychain
    void setRememberSecret(bool remember);

    QString lastDatasetId() const;
    void setLastDatasetId(const QString &id);
    // The review open when the app last ran (dataset, task): after a crash or a kill, the next login
    // goes back to it. Empty when none.
    QPair<QString, QString> openReview() const;
    void setOpenReview(const QString &datasetId, const QString &taskId);
    // A round's record (ReviewRound::toJson) by the task it started; empty when the task is no round.
    QByteArray reviewRound(const QString &taskId) const;
    void setReviewRound(const QString &taskId, const QByteArray &round);

    QString language() const; // "" = the system's; "zh_CN"; "en"
    void setLanguage(const QString &language);
    int pollIntervalSeconds() const; // first interval of task polling
    void setPollIntervalSeconds(int seconds);
    int thumbnailSize() const; // px, the longer side
    void setThumbnailSize(int px);
    bool showNames() const; // file names under the review's tiles
    void setShowNames(bool on);
    QString theme() const; // "" = the system's; "light"; "dark"
    void setTheme(const QString &theme);
    QByteArray windowGeometry() const; // QWidget::saveGeometry of the main window; empty: none yet
    void setWindowGeometry(const QByteArray &geometry);

    void sync() { m_settings->sync(); }
    QSettings &storage() { return *m_settings; }

    static constexpr int defaultPollIntervalSeconds = 2;
    static constexpr int defaultThumbnailSize = 160;

private:
    std::unique_ptr<QSettings> m_settings;
};
