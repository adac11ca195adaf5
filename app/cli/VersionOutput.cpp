#include "cli/CliOutput.h"

#include <QDateTime>
#include <QJsonArray>

namespace clioutput {

QString versionStatusName(VersionStatus status)
{
    switch (status) {
    case VersionStatus::Creating: return QStringLiteral("publishing");
    case VersionStatus::Normal: return QStringLiteral("normal");
    case VersionStatus::Deleting: return QStringLiteral("deleting");
    case VersionStatus::Deleted: return QStringLiteral("deleted");
    case VersionStatus::Error: return QStringLiteral("error");
    case VersionStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QJsonObject versionJson(const DatasetVersion &v)
{
    QJsonArray labels;
    for (const LabelStat &l : v.labelStats)
        labels.append(QJsonObject{ { QStringLiteral("name"), l.name }, { QStringLiteral("sample_count"), l.sampleCount } });
    return QJsonObject{ { QStringLiteral("version_id"), v.id },
                        { QStringLiteral("version_name"), v.name },
                        { QStringLiteral("status"), versionStatusName(v.status) },
                        { QStringLiteral("message"), v.message },
                        { QStringLiteral("is_current"), v.isCurrent },
                        { QStringLiteral("create_time"), v.createTimeMs },
                        { QStringLiteral("total_sample_count"), v.totalSamples },
                        { QStringLiteral("annotated_sample_count"), v.annotatedSamples },
                        { QStringLiteral("train_ratio"), v.trainRatio },
                        { QStringLiteral("manifest_path"), v.manifestPath },
                        { QStringLiteral("label_stats"), labels } };
}

void printVersion(QTextStream &out, const DatasetVersion &v, bool json)
{
    if (json) {
        printJson(out, versionJson(v));
        return;
    }
    out << "version " << v.name << " (" << v.id << ")  " << versionStatusName(v.status) << (v.isCurrent ? "  current" : "") << "\n";
    out << v.totalSamples << " samples, " << v.annotatedSamples << " labeled, train share " << v.trainRatio << "\n";
    if (!v.message.isEmpty())
        out << v.message << "\n";
    for (const LabelStat &l : v.labelStats)
        out << "  " << QStringLiteral("%1").arg(l.name, -24) << " " << l.sampleCount << "\n";
    if (!v.manifestPath.isEmpty())
        out << "manifest " << v.manifestPath << "\n";
}

void printVersions(QTextStream &out, const QList<DatasetVersion> &versions, bool json)
{
    if (json) {
        QJsonArray list;
        for (const DatasetVersion &v : versions)
            list.append(versionJson(v));
        printJson(out, QJsonObject{ { QStringLiteral("versions"), list } });
        return;
    }
    for (const DatasetVersion &v : versions) {
        const QString created = QDateTime::fromMSecsSinceEpoch(v.createTimeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        out << (v.isCurrent ? "* " : "  ")
            << QStringLiteral("%1 %2 %3 %4/%5  %6  %7")
                        .arg(v.name, -12)
                        .arg(versionStatusName(v.status), -10)
                        .arg(created)
                        .arg(v.annotatedSamples)
                        .arg(v.totalSamples)
                        .arg(v.id, v.manifestPath)
            << "\n";
    }
}

} // namespace clioutput
