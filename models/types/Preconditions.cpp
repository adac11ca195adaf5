#include "types/Preconditions.h"

QList<Preconditions::Check> Preconditions::evaluate(const Input &in)
{
    QList<Check> out;

    Check labels{ Id::TwoLabels, false, tr("At least %1 labels").arg(minimumLabels), {}, {} };
    const qsizetype labelCount = in.dataset.labels.isEmpty() ? in.stats.labels.size() : in.dataset.labels.size();
    labels.passed = labelCount >= minimumLabels;
    labels.detail = tr("The dataset has %n label(s).", nullptr, int(labelCount));
    out.append(labels);

    Check perLabel{ Id::FiveImagesPerLabel, false, tr("At least %1 labeled images per label").arg(minimumImagesPerLabel), {}, {} };
    QHash<QString, qint64> counts;
    for (const LabelStat &s : in.stats.labels)
        counts.insert(s.name, s.sampleCount);
    QStringList names;
    for (const Label &l : in.dataset.labels)
        names.append(l.name);
    for (const LabelStat &s : in.stats.labels) {
        if (!names.contains(s.name))
            names.append(s.name);
    }
    for (const QString &name : std::as_const(names)) {
        const qint64 n = counts.value(name);
        if (n < minimumImagesPerLabel)
            perLabel.items.append(tr("%1: %n image(s)", nullptr, int(n)).arg(name));
    }
    perLabel.passed = !names.isEmpty() && perLabel.items.isEmpty();
    perLabel.detail = perLabel.passed ? tr("Every label has enough labeled images.")
            : names.isEmpty()
            ? tr("The dataset has no labels.")
            : tr("%n label(s) have fewer than %1 labeled images.", nullptr, int(perLabel.items.size())).arg(minimumImagesPerLabel);
    out.append(perLabel);

    Check unlabeled{ Id::UnlabeledImages, false, tr("Unlabeled images to auto-label"), {}, {} };
    const qint64 toLabel = in.stats.sampleStats.contains(QStringLiteral("un_annotation"))
            ? in.stats.sampleStats.value(QStringLiteral("un_annotation")) + in.stats.sampleStats.value(QStringLiteral("auto_annotation"))
            : in.dataset.totalSamples - in.dataset.annotatedSamples;
    unlabeled.passed = toLabel > 0;
    unlabeled.detail = tr("%n unlabeled image(s).", nullptr, int(toLabel));
    out.append(unlabeled);

    Check rgba{ Id::NoFourChannelImages, false, tr("No 4-channel (RGBA) images"), {}, {} };
    for (const Sample &s : in.samples) {
        if (s.channels == 4)
            rgba.items.append(s.name.isEmpty() ? s.id : s.name);
    }
    rgba.passed = rgba.items.isEmpty();
    rgba.detail = !rgba.passed ? tr("%n image(s) have an alpha channel: the task would fail. Remove them or convert them to RGB.", nullptr,
                                    int(rgba.items.size()))
            : in.samplesComplete ? tr("None of the %n image(s) has an alpha channel.", nullptr, int(in.samples.size()))
                                 : tr("None of the %n image(s) checked so far has an alpha channel.", nullptr, int(in.samples.size()));
    out.append(rgba);

    Check running{ Id::NoRunningTask, false, tr("No auto-label task running"), {}, {} };
    for (const TaskInfo &t : in.tasks) {
        if (t.isActive() && t.type == 0)
            running.items.append(t.taskId);
    }
    for (const QString &id : in.dataset.runningTaskIds) {
        if (!running.items.contains(id))
            running.items.append(id);
    }
    running.passed = running.items.isEmpty() && (!in.dataset.existRunningTask || !in.tasks.isEmpty());
    running.detail = running.passed ? tr("No task is running on this dataset.")
                                    : tr("A task is running on this dataset: attach to it or stop it first.");
    out.append(running);
    return out;
}

bool Preconditions::allPassed(const QList<Check> &checks)
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const Check &c) { return c.passed; });
}
