#include "session/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_Settings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> file(const QString &name) const
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

private slots:
    void defaults()
    {
        Settings s(file(QStringLiteral("defaults.ini")));
        QCOMPARE(s.region(), QStringLiteral("cn-north-4"));
        QCOMPARE(s.authMode(), Settings::AuthMode::Password);
        QCOMPARE(s.rememberSecret(), false);
        QCOMPARE(s.pollIntervalSeconds(), Settings::defaultPollIntervalSeconds);
        QCOMPARE(s.thumbnailSize(), Settings::defaultThumbnailSize);
        QVERIFY(s.language().isEmpty());
        QVERIFY(s.iamEndpoint().isEmpty());
    }

    void roundTripAndBounds()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.ini"));
        {
            Settings s(std::make_unique<QSettings>(path, QSettings::IniFormat));
            s.setRegion(QString());
            s.setIamEndpoint(QUrl(QStringLiteral("http://127.0.0.1:18080")));
            s.setModelArtsEndpoint(QUrl(QStringLiteral("http://127.0.0.1:18080")));
            s.setAuthMode(Settings::AuthMode::AkSk);
            s.setAccessKey(QStringLiteral("AKXYZ"));
            s.setProjectId(QStringLiteral("p1"));
            s.setUser(QStringLiteral("alice"));
            s.setDomain(QStringLiteral("acme"));
            s.setRememberSecret(true);
            s.setLastDatasetId(QStringLiteral("D1"));
            s.setLanguage(QStringLiteral("zh_CN"));
            s.setPollIntervalSeconds(500);
            s.setThumbnailSize(10);
            s.sync();
        }
        Settings s(std::make_unique<QSettings>(path, QSettings::IniFormat));
        QCOMPARE(s.region(), QString());
        QCOMPARE(s.modelArtsEndpoint(), QUrl(QStringLiteral("http://127.0.0.1:18080")));
        QCOMPARE(s.authMode(), Settings::AuthMode::AkSk);
        QCOMPARE(s.accessKey(), QStringLiteral("AKXYZ"));
        QCOMPARE(s.rememberSecret(), true);
        QCOMPARE(s.lastDatasetId(), QStringLiteral("D1"));
        QCOMPARE(s.language(), QStringLiteral("zh_CN"));
        QCOMPARE(s.pollIntervalSeconds(), 60);
        QCOMPARE(s.thumbnailSize(), 64);
        // Nothing secret is ever in the file: there is no setter for it.
        for (const QString &key : s.storage().allKeys()) {
            const QString k = key.toLower();
            QVERIFY2(!k.endsWith(QLatin1String("password")) && !k.endsWith(QLatin1String("secretkey")) && !k.endsWith(QLatin1String("/sk"))
                             && !k.contains(QLatin1String("token")),
                     qPrintable(key));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
