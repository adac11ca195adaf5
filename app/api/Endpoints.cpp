#include "api/Endpoints.h"

QList<RegionPresets::Region> RegionPresets::regions()
{
    return {
        { QStringLiteral("cn-north-4"), tr("CN North-Beijing4") }, { QStringLiteral("cn-north-1"), tr("CN North-Beijing1") },
        { QStringLiteral("cn-east-3"), tr("CN East-Shanghai1") },  { QStringLiteral("cn-south-1"), tr("CN South-Guangzhou") },
        { QStringLiteral("ap-southeast-1"), tr("CN-Hong Kong") },  { QStringLiteral("ap-southeast-3"), tr("AP-Singapore") },
    };
}

std::optional<Endpoints> RegionPresets::forRegion(const QString &regionId)
{
    for (const Region &r : regions()) {
        if (r.id == regionId)
            return Endpoints{ globalIam(), QUrl(QStringLiteral("https://modelarts.%1.myhuaweicloud.com").arg(regionId)), regionId };
    }
    return std::nullopt;
}
