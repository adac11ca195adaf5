#include "cli/Commands.h"

#include "cli/CliContext.h"
#include "labels/LabelMatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clicommands {

// The dataset's labels, or with --find those that match (a substring, a word's start, a Chinese name's
// pinyin or initials), best first: what the desktop app's label picker finds, for scripts.
void labels(CliContext &ctx, const Dataset &dataset)
{
    QStringList names;
    for (const Label &l : dataset.labels)
        names.append(l.name);
    const bool finding = ctx.isSet(QStringLiteral("find"));
    const QString text = ctx.value(QStringLiteral("find"));
    const QList<int> found = LabelMatcher(names).find(finding ? text : QString());
    if (ctx.json()) {
        QJsonArray list;
        for (int i : found) {
            const Label &l = dataset.labels.at(i);
            QJsonObject entry{ { QStringLiteral("name"), l.name }, { QStringLiteral("type"), l.type } };
            if (!l.color.isEmpty())
                entry.insert(QStringLiteral("color"), l.color);
            if (LabelMatcher::pinyin(l.name) != l.name.toLower())
                entry.insert(QStringLiteral("pinyin"), LabelMatcher::pinyin(l.name));
            list.append(entry);
        }
        ctx.out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
    } else {
        for (int i : found)
            ctx.out() << dataset.labels.at(i).name << "\n";
        if (finding && found.isEmpty())
            ctx.err() << "autolabel: no label of " << dataset.name << " matches \"" << text << "\" (of " << names.size() << ")\n";
    }
    // Like grep: nothing found is a "no" for a script.
    ctx.finish(finding && found.isEmpty() ? CliContext::Negative : CliContext::Ok);
}

} // namespace clicommands
