#include "cli/Commands.h"

#include "cli/CliOutput.h"
#include "review/ReviewJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <cmath>

namespace clicommands {
namespace {

QJsonObject estimateJson(const spotcheck::Estimate &e)
{
    QJsonObject o{ { QStringLiteral("population"), e.population },
                   { QStringLiteral("drawn"), e.drawn },
                   { QStringLiteral("checked"), e.checked },
                   { QStringLiteral("right"), e.right } };
    if (e.checked > 0) {
        o.insert(QStringLiteral("precision"), e.precision);
        o.insert(QStringLiteral("precision_low"), e.interval.low);
        o.insert(QStringLiteral("precision_high"), e.interval.high);
        o.insert(QStringLiteral("wrong"), e.wrong());
        o.insert(QStringLiteral("wrong_low"), e.wrongLow());
        o.insert(QStringLiteral("wrong_high"), e.wrongHigh());
    }
    return o;
}

QString statusName(spotcheck::Suggestion::Status s)
{
    switch (s) {
    case spotcheck::Suggestion::Status::Found: return QStringLiteral("found");
    case spotcheck::Suggestion::Status::TooFewChecked: return QStringLiteral("too_few_checked");
    case spotcheck::Suggestion::Status::BelowTarget: return QStringLiteral("below_target");
    case spotcheck::Suggestion::Status::NoSamples: break;
    }
    return QStringLiteral("no_samples");
}

QString percent(double v) { return QString::number(v * 100, 'f', 1) + QStringLiteral(" %"); }

QString estimateText(const spotcheck::Estimate &e)
{
    if (e.checked == 0)
        return QStringLiteral("%1 samples, none checked").arg(e.population);
    const auto n = [](double v) { return QString::number(std::llround(v)); };
    if (e.complete())
        return QStringLiteral("precision %1 (all %2 checked), %3 wrong").arg(percent(e.precision)).arg(e.population).arg(n(e.wrong()));
    return QStringLiteral("precision %1 (95 %: %2-%3), about %4 wrong of %5 (%6-%7); %8 of %9 drawn checked")
            .arg(percent(e.precision), percent(e.interval.low), percent(e.interval.high), n(e.wrong()))
            .arg(e.population)
            .arg(n(e.wrongLow()), n(e.wrongHigh()))
            .arg(e.checked)
            .arg(e.drawn);
}

// Drawn samples decided in bulk or by a threshold (decided, no answer): not evidence.
qint64 decidedUnanswered(const ReviewJournal &journal, const spotcheck::Plan &plan)
{
    const QHash<QString, Decision> decisions = journal.load();
    qint64 n = 0;
    for (const spotcheck::Member &m : plan.members) {
        if (plan.isDrawn(m) && m.answer == spotcheck::Answer::Unchecked && decisions.contains(m.id))
            ++n;
    }
    return n;
}

QJsonObject auditJson(const QString &path, const ReviewJournal::Info &info, const ReviewJournal::SpotCheck &check, qint64 bulk)
{
    const spotcheck::Plan &plan = check.plan;
    QJsonArray labels;
    const QList<spotcheck::Suggestion> suggestions = spotcheck::suggestThresholds(plan, int(check.labels.size()));
    for (const spotcheck::Suggestion &s : suggestions) {
        QJsonObject suggestion{ { QStringLiteral("status"), statusName(s.status) } };
        if (s.status == spotcheck::Suggestion::Status::Found)
            suggestion.insert(QStringLiteral("threshold"), s.threshold);
        labels.append(QJsonObject{ { QStringLiteral("label"), check.labels.value(s.label) },
                                   { QStringLiteral("estimate"), estimateJson(spotcheck::estimate(plan, s.label)) },
                                   { QStringLiteral("suggested_threshold"), suggestion } });
    }
    return { { QStringLiteral("journal"), path },
             { QStringLiteral("dataset_id"), info.datasetId },
             { QStringLiteral("dataset_name"), info.datasetName },
             { QStringLiteral("task_id"), info.taskId },
             { QStringLiteral("scope"), check.scope },
             { QStringLiteral("seed"), QString::number(plan.seed) },
             { QStringLiteral("target"),
               QJsonObject{ { QStringLiteral("precision"), plan.target.precision },
                            { QStringLiteral("margin"), plan.target.margin },
                            { QStringLiteral("confidence"), plan.target.confidence } } },
             { QStringLiteral("overall"), estimateJson(spotcheck::estimate(plan)) },
             { QStringLiteral("decided_without_answer"), bulk },
             { QStringLiteral("labels"), labels } };
}

void printText(QTextStream &out, const QString &path, const ReviewJournal::Info &info, const ReviewJournal::SpotCheck &check, qint64 bulk)
{
    const spotcheck::Plan &plan = check.plan;
    out << "journal " << path << "\n";
    if (!info.datasetId.isEmpty())
        out << "  dataset " << info.datasetName << " (" << info.datasetId << "), task " << info.taskId << "\n";
    out << "  scope: " << check.scope << " (" << plan.members.size() << " samples); target " << percent(plan.target.precision) << " +- "
        << percent(plan.target.margin) << " at " << percent(plan.target.confidence) << " confidence; seed " << plan.seed << "\n";
    out << "  all labels: " << estimateText(spotcheck::estimate(plan)) << "\n";
    if (bulk > 0)
        out << "  " << bulk << " drawn samples decided in bulk or by a threshold: not evidence, not counted as checked\n";
    for (const spotcheck::Suggestion &s : spotcheck::suggestThresholds(plan, int(check.labels.size()))) {
        out << "  " << check.labels.value(s.label) << ": " << estimateText(spotcheck::estimate(plan, s.label)) << "\n";
        out << "    suggested threshold: "
            << (s.status == spotcheck::Suggestion::Status::Found
                        ? QString::number(s.threshold, 'f', 2) + QStringLiteral(" (") + estimateText(s.estimate) + QLatin1Char(')')
                        : statusName(s.status).replace(QLatin1Char('_'), QLatin1Char(' ')))
            << "\n";
    }
}

// The journals to audit: the paths given (files, or folders of journals), or the desktop app's.
QStringList journalsFrom(const QStringList &args)
{
    QStringList paths = args;
    if (paths.isEmpty()) {
        // The desktop app's data location (another application name than this one's).
        const QString name = QCoreApplication::applicationName();
        const QString organization = QCoreApplication::organizationName();
        QCoreApplication::setOrganizationName(QStringLiteral("AutoLabel"));
        QCoreApplication::setApplicationName(QStringLiteral("AutoLabel Reviewer"));
        paths.append(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("journals")));
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(name);
    }
    QStringList files;
    for (const QString &p : std::as_const(paths)) {
        if (QFileInfo(p).isDir()) {
            for (const QFileInfo &f : QDir(p).entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name))
                files.append(f.absoluteFilePath());
        } else {
            files.append(p);
        }
    }
    return files;
}

} // namespace

int audit(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    int found = 0;
    for (const QString &path : journalsFrom(args)) {
        if (!QFileInfo(path).isFile()) {
            err << "autolabel: no review journal at " << path << "\n";
            return 2;
        }
        ReviewJournal journal;
        if (!journal.open(path)) {
            err << "autolabel: cannot read " << path << ": " << journal.lastError() << "\n";
            return 2;
        }
        const std::optional<ReviewJournal::SpotCheck> check = journal.spotCheck();
        if (!check) {
            if (!args.isEmpty())
                err << "autolabel: " << path << " holds no spot-check\n";
            continue;
        }
        ++found;
        const qint64 bulk = decidedUnanswered(journal, check->plan);
        if (json)
            clioutput::printJson(out, auditJson(path, journal.info(), *check, bulk));
        else
            printText(out, path, journal.info(), *check, bulk);
    }
    if (found == 0 && args.isEmpty())
        err << "autolabel: no spot-check in the review journals\n";
    return found > 0 ? 0 : 1;
}

} // namespace clicommands
