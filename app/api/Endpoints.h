#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// Where the services are: Huawei Cloud's regions, or custom endpoints (modelarts-local, a private cloud).
struct Endpoints
{
    QUrl iam;
    QUrl modelArts;
    QString project; // the project name the region suggests ("" for custom)
};

class RegionPresets final
{
    Q_DECLARE_TR_FUNCTIONS(RegionPresets)
public:
    struct Region
    {
        QString id; // cn-north-4
        QString name; // Beijing 4, in the user's language
    };
    static QList<Region> regions();
    // The endpoints of a region id; std::nullopt for an unknown one.
    static std::optional<Endpoints> forRegion(const QString &regionId);
    static QUrl globalIam() { return QUrl(QStringLiteral("https://iam.myhuaweicloud.com")); }
};
